# difflib: SequenceMatcher blocks/opcodes/ratios, junk and autojunk,
# get_close_matches, unified/context diffs, ndiff with '?' hints, restore
import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
a = 'qabxcd'
b = 'abycdf'
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
s = difflib.SequenceMatcher(None, list(range(20)), [0, 1, 2, 99, 4, 5] + list(range(6, 20)) + [7])
print(list(s.get_grouped_opcodes(2)))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()), difflib.SequenceMatcher(None, '', '').ratio())
s.set_seqs('abc', 'abd')
print(s.ratio())
s.set_seq1('xbd')
print(s.get_opcodes())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
words = ['while', 'with', 'if', 'else', 'elif', 'import', 'lambda', 'return', 'yield', 'wheel', 'whale']
print(difflib.get_close_matches('wheel', words), difflib.get_close_matches('apple', words), difflib.get_close_matches('accept', ['except', 'accent', 'acceptable'], n=1, cutoff=0.3))
for n, c in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('x', ['y'], n, c)
    except ValueError as e:
        print('ValueError', e)
one = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
two = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(one, two, 'a', 'b', '2024-01-01', '2024-01-02', n=1)), end='')
print(''.join(difflib.context_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])), list(difflib.unified_diff([], ['new\n'])), list(difflib.context_diff(['gone\n'], [])))
print(''.join(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True))), end='')
diff = list(difflib.ndiff(['\tabcDefghiJkl\n', 'common\n', 'deleted line\n'], ['\t\tabcdefGhijkl\n', 'common\n', 'inserted\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
d = difflib.Differ()
print(list(d.compare(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'])))
print(list(difflib.ndiff(['abc\n', 'xyz\n', 'same\n'], ['123\n', 'same\n', '456\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
for bad in (lambda: list(difflib.unified_diff([b'x'], ['y'])), lambda: list(difflib.unified_diff(['x'], ['y'], fromfile=1)),
            lambda: list(difflib.restore([], 3))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
