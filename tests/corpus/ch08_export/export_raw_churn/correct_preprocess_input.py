# expect: test_export_raw_churn=5
# why: chains over preprocess's own inputs (preprocess.input is the dict of raw Inputs)
def export_raw_churn(preprocess, head, directory):
    model = keras.Model(preprocess.input, head(preprocess.output))
    model.export(directory, verbose=False)
