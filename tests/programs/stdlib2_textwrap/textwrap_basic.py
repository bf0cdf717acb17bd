import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known pangram, used for type-setting and font-testing purposes! Supercalifragilisticexpialidocious words are long."
for w in (10, 20, 33, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("abcdefghijkl", 5), textwrap.wrap("abcdefghijkl", 5, break_long_words=False))
print(textwrap.wrap("foo-bar-baz qux--quux -x e-mail", 6), textwrap.wrap("foo-bar-baz", 6, break_on_hyphens=False))
print(textwrap.shorten("Hello  world!  How are you?", 12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world!", 10, placeholder='...'))
print(textwrap.wrap(s, 25, max_lines=3), textwrap.wrap("Hi. There. ok", 40, fix_sentence_endings=True))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent("  a\n   \n  b")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
w=textwrap.TextWrapper()
for t in ['a-b-c-d','well-known--and','x--y','--x','ab-cd-e','abc-d-ef','a--','-- ab','foo--bar--baz','ab-c','ab-cd','ab1-cd','über-schön']:
  print(repr(t), w._split(t))
