# fnmatch and glob over a small tree with 8.3 names: *, ?, [seq], [!seq], **, hidden names, escape
import fnmatch, glob, os
print(fnmatch.fnmatchcase("readme.txt", "*.txt"), fnmatch.fnmatchcase("a.py", "?.py"), fnmatch.fnmatchcase("b.c", "[a-c].[!h]"), fnmatch.fnmatchcase("x.h", "*.[!h]"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d"], "*.py"), fnmatch.translate("*.txt"), fnmatch.translate("a*b?c[!x]"), fnmatch.translate("[abc"))
print(fnmatch.fnmatchcase("a[b", "a[b"), fnmatch.fnmatchcase("ab", "a[]b"), fnmatch.fnmatchcase("a]", "a[]]"), fnmatch.fnmatchcase("Ab", "ab"))
os.mkdir("gt")
os.mkdir(os.path.join("gt", "sub"))
os.mkdir(os.path.join("gt", "sub", "deep"))
for name in ["a.txt", "b.txt", "c.py", os.path.join("sub", "d.txt"), os.path.join("sub", "deep", "e.txt"), os.path.join("sub", "f.py")]:
    with open(os.path.join("gt", name), "w") as f:
        f.write("x")
def show(paths):
    # lower case: a DOS (FAT) directory lists its names in upper case
    return sorted(p.replace(os.sep, "/").lower() for p in paths)
print(show(glob.glob("gt/*.txt")), show(glob.glob("gt/?.py")), show(glob.glob("gt/*")))
print(show(glob.glob("gt/*/*.txt")), show(glob.glob("gt/**/*.txt", recursive=True)), show(glob.glob("gt/**", recursive=True)))
print(show(glob.glob("*.txt", root_dir="gt")), show(glob.glob("gt/[ab].txt")), glob.glob("gt/none*"), show(glob.glob("gt/a.txt")), glob.glob("gt/zz.txt"))
print(show(glob.iglob("gt/sub/*")), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a*b?[c]"))
for name in ["a.txt", "b.txt", "c.py", os.path.join("sub", "d.txt"), os.path.join("sub", "deep", "e.txt"), os.path.join("sub", "f.py")]:
    os.remove(os.path.join("gt", name))
os.rmdir(os.path.join("gt", "sub", "deep"))
os.rmdir(os.path.join("gt", "sub"))
os.rmdir("gt")
