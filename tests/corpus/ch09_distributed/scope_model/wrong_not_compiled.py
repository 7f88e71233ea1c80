# expect: test_scope_model=0
# why: built in the scope but never compiled
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
    return model
