# csv: reader (quotes, doubled quotes, embedded newlines, skipinitialspace, NONNUMERIC), writer (quoting modes), Dict*, dialects, errors
import csv, io
text = 'name,age,note\r\nann,30,"likes ""quotes"""\r\nbob,25,"two\nlines"\r\n"c,d",,x\r\n\r\nlast,1, sp\r\n'
r = csv.reader(io.StringIO(text))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["a\\,b,c"], escapechar="\\")), list(csv.reader(['a,"b'])))
print(list(csv.reader(["x\ty"], dialect="excel-tab")), list(csv.reader([""])), list(csv.reader(['""'])), list(csv.reader([","])))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=q)
    w.writerow(["a", 1, 2.5, "x,y", 'q"t', "line\nbreak", None, ""])
    w.writerows([[1, 2], [""]])
    print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", "c"])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="?")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann"})
dw.writerows([{"id": 2}, {"name": "z"}])
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())):
    print(row)
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="-")
print(dr.fieldnames, list(dr))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, "semi").writerow(["a", 1])
print(repr(out.getvalue()), "semi" in csv.list_dialects(), csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
for bad in [lambda: csv.get_dialect("nope"), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1}), lambda: csv.reader([], delimiter="ab"),
            lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: csv.writer(io.StringIO()).writerow(5)]:
    try:
        bad()
        print("no error")
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
