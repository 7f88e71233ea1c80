"""model_graph: the text view of a model's graph names every call, shared layers twice, and the outputs."""

import keras
from keras import layers

from course import model_graph


def siamese():
    first, second = keras.Input((6,), name="first"), keras.Input((6,), name="second")
    encoder = layers.Dense(4, activation="relu", name="encoder")
    distance = layers.Subtract(name="distance")([encoder(first), encoder(second)])
    return keras.Model([first, second], layers.Dense(1, activation="sigmoid", name="same")(distance), name="siamese")


def test_a_shared_layer_shows_two_calls_and_the_outputs_are_named():
    text = model_graph.describe_graph(siamese())
    assert text.splitlines()[0] == "Model 'siamese'"
    assert "  first (InputLayer)  shape (None, 6)" in text
    assert "  encoder (Dense) call 1 <- first" in text and "  encoder (Dense) call 2 <- second" in text
    assert "  distance (Subtract) <- encoder, encoder" in text
    assert text.splitlines()[-1] == "  outputs: same"


def test_two_outputs_are_listed_and_show_graph_prints_without_graphviz(monkeypatch, capsys):
    inputs = keras.Input((3,), name="x")
    trunk = layers.Dense(4, name="trunk")(inputs)
    model = keras.Model(inputs, [layers.Dense(1, name="amount")(trunk), layers.Dense(1, name="large")(trunk)])
    monkeypatch.setattr(model_graph, "can_draw", lambda: False)
    assert model_graph.show_graph(model) is None
    assert capsys.readouterr().out.rstrip().endswith("outputs: amount, large")
