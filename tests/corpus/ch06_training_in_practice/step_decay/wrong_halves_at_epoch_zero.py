# expect: test_step_decay=0
# why: the common version the text warns about: halves at epoch 0 already
# source: the exercise text's own common version
def step_decay(epoch, lr):
    return lr * 0.5 if epoch % 3 == 0 else lr
