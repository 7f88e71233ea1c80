# expect: test_litert_predict=3
# why: the signature runner resizes by itself; its output dict holds one array
def litert_predict(model_content, x):
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_content=model_content)
    runner = interpreter.get_signature_runner()
    input_name = interpreter.get_signature_list()["serving_default"]["inputs"][0]
    outputs = runner(**{input_name: np.asarray(x, np.float32)})
    return np.array(next(iter(outputs.values())))
