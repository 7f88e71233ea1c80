# expect: test_save_and_reload=4
# why: keras.saving.save_model and keras.models.load_model with safe_mode=True written out
def save_and_reload(model, path):
    keras.saving.save_model(model, path)
    return keras.models.load_model(path, safe_mode=True, compile=True)
