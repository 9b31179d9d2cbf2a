# linecache: getline/getlines from a file, out-of-range and missing files,
# checkcache after a change, clearcache, <pseudo> names
import linecache, os
name = 'lc_tmp.txt'
with open(name, 'w') as f:
    f.write('first\nsecond\nthird without newline')
print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 3)), repr(linecache.getline(name, 4)),
      repr(linecache.getline(name, 0)), repr(linecache.getline(name, -1)))
print(linecache.getlines(name))
print(name in linecache.cache)
with open(name, 'w') as f:
    f.write('changed and longer\n')
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)), name in linecache.cache)
os.remove(name)
print(repr(linecache.getline(name, 1)))
linecache.checkcache()
print(name in linecache.cache, repr(linecache.getline(name, 1)))
print(linecache.getlines('no_such_file.txt'), repr(linecache.getline('<stdin>', 1)), linecache.getlines(''))
print(repr(linecache.getline(__file__, 1)))
linecache.clearcache()
print(linecache.cache)
print(linecache.updatecache(__file__)[1])
linecache.checkcache('not cached')
print(linecache.lazycache('<x>', {}), linecache.lazycache(__file__, None))
