# expect: test_class_weight=3
# why: collections.Counter over int(label), then total / (len(counts) * count) in a comprehension: int keys, Python float values, any k
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_keras_losses_and_strings (before the corpus)
from collections import Counter

def balanced_class_weight(y):
    counts = Counter(int(label) for label in y)
    total = sum(counts.values())
    return {label: total / (len(counts) * count) for label, count in counts.items()}
