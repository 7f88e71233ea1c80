# expect: test_train_step=0
# why: gradients taken and applied over model.weights instead of trainable_weights: breaks on BatchNormalization statistics and frozen layers (hidden test)
# source: the hand-written scenario tests/notebooks/ch04_training_loops/wrong_step_on_all_weights (before the corpus)
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss_value = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss_value, model.weights)
    optimizer.apply_gradients(zip(gradients, model.weights))
    return loss_value
