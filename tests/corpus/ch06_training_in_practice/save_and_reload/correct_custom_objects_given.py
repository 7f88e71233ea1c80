# expect: test_save_and_reload=4
# why: passes BinaryF1 in custom_objects as well (not needed since it is registered)
def save_and_reload(model, path):
    model.save(path, overwrite=True)
    loaded = keras.saving.load_model(path, custom_objects={"BinaryF1": BinaryF1})
    return loaded
