# getopt: short and long options, arguments, GNU ordering and every error
import getopt, os
os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '-b', 'val', 'file1', '-c'], 'ab:c', []),
    (['-abval', '-c', '--', '-a'], 'ab:c', []),
    (['--verbose', '--out=x.txt', '--out', 'y', 'rest'], 'v', ['verbose', 'out=']),
    (['--verb', '--ou=z'], '', ['verbose', 'out=']),
    (['-', '-a'], 'a', []),
    ([], 'a', []),
    (['--help'], '', 'help'),
    (['--empty='], '', ['empty=']),
]
for args, s, l in cases:
    print(getopt.getopt(args, s, l))
print(getopt.gnu_getopt(['file1', '-a', 'file2', '--long', 'v', '--', '-b'], 'a', ['long=']))
print(getopt.gnu_getopt(['file1', '-a'], '+a'))
print(getopt.gnu_getopt(['-', 'x', '-a'], 'a'))
errors = [
    (['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']),
    (['--ver'], '', ['verbose', 'version']), (['--flag=1'], '', ['flag']),
    (['--need'], '', ['need=']), (['-:'], 'a:', []),
]
for args, s, l in errors:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn(args, s, l))
        except getopt.GetoptError as e:
            print(fn.__name__, type(e).__name__, e, repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['f', '-a'], 'a'))
