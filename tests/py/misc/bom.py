# a source file starting with a UTF-8 byte order mark
print("BOM is ignored")
print(len("é"))
