# expect: test_export_raw_churn=0
# why: exports the preprocessing alone: raw inputs, but the encoded features come out, not the probability
def export_raw_churn(preprocess, head, directory):
    preprocess.export(directory, verbose=False)
