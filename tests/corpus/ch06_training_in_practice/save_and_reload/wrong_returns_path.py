# expect: test_save_and_reload=0
# why: returns the path instead of the loaded model
def save_and_reload(model, path):
    model.save(path)
    return path
