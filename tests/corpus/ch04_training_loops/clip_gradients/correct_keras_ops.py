# expect: test_clip_gradients=2
# why: backend-agnostic keras.ops version with ops.where selecting the factor
from keras import ops


def clip_by_global_norm(gradients, max_norm):
    squared = [ops.sum(ops.square(ops.convert_to_tensor(g))) for g in gradients]
    global_norm = ops.sqrt(sum(squared[1:], squared[0]))
    factor = ops.where(global_norm > max_norm, max_norm / global_norm, 1.0)
    return [ops.convert_to_tensor(g) * factor for g in gradients]
