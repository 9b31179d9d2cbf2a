a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s' + "say \"hi\"" + "it's" + 'say "hi"' + '\'"'
f = 'tab\there\nnew\\back\rcr\a\b\f\v\0end'
g = '\x41\x7e\101\7\77\u00e9\u20ac\U0001F600\N{BULLET}\N{EM DASH}'
h = r'raw\n\x41' + R"raw\"" + r'\\'
i = b'bytes\x00\xff\n' + B"B" + rb'\d' + Rb'x' + bR'y' + BR'z' + br"\n"
j = u'unicode' 
k = 'implicit' 'concat' "enation"
l = ('multi'
     'line'
     'concat')
m = 'unknown \d \q escapes'
n = 'line \
continued'
o = '''a
b\
c'''
p = 'héllo wörld ñ 日本語'
q = b'' + '' + ''''''
r = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{degree sign}'
s = "\777"
t = '\u00a0\u200b\x7f\x80'
u = U"upper u"
