# expect: test_litert_predict=0
# why: reads back the input details' index instead of the output's: returns the inputs
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(index, list(x.shape))
    interpreter.allocate_tensors()
    interpreter.set_tensor(index, x)
    interpreter.invoke()
    return interpreter.get_tensor(index)[:, :1]
