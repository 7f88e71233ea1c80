# expect: test_step_decay=3
# why: a NumPy computation returned as a Python float
INITIAL_RATE = 0.01

def step_decay(epoch, lr):
    return float(INITIAL_RATE * np.power(0.5, np.floor_divide(epoch, 3)))
