# expect: test_export_for_serving=0
# why: saves a .keras file into the folder: Keras's format, not a SavedModel
def export_for_serving(model, directory):
    os.makedirs(directory, exist_ok=True)
    model.save(os.path.join(directory, "model.keras"))
