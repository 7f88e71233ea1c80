# expect: test_replica_loss=0
# why: from_logits=True on softmax probabilities applies a second softmax
def replica_loss(labels, probabilities, global_batch_size):
    per_example = keras.losses.sparse_categorical_crossentropy(labels, probabilities, from_logits=True)
    return tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
