"""Reads a case file: cases separated by lines "#### name", in file order."""
import pathlib


def read_cases(path: pathlib.Path):
    """Yields (name, source) for every case of the file at `path`."""
    name, lines = None, []
    for line in path.read_text().splitlines():
        if line.startswith("#### "):
            if name:
                yield name, "\n".join(lines) + "\n"
            name, lines = line[5:], []
        elif name:
            lines.append(line)
    if name:
        yield name, "\n".join(lines) + "\n"
