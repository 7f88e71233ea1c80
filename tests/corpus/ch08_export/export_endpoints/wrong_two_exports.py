# expect: test_export_endpoints=0
# why: model.export twice into the same folder: the second overwrites the first, one endpoint (serve) is left
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    model.export(directory, input_signature=spec, verbose=False)
    model.export(directory, input_signature=spec, verbose=False)
