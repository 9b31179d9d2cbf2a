# SyntaxError: two expressions without a comma
print(1 2)
