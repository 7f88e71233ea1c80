# expect: test_save_and_reload=4
# why: loads inside keras.saving.custom_object_scope
def save_and_reload(model, path):
    model.save(path)
    with keras.saving.custom_object_scope({"BinaryF1": BinaryF1}):
        restored = keras.saving.load_model(path)
    return restored
