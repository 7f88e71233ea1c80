# expect: test_litert_predict=0
# why: allocates before the resize and not after it: set_tensor refuses the new shape
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    interpreter.allocate_tensors()
    index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(index, list(x.shape))
    interpreter.set_tensor(index, x)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
