# expect: test_litert_predict=0
# why: flattens the outputs to shape (n,): the text asks for (n, 1)
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(index, list(x.shape))
    interpreter.allocate_tensors()
    interpreter.set_tensor(index, x)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).ravel()
