# expect: test_save_and_reload=0
# why: compile=False loses the optimizer, loss and metrics
def save_and_reload(model, path):
    model.save(path)
    return keras.saving.load_model(path, compile=False)
