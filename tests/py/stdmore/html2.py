# html.entities: the html5, name2codepoint, codepoint2name and entitydefs
# tables, built on first use (slow for the DOS subset)
import html.entities as ent
print(len(ent.html5), ent.html5['amp;'], ent.html5['gt'], ascii(ent.html5['NotEqualTilde;']))
print(list(ent.html5)[:8], list(ent.html5)[-3:])
print(len(ent.name2codepoint), ent.name2codepoint['amp'], hex(ent.name2codepoint['lang']),
      ent.codepoint2name[8364], ascii(ent.entitydefs['nbsp']), len(ent.entitydefs), len(ent.codepoint2name))
print(list(ent.name2codepoint)[:5])
from html.entities import html5 as h5
print(h5 is ent.html5)
try:
    ent.nothing
except AttributeError as e:
    print('AttributeError', e)
