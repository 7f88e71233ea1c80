# expect: test_kept=0
# why: all letters
kept = set("ABCDEFGH")
