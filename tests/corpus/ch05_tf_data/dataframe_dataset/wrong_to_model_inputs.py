# expect: test_dataframe_dataset=0
# why: reuses to_model_inputs (section 6): every column becomes shape (1,) per row and the int columns become float32, so the elements no longer hold the DataFrame's values and dtypes
def df_to_dataset(frame, labels, batch_size=32):
    return tf.data.Dataset.from_tensor_slices((to_model_inputs(frame), labels)).batch(batch_size)
