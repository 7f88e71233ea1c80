# expect: test_step_decay=0
# why: 0.5 ** epoch // 3: ** binds before //, so the rate is 0 from epoch 0
def step_decay(epoch, lr):
    return 0.01 * (0.5 ** epoch // 3)
