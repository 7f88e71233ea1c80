# expect: test_litert_predict=0
# why: sets the whole batch without resizing the batch-1 input: the interpreter refuses the shape
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
