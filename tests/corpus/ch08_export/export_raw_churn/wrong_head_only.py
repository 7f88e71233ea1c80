# expect: test_export_raw_churn=0
# why: exports the classifier alone: clients would have to send the 13 encoded features
def export_raw_churn(preprocess, head, directory):
    head.export(directory, verbose=False)
