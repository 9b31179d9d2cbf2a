# nested indexing and assignment through containers
m = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]}
m["users"][1]["tags"].append("y")
m["users"][0]["name"] = "A"
print(m)
print(m["users"][0]["tags"][0], [u["name"] for u in m["users"]])
try:
    m["users"][2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    m["users"][0]["age"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    m["users"]["0"]
except TypeError as e:
    print(type(e).__name__, e)
