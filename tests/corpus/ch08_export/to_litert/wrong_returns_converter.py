# expect: test_to_litert=0
# why: returns the converter, never calls convert()
def to_litert(model):
    return tf.lite.TFLiteConverter.from_keras_model(model)
