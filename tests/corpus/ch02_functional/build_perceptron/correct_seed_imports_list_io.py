# expect: test_build_perceptron=3
# why: the seed's own style: from keras.models/keras.layers imports, inputs and outputs given as one-element lists
# source: seed 004 "Multilayer Perceptron", seed 000 Model(inputs=[x_in], outputs=[y_out])
from keras.layers import Dense, Input
from keras.models import Model


def build_perceptron():
    visible = Input(shape=(10,))
    hidden1 = Dense(10, activation='relu')(visible)
    hidden2 = Dense(20, activation='relu')(hidden1)
    hidden3 = Dense(10, activation='relu')(hidden2)
    output = Dense(1, activation='sigmoid')(hidden3)
    return Model(inputs=[visible], outputs=[output])
