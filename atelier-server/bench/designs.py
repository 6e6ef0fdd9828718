# Generates PC designs by random walks through a running server (POST /api/designs/decide).
# Usage: python3 designs.py COUNT SEED OUT.jsonl   (server on 127.0.0.1:18080)
import json, random, urllib.request, sys
B = "http://127.0.0.1:18080"
def post(path, body):
    req = urllib.request.Request(B + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
random.seed(int(sys.argv[2]))
designs = []
n = int(sys.argv[1])
while len(designs) < n:
    d = {"product": "pc", "version": "2025.1", "decisions": []}
    dom = post("/api/designs/domains", d)
    for k in range(random.randint(0, 6)):
        opens = [a for a in dom["attributes"] if a["decided"] is None and a["offered"]]
        if not opens: break
        a = random.choice(opens)
        dom = post("/api/designs/decide", {"design": dom["design"], "attribute": a["attribute"], "value": random.choice(a["offered"])})
        designs.append(dom["design"])
with open(sys.argv[3], "w") as f:
    for d in designs[:n]:
        f.write(json.dumps(d) + "\n")
