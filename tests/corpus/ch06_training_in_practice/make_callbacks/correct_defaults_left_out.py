# expect: test_make_callbacks=4
# why: val_loss is the default monitor of all three, so leaving it out is the same
from keras.callbacks import EarlyStopping, ModelCheckpoint, ReduceLROnPlateau

def make_callbacks(checkpoint_path):
    early = EarlyStopping(patience=3, restore_best_weights=True)
    best = ModelCheckpoint(checkpoint_path, save_best_only=True)
    slower = ReduceLROnPlateau(factor=0.5, patience=2)
    return [early, best, slower]
