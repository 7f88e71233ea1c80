# expect: test_step_decay=0
# why: epoch / 3 instead of epoch // 3: a smooth exponential decay, not steps
def step_decay(epoch, lr):
    return 0.01 * 0.5 ** (epoch / 3)
