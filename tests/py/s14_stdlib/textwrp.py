# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30))
print(textwrap.fill(s, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world!  How are you?", 12), "|", textwrap.shorten("Hello world", 11), "|", textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.wrap("a-very-long-hyphenated-word and supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("supercalifragilistic", 6, break_long_words=False))
print(textwrap.wrap("tabs\there\tand\nnewlines", 12))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap("one two three four five six seven"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
print(textwrap.fill("Hi there. Next one.", 40, fix_sentence_endings=True))
