# expect: test_replica_loss=0
# why: assumes two equal replicas (the local mean halved): wrong whenever this replica holds another share
def replica_loss(labels, probabilities, global_batch_size):
    return tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, probabilities)) / 2
