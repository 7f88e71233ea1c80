# expect: test_kept=0
# why: what save_weights plus the code would give
kept = {"A", "B"}
