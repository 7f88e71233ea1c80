"""check_architecture: correct, alternative-correct and wrong models, layer by layer."""

import re

import keras
import pytest
import tensorflow as tf
from keras import layers as L

from autograder.checks import CheckFailed, Layer, check_architecture

SPEC = [Layer("Dense", units=20, activation="relu"), Layer("Dense", units=4, activation="softmax")]
PARAMS = 10 * 20 + 20 + 20 * 4 + 4


def sequential_list():
    return keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu"), L.Dense(4, activation="softmax")])


def sequential_add_input_dim():
    model = keras.Sequential()
    model.add(L.Dense(20, activation=tf.nn.relu, input_dim=10))
    model.add(L.Dense(4, activation=tf.nn.softmax))
    return model


def functional():
    inputs = keras.Input((10,))
    hidden = L.Dense(20, activation=keras.activations.relu)(inputs)
    return keras.Model(inputs, L.Dense(4, activation="softmax")(hidden))


def nested_sequential_in_functional():
    inner = keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu")])
    inputs = keras.Input((10,))
    return keras.Model(inputs, L.Dense(4, activation="softmax")(inner(inputs)))


def separate_activation_layer():
    return keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu"), L.Dense(4), L.Activation("softmax")])


@pytest.mark.parametrize(
    "build",
    [sequential_list, sequential_add_input_dim, functional, nested_sequential_in_functional, separate_activation_layer],
)
def test_equivalent_constructions_pass(build):
    assert check_architecture(build, SPEC, input_shape=(10,), output_shape=(4,), params=PARAMS, points=2) == 2.0
    assert check_architecture(build(), sequential_list(), points=1) == 1.0


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: keras.Sequential([L.Input((10,)), L.Dense(10, activation="relu"), L.Dense(4, activation="softmax")]),
         "Layer 1: expected Dense(20, activation='relu'), found Dense(10, activation='relu')"),
        (lambda: keras.Sequential([L.Input((10,)), L.Dense(20, activation="sigmoid"), L.Dense(4, activation="softmax")]),
         "Layer 1: expected Dense(20, activation='relu'), found Dense(20, activation='sigmoid')"),
        (lambda: keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu")]),
         "Layer 2: expected Dense(4, activation='softmax'), found nothing"),
        (lambda: keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu"), L.Dropout(0.5),
                                   L.Dense(4, activation="softmax")]),
         "Layer 2: expected Dense(4, activation='softmax'), found Dropout(0.5)"),
        (lambda: keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu"), L.Dense(4, activation="softmax"),
                                   L.Dense(4)]),
         "Layer 3: found an extra Dense(4)"),
        (lambda: keras.Sequential([L.Input((12,)), L.Dense(20, activation="relu"), L.Dense(4, activation="softmax")]),
         "input shape: expected (10,), found (12,)"),
        (lambda: 42, "expected a keras Model, got int"),
        (lambda: 1 / 0, "raised ZeroDivisionError"),
    ],
    ids=["units", "activation", "missing", "extra-middle", "extra-end", "input-shape", "not-a-model", "builder-raises"],
)
def test_wrong_models_say_what_and_where(build, message):
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_architecture(build, SPEC, input_shape=(10,))


def test_unbuilt_model_needs_input_for_counts():
    model = keras.Sequential([L.Dense(20, activation="relu"), L.Dense(4, activation="softmax")])
    assert check_architecture(model, SPEC) == 1.0
    with pytest.raises(CheckFailed, match="keras.Input"):
        check_architecture(model, SPEC, params=PARAMS)


def test_frozen_weights_and_counts():
    model = sequential_list()
    with pytest.raises(CheckFailed, match="non trainable parameters: expected 220, found 0"):
        check_architecture(model, non_trainable_params=220)
    model.layers[0].trainable = False
    assert check_architecture(model, [Layer("Dense", units=20, trainable=False), Layer("Dense", units=4)],
                              trainable_params=84, non_trainable_params=220) == 1.0


def _two_inputs_shared(share=True):
    left, right = keras.Input((8,), name="left"), keras.Input((8,), name="right")
    encoder = L.Dense(16, activation="relu")
    other = encoder if share else L.Dense(16, activation="relu")
    merged = L.Concatenate()([encoder(left), other(right)])
    return keras.Model([left, right], [L.Dense(1, activation="sigmoid")(merged), L.Dense(3)(merged)])


def test_multi_input_output_and_shared_layers():
    assert check_architecture(_two_inputs_shared, input_shape=[(8,), (8,)], output_shape=[(1,), (3,)], shared=True) == 1.0
    with pytest.raises(CheckFailed, match="shared layers: expected at least 1"):
        check_architecture(lambda: _two_inputs_shared(share=False), shared=True)
    with pytest.raises(CheckFailed, match=r"output shape: expected \[\(1,\), \(4,\)\]"):
        check_architecture(_two_inputs_shared, output_shape=[(1,), (4,)])


def test_unordered_comparison_for_branches():
    specs = [Layer("Dense", units=3), Layer("Dense", units=16), Layer("Concatenate"), Layer("Dense", units=1)]
    assert check_architecture(_two_inputs_shared, specs, ordered=False) == 1.0
    with pytest.raises(CheckFailed, match="no layer matches expected Dense\\(5\\)"):
        check_architecture(_two_inputs_shared, [Layer("Dense", units=5)], ordered=False)


def test_conv_kernel_size_int_equals_tuple():
    model = keras.Sequential([L.Input((16, 16, 1)), L.Conv2D(8, (3, 3), activation="relu"), L.Flatten()])
    assert check_architecture(model, [Layer("Conv2D", filters=8, kernel_size=3, activation="relu"),
                                      Layer(L.Flatten)]) == 1.0


def test_relu_and_softmax_layers_fold_into_the_linear_layer_before():
    model = keras.Sequential([L.Input((10,)), L.Dense(20), L.ReLU(), L.Dense(4), L.Softmax()])
    assert check_architecture(model, SPEC, params=PARAMS) == 1.0
    leaky = keras.Sequential([L.Input((10,)), L.Dense(20), L.ReLU(negative_slope=0.1), L.Dense(4), L.Softmax()])
    with pytest.raises(CheckFailed, match="Layer 1"):
        check_architecture(leaky, SPEC)


def test_sequential_requirement_accepts_tf_keras_and_refuses_functional():
    assert check_architecture(sequential_add_input_dim, SPEC, sequential=True) == 1.0
    assert check_architecture(lambda: tf.keras.Sequential([L.Input((10,)), L.Dense(20, activation="relu"),
                                                           L.Dense(4, activation="softmax")]),
                              SPEC, sequential=True) == 1.0
    with pytest.raises(CheckFailed, match="expected a keras.Sequential model, found a Functional model"):
        check_architecture(functional, SPEC, sequential=True)


def test_compiled_requirement_in_both_directions():
    def compiled():
        model = sequential_list()
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
        return model

    assert check_architecture(sequential_list, SPEC, compiled=False) == 1.0
    assert check_architecture(compiled, SPEC, compiled=True) == 1.0
    with pytest.raises(CheckFailed, match="expected an uncompiled model"):
        check_architecture(compiled, SPEC, compiled=False)
    with pytest.raises(CheckFailed, match="expected a compiled model"):
        check_architecture(sequential_list, SPEC, compiled=True)


def test_fresh_requirement_refuses_one_model_or_shared_layers_on_every_call():
    model = sequential_list()
    hidden, output = L.Dense(20, activation="relu"), L.Dense(4, activation="softmax")

    def shared_layers():
        return keras.Sequential([L.Input((10,)), hidden, output])

    assert check_architecture(sequential_list, SPEC, fresh=True) == 1.0
    for builder in (lambda: model, shared_layers):
        with pytest.raises(CheckFailed, match="a new model on every call"):
            check_architecture(builder, SPEC, fresh=True)


PAIR = [Layer("Dense", units=16, activation="relu"), Layer("Concatenate"), Layer("Dense", units=1, activation="sigmoid")]


def pair_model(encoder_for):
    left, right = keras.Input((8,)), keras.Input((8,))
    first, second = encoder_for(0), encoder_for(1)
    return keras.Model([left, right], L.Dense(1, activation="sigmoid")(L.concatenate([first(left), second(right)])))


def block_input():
    inputs = keras.Input((8,))
    return keras.Model(inputs, L.Dense(16, activation="relu")(inputs))


@pytest.mark.parametrize("make_encoder", [
    lambda: L.Dense(16, activation="relu"),
    lambda: keras.Sequential([L.Dense(16, activation="relu")]),
    lambda: keras.Sequential([L.Input((8,)), L.Dense(16, activation="relu")]),
    block_input,
], ids=["layer", "sequential-block", "sequential-block-with-input", "functional-block"])
def test_a_block_called_on_two_inputs_shares_its_layers(make_encoder):
    encoder = make_encoder()
    model = pair_model(lambda _: encoder)
    assert check_architecture(model, PAIR, ordered=False, shared=1) == 1.0
    keras.Model(model.inputs[0], encoder(model.inputs[0]))  # a call in another model is not a call here
    assert check_architecture(pair_model(lambda _: make_encoder()), PAIR[:1] * 2 + PAIR[1:], ordered=False,
                              shared=False) == 1.0
    with pytest.raises(CheckFailed, match="expected at least 1 layer.* found 0"):
        check_architecture(pair_model(lambda _: make_encoder()), shared=1)


def test_functional_requirement_refuses_sequential():
    assert check_architecture(functional, functional=True) == 1.0
    with pytest.raises(CheckFailed, match="expected a model built with the Functional API, found a Sequential"):
        check_architecture(sequential_list, functional=True)


def two_heads(value="value", positive="positive", reverse=False, activation_layer=False):
    inputs = keras.Input((4,))
    trunk = L.Dense(32, activation="relu")(inputs)
    head_value = L.Dense(1, name=value)(trunk)
    head_positive = (L.Activation("sigmoid", name=positive)(L.Dense(1)(trunk)) if activation_layer
                     else L.Dense(1, activation="sigmoid", name=positive)(trunk))
    return keras.Model(inputs, [head_positive, head_value] if reverse else [head_value, head_positive])


OUTPUTS = [Layer("Dense", units=1, activation="linear", name="value"),
           Layer("Dense", units=1, activation="sigmoid", name="positive")]


def test_outputs_are_compared_in_order_with_their_names():
    assert check_architecture(two_heads(), outputs=OUTPUTS) == 1.0
    assert check_architecture(two_heads(activation_layer=True), outputs=OUTPUTS) == 1.0
    with pytest.raises(CheckFailed, match=r"^output 1: expected Dense\(1, activation='linear', name='value'\), "
                                          r"found Dense\(1, activation='sigmoid', name='positive'\)"):
        check_architecture(two_heads(reverse=True), outputs=OUTPUTS)
    with pytest.raises(CheckFailed, match=r"found Dense\(1, activation='linear', name='dense"):
        check_architecture(two_heads(value=None, positive=None), outputs=OUTPUTS)
    with pytest.raises(CheckFailed, match=r"found Dense\(1, activation='linear', name='positive'\)"):
        check_architecture(two_heads(value="positive", positive="value"), outputs=OUTPUTS)


def classifier(block):
    image = keras.Input((16, 16, 1))
    return keras.Model(image, L.Dense(4, activation="softmax")(L.Flatten()(block(image))))


def test_blocks_and_a_flatten_of_a_flat_tensor():
    block = keras.Sequential([L.Conv2D(8, 3, activation="relu"), L.MaxPooling2D(), L.Flatten()], name="features")
    spec = [Layer("Conv2D", filters=8), Layer("MaxPooling2D"), Layer("Flatten"), Layer("Dense", units=4)]
    assert check_architecture(classifier(block), spec, blocks={"features": "the block"}) == 1.0  # 2nd Flatten: no-op
    image = keras.Input((16, 16, 1))
    inline = keras.Model(image, L.Dense(4)(L.Flatten()(L.MaxPooling2D()(L.Conv2D(8, 3)(image)))))
    with pytest.raises(CheckFailed, match="expected the block called on a tensor as a layer .* found: none"):
        check_architecture(inline, blocks={"features": "the block"})


def test_deprecated_arguments_are_refused_when_asked():
    def old_style():
        model = keras.Sequential()
        model.add(L.Embedding(100, 8, input_length=6))
        return model

    with pytest.raises(CheckFailed, match="deprecation warning 'Argument `input_length` is deprecated"):
        check_architecture(old_style, deprecations=False)
    assert check_architecture(old_style) == 1.0
    assert check_architecture(functional, deprecations=False) == 1.0
    with pytest.raises(CheckFailed, match="Do not pass an `input_shape`"):
        check_architecture(sequential_add_input_dim, deprecations=False)
