# expect: test_dataframe_dataset=3
# why: an evaluation pipeline with an extra cache() (no shuffle): order and rows are unchanged
import tensorflow
from tensorflow.data import Dataset

def df_to_dataset(frame, labels, batch_size=32):
    table = Dataset.from_tensor_slices((dict(frame), labels)).cache()
    return table.batch(batch_size=batch_size, name="eval_batches")
