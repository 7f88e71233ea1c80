# expect: test_litert_predict=3
# why: the deprecated tf.lite.Interpreter (still in TF 2.21) with a resize, in a list comprehension style
def litert_predict(model_content, x):
    interpreter = tf.lite.Interpreter(model_content=model_content)
    [source], [target] = interpreter.get_input_details(), interpreter.get_output_details()
    interpreter.resize_tensor_input(source["index"], [len(x), 8], strict=False)
    interpreter.allocate_tensors()
    interpreter.set_tensor(source["index"], x.astype(source["dtype"]))
    interpreter.invoke()
    return np.copy(interpreter.get_tensor(target["index"]))
