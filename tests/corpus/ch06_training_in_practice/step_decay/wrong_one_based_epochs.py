# expect: test_step_decay=0
# why: assumes epochs count from 1: the first drop comes one epoch early
def step_decay(epoch, lr):
    return 0.01 * 0.5 ** ((epoch + 1) // 3)
