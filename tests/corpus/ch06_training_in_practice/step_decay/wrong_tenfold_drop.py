# expect: test_step_decay=0
# why: divides by 10 every 3 epochs (the other common step schedule)
def step_decay(epoch, lr):
    return 0.01 * 0.1 ** (epoch // 3)
