# expect: test_kept=2
# why: lower-case letters in a frozenset (the test reads them upper-case)
kept = frozenset("abcdh")
