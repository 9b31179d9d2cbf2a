# JSON work (issue 4): dumps and loads of nested records.
import json

records = [{"id": i, "name": f"user{i}", "tags": ["a", "b", str(i % 7)], "score": i * 1.5,
            "active": i % 2 == 0, "meta": {"parent": None, "depth": i % 5}} for i in range(2000)]
total = 0
for _ in range(5):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + sum(r["id"] for r in back)
print(total, back[1999]["name"], back[3]["meta"])
