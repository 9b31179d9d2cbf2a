"""Helper for impfail.py: fails at import time."""
SETTINGS = {"debug": True}
LEVEL = SETTINGS["level"]
