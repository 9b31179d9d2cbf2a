# difflib: autojunk on sequences of 200 or more (popular elements), on a
# long pair (too slow for the DOS subset)
import difflib
big_a = 'x' * 300 + 'abc'
big_b = 'abc' + 'x' * 300
print(difflib.SequenceMatcher(None, big_a, big_b).ratio(), difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).ratio())
print(sorted(difflib.SequenceMatcher(None, 'ab', 'a' * 100 + 'b' * 150).bpopular))
s = difflib.SequenceMatcher(None, 'y' * 250 + 'abc', 'abc' + 'y' * 250)
print(s.get_opcodes(), s.find_longest_match())
