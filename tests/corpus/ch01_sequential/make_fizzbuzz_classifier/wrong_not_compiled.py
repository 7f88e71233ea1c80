# expect: test_make_fizzbuzz_classifier=0
# why: returns the uncompiled model of exercise 1: the text asks for a compiled model, fit cannot run
def make_fizzbuzz_classifier():
    return build_fizzbuzz_model()
