# expect: test_step_decay=3
# why: divides by 2 in a loop
def step_decay(epoch, lr):
    rate = 0.01
    for _ in range(epoch // 3):
        rate /= 2
    return rate
