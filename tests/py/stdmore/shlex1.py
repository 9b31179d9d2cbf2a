# shlex: split, quote and join, the shlex class in POSIX and classic modes,
# punctuation_chars, comments, escapes and the quoting errors
import shlex

for s in ['a b  c', 'echo "hello world" \'single q\' back\\ slash',
          'x="a b"c d', "'it'\\''s' \"quoted\"", 'a\\"b "c\\"d" \'e\\"f\'',
          'one # comment here', '"" \'\' empty', 'tab\there\nnewline',
          'ünïcödé wörds', '  ', '', 'a"b c"d', '\\\\double', '"a\\\\b\\$c\\x"']:
    print(repr(s), shlex.split(s))
print(shlex.split('one # two\nthree', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("a 'b c' d\\e", posix=False))
for bad in ['"unclosed', "it's", 'trailing\\', "'a' \"b"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print('ValueError', e)
print(shlex.split(None))  # reads the (empty) standard input
for s in ['', 'plain', 'with space', "it's", 'a$b', 'x;rm -rf', 'é', '@%+=:,./-_', '*']:
    print(repr(s), shlex.quote(s))
args = ['ls', '-l', 'my file.txt', "don't", '']
j = shlex.join(args)
print(j, shlex.split(j) == args)

lex = shlex.shlex('a = b + "c d"; e(f) # comment\nlast')
print(list(lex))
lex = shlex.shlex('a = b + "c d"; e(f)', posix=True)
print(lex.eof, list(lex))
lex = shlex.shlex('a && b || c; (d > e) | f 2>&1', punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('~/a.txt b=c;d', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a,b;c', punctuation_chars=',;')
print(list(lex))
lex = shlex.shlex('one two\nthree\nfour')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(lex.error_leader(), lex.error_leader('f.cfg', 9))
print(repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('key:value|other', posix=True)
lex.wordchars += ':'
lex.whitespace = '|'
print(list(lex))
lex = shlex.shlex('x "y', posix=True)
print(lex.get_token())
try:
    lex.get_token()
except ValueError as e:
    print('ValueError', e)
print(len(shlex.shlex(posix=True).wordchars), len(shlex.shlex().wordchars))
