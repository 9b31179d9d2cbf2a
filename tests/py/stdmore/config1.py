# configparser: reading INI text, DEFAULT, get/getint/getfloat/getboolean,
# fallbacks, items, the mapping interface, write and both interpolations
import configparser, io

text = """
# a comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path = /home/%(user)s/repo
percent = 100%%

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
ratio: 0.75
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), len(cp), list(cp))
print(cp.get('forge.example', 'path'), cp.get('forge.example', 'percent'))
print(cp.get('forge.example', 'path', raw=True), cp['forge.example']['user'])
print(cp.getint('topsecret.server.example', 'port'), cp.getfloat('topsecret.server.example', 'ratio'))
print(cp.getboolean('topsecret.server.example', 'forwardx11'), cp.getboolean('forge.example', 'ForwardX11'))
print(repr(cp.get('topsecret.server.example', 'multi')), repr(cp['topsecret.server.example']['empty']))
print(cp.options('forge.example'))
print(cp.items('forge.example'))
print(cp.items('topsecret.server.example', raw=True, vars={'extra': 'v'})[:3])
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_option('forge.example', 'compression'),
      cp.has_option('nope', 'x'), cp.has_option(None, 'compression'))
print(cp.get('nope', 'x', fallback='fb'), cp.get('forge.example', 'nothing', fallback=None),
      cp.getint('forge.example', 'nothing', fallback=-1), cp['forge.example'].getint('nothing'))
print(cp.get('forge.example', 'path', vars={'user': 'override'}))
print(cp.defaults())
sec = cp['topsecret.server.example']
print(sec, sec.name, sec.parser is cp, 'port' in sec, len(sec), sorted(sec))
print(sec.getint('port'), sec.getboolean('compression'), sec.get('missing', 'dflt'), sec.getfloat('ratio'))
print([(name, type(proxy).__name__) for name, proxy in cp.items()])
print('forge.example' in cp, 'DEFAULT' in cp, 'x' in cp)

cp['new'] = {'a': '1', 'B': 'two'}
cp['new']['c'] = '3'
cp.set('new', 'd', '4')
del cp['new']['a']
cp.add_section('added')
cp.remove_option('forge.example', 'percent')
print(cp.remove_section('topsecret.server.example'), cp.remove_section('nothing'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: ${home_dir}/library
system_dir: /System/Library
cost = $$5
[Frameworks]
Library: ${Common:library_dir}/Frameworks
path: ${Common:system_dir}/${Library}
""")
print(ext['Frameworks']['path'], ext['Common']['cost'], ext['Common']['library_dir'])
raw = configparser.RawConfigParser()
raw.read_string("[s]\nx = %(y)s\ny = 1\n")
print(raw.get('s', 'x'), raw.items('s'))
raw.set('s', 'z', 5)
print(raw.get('s', 'z'))
cp = configparser.ConfigParser(defaults={'base': 'b', 'num': 3}, allow_no_value=True,
                               inline_comment_prefixes=('#',), delimiters=('=',),
                               default_section='common')
cp.read_string("[a]\nkey = value # comment\nflag\nurl = http://x#frag\n[b]\nk:v = w\n")
print(cp.get('a', 'key'), cp.get('a', 'flag'), cp.get('a', 'url'), cp.items('b'), cp.get('a', 'num'))
cp2 = configparser.ConfigParser(strict=False, empty_lines_in_values=False)
cp2.read_string("[x]\na = 1\n[x]\na = 2\nb = 3\n\n  k2 = new option\n")
print(cp2.items('x'))
cp3 = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
cp3.read_dict({'s': {'names': 'a,b,c', 'n': 7}})
print(cp3.getlist('s', 'names'), cp3['s'].getlist('names'), cp3.get('s', 'n'), sorted(cp3.converters))
o = cp3.optionxform
cp3.optionxform = str
cp3.read_string("[T]\nCase = kept\n")
print(cp3.options('T'))
