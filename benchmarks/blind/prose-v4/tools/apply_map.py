"""Coder's helper: apply item-text rewrites 'day|old|new' inside the spec files (only inside that day's block),
printing the new similarity so that rewrites still >= 0.8 can be redone."""
import sys, re, glob
from close import best
for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if not line: continue
    day, old, new = line.split('|')
    r, t = best(new)
    for fn in glob.glob('specs_*.py'):
        s = open(fn).read()
        i = s.find(f"'id': '{day}'")
        if i < 0: continue
        j = s.find("'id': 'p4d", i + 5); j = len(s) if j < 0 else j
        blk = s[i:j]
        hit = False
        for br in '[<':
            k = blk.find(br + old + '|')
            if k >= 0:
                blk = blk[:k] + br + new + '|' + blk[k + len(old) + 2:]
                hit = True; break
        if not hit: print('NOT FOUND', day, old); break
        open(fn, 'w').write(s[:i] + blk + s[j:])
        if r >= 0.8: print('STILL', day, repr(new), '~', repr(t), round(r, 2))
        break
