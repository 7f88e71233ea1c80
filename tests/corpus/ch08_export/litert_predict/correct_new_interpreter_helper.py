# expect: test_litert_predict=3
# why: course.litert.new_interpreter, the resize from the shape signature
def litert_predict(model_content, x):
    interpreter = new_interpreter(model_content)
    source = interpreter.get_input_details()[0]
    shape = list(source["shape_signature"])
    shape[0] = x.shape[0]
    interpreter.resize_tensor_input(source["index"], shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(source["index"], x)
    interpreter.invoke()
    return interpreter.tensor(interpreter.get_output_details()[0]["index"])().copy()
