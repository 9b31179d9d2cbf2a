# re (issue 15): a log-parsing loop: match, groups, search, findall, sub.
import re

LINE = re.compile(r'(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)')
lines = ['10.0.%d.%d - - [10/Oct/2000:13:%02d:36 -0700] "GET /page%d.html HTTP/1.0" %d %d'
         % (i % 256, i % 7, i % 60, i % 50, 200 if i % 9 else 404, i * 7) for i in range(3000)]
hosts = {}
errors = 0
size = 0
for _ in range(2):
    for line in lines:
        m = LINE.match(line)
        host, when, method, path, status, nbytes = m.groups()
        hosts[host] = hosts.get(host, 0) + 1
        if status != '200':
            errors += 1
        if nbytes != '-':
            size += int(nbytes)
        if re.search(r'page4\d', path):
            size += 1
words = re.findall(r'[a-z]+', ' '.join(lines[:500]))
clean = re.sub(r'\d+', '#', lines[0])
print(len(hosts), errors, size, len(words), clean)
