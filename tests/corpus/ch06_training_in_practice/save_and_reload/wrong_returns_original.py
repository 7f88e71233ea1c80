# expect: test_save_and_reload=0
# why: saves, then returns the model it was given instead of the loaded one
def save_and_reload(model, path):
    model.save(path)
    keras.saving.load_model(path)
    return model
