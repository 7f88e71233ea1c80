# expect: test_step_decay=0
# why: compounds: halves lr at every epoch from 3 on
def step_decay(epoch, lr):
    if epoch >= 3:
        return lr * 0.5
    return lr
