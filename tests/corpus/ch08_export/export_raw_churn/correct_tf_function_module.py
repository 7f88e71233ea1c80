# expect: test_export_raw_churn=5
# why: tf.saved_model.save of a tf.Module whose tf.function takes the dict of raw columns
def export_raw_churn(preprocess, head, directory):
    specs = {name: tf.TensorSpec((None, 1), "string" if name in CATEGORICAL else "float32", name=name)
             for name in NUMERIC + CATEGORICAL}
    module = tf.Module()
    module.preprocess, module.head = preprocess, head
    module.serve = tf.function(lambda raw: head(preprocess(raw)), input_signature=[specs])
    tf.saved_model.save(module, directory, signatures={"serve": module.serve})
