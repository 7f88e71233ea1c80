from collections import Counter

def balanced_class_weight(y):
    counts = Counter(int(label) for label in y)
    total = sum(counts.values())
    return {label: total / (len(counts) * count) for label, count in counts.items()}
