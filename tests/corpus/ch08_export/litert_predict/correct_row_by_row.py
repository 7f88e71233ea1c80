# expect: test_litert_predict=3
# why: no resize: one row at a time through the batch-1 input, outputs stacked
def litert_predict(model_content, x):
    interpreter = interpreter_class()(model_content=model_content)
    interpreter.allocate_tensors()
    source = interpreter.get_input_details()[0]["index"]
    target = interpreter.get_output_details()[0]["index"]
    rows = []
    for row in np.asarray(x, dtype="float32"):
        interpreter.set_tensor(source, row[None, :])
        interpreter.invoke()
        rows.append(interpreter.get_tensor(target)[0].copy())
    return np.stack(rows)
