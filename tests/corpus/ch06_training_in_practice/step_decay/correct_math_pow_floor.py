# expect: test_step_decay=3
# why: math.pow and math.floor instead of ** and //
import math

def step_decay(epoch, lr):
    return 0.01 * math.pow(0.5, math.floor(epoch / 3))
