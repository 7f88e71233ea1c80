def make_alphabet_classifier():
    timesteps = x_ab.shape[1]
    return build_alphabet_model(timesteps)
