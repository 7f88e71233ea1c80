# expect: test_clip_gradients=2
# why: NumPy in float64: global norm sqrt of summed squares; returns the arrays unchanged when norm <= max_norm, else scaled by max_norm / norm
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_numpy_evaluation_and_clipping (before the corpus)
def clip_by_global_norm(gradients, max_norm):
    arrays = [np.asarray(g, dtype="float64") for g in gradients]
    norm = np.sqrt(sum(np.sum(a ** 2) for a in arrays))
    if norm <= max_norm:
        return [np.asarray(g) for g in gradients]
    return [(a * (max_norm / norm)).astype("float32") for a in arrays]
