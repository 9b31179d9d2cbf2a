# SyntaxError: keyword used as a name
class = "reserved"
