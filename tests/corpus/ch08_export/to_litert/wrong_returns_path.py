# expect: test_to_litert=0
# why: writes a .tflite file and returns its path instead of the bytes
def to_litert(model):
    path = os.path.join(tempfile.mkdtemp(), "model.tflite")
    with open(path, "wb") as handle:
        handle.write(tf.lite.TFLiteConverter.from_keras_model(model).convert())
    return path
