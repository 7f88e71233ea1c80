# expect: test_save_and_reload=0
# why: the legacy HDF5 format next to the path: nothing at the .keras path
# source: old tutorials: model.save('model.h5')
def save_and_reload(model, path):
    h5_path = path.replace(".keras", ".h5")
    model.save(h5_path)
    return keras.saving.load_model(h5_path)
