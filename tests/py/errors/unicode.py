# a non-ASCII message in an uncaught exception
raise ValueError("température trop élevée ☃")
