# When the tokenizer fails too, a specific parser error found first (an unexpected indent) stands, as in CPython, over the tokenizer's later error.
for src in ['    x \\ y', '    with : x \\ 1 \n', 'if x:\n        y\n      z \\ w\n',
            'x = (1,\n  2 \\ 3)', 'def f(:\n  "abc']:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
