# expect: test_save_and_reload=4
# why: tf.keras and a pathlib.Path
from pathlib import Path

def save_and_reload(model, path):
    target = Path(path)
    model.save(target)
    return tf.keras.models.load_model(target)
