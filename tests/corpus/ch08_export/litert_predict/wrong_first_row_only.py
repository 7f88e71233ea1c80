# expect: test_litert_predict=0
# why: runs the first row only and returns its one output
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x[:1])
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
