# expect: test_make_alphabet_classifier=3
# why: reuses exercise 5: build_alphabet_model(x_ab.shape[1]) through a timesteps variable, already compiled with Adam at 0.01
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_computed_answers (before the corpus)
def make_alphabet_classifier():
    timesteps = x_ab.shape[1]
    return build_alphabet_model(timesteps)
