# expect: test_export_for_serving=0
# why: model.export without an input signature: the input key is Keras's own (keras_tensor...), not features
def export_for_serving(model, directory):
    model.export(directory, verbose=False)
