# expect: test_weighted_bce=0
# why: returns the plain keras binary_crossentropy: right for pos_weight=1.0 (the visible test), wrong for any other weight
def make_weighted_bce(pos_weight):
    return keras.losses.binary_crossentropy
