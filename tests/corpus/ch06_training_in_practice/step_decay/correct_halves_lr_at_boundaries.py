# expect: test_step_decay=3
# why: halves the current rate at epochs 3, 6, 9...: the grader's optimizer starts at 0.01, as the text says
def step_decay(epoch, lr):
    if epoch > 0 and epoch % 3 == 0:
        return float(lr) * 0.5
    return float(lr)
