# expect: test_litert_predict=0
# why: ignores the flatbuffer and predicts with the notebook's classifier
def litert_predict(model_content, x):
    return classifier.predict(x, verbose=0)
