# expect: test_make_alphabet_classifier=3
# why: reuses exercise 5 with the dataset's window length
def make_alphabet_classifier():
    return build_alphabet_model(x_ab.shape[1])
