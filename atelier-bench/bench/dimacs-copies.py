#!/usr/bin/env python3
# k disjoint copies of a DIMACS CNF (variables renumbered per copy): a size family in which a
# decision changes one copy only. Usage: dimacs-copies.py IN[.gz] K OUT
import gzip, sys
src, k, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
op = gzip.open if src.endswith('.gz') else open
nv = 0; cls = []
with op(src, 'rt') as f:
    for line in f:
        if line.startswith('c') : continue
        if line.startswith('p'):
            nv = int(line.split()[2]); continue
        if line.strip(): cls.append([int(x) for x in line.split()[:-1]])
with open(out, 'w') as o:
    o.write(f"p cnf {nv*k} {len(cls)*k}\n")
    for c in range(k):
        off = c*nv
        for cl in cls:
            o.write(' '.join(str(l+off if l>0 else l-off) for l in cl) + ' 0\n')
