# urllib: the package of urllib.parse.
