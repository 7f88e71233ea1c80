def clip_by_global_norm(gradients, max_norm):
    arrays = [np.asarray(g, dtype="float64") for g in gradients]
    norm = np.sqrt(sum(np.sum(a ** 2) for a in arrays))
    if norm <= max_norm:
        return [np.asarray(g) for g in gradients]
    return [(a * (max_norm / norm)).astype("float32") for a in arrays]
