# expect: test_to_litert=0
# why: converts make_classifier() (the notebook's own model) instead of the model it was given
def to_litert(model):
    return tf.lite.TFLiteConverter.from_keras_model(make_classifier()).convert()
