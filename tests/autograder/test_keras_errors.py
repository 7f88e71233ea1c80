"""keras_errors: a Keras error said in one line, with what to change when the cause is known."""

import keras
import pytest

from autograder.checks.keras_errors import described_error, keras_hint, short_error


def test_short_error_drops_colours_and_the_arguments_keras_received():
    from autograder.checks.keras_errors import short_error

    error = ValueError("Exception encountered when calling Sequential.call().\n\n\x1b[1mInput 0 is incompatible\x1b[0m"
                       "\n\nArguments received by Sequential.call():\n  • inputs=tf.Tensor(shape=(None, 10))")
    assert short_error(error) == "Exception encountered when calling Sequential.call(). Input 0 is incompatible"


def test_an_input_missing_from_the_model_names_what_to_list():
    image, question = keras.Input(shape=(4,)), keras.Input(shape=(3,))
    merged = keras.layers.Concatenate()([image, question])
    with pytest.raises(ValueError) as raised:
        keras.Model(inputs=image, outputs=keras.layers.Dense(1)(merged))
    said = described_error(raised.value)
    assert said.startswith("ValueError: ")
    assert "list every Input the outputs depend on" in said


def test_an_image_input_without_channel_axis_names_the_shape_to_give():
    with pytest.raises(ValueError) as raised:
        keras.Sequential([keras.Input(shape=(16, 16)), keras.layers.Conv2D(8, 3)])
    assert "shape=(height, width, channels)" in described_error(raised.value)


def test_the_keras2_lr_keyword_names_learning_rate():
    with pytest.raises(ValueError) as raised:
        keras.optimizers.Adam(lr=0.01)
    assert described_error(raised.value).endswith("-> Keras 3 optimizers take learning_rate=..., there is no lr=")


def test_an_unknown_error_is_said_as_it_is():
    assert keras_hint("Incompatible shapes: [16] vs. [16,4]") == ""
    assert described_error(TypeError("bad operand")) == "TypeError: bad operand"
