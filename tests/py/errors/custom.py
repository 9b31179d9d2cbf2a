# an uncaught user exception shows its class name and message
class ConfigError(Exception):
    pass


def check(port):
    if port < 1024:
        raise ConfigError(f"port {port} is reserved")


check(8080)
print("8080 ok")
check(80)
