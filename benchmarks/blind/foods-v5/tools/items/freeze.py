"""freeze.py: resolve draft_v5.py queries to codes, print review table, write items_v5.py (frozen codes)."""
import draft_v5 as D, resolve, engine, pprint, sys
out, bad = [], 0
for i, (loc, cat, text, comps, note) in enumerate(D.ITEMS, 1):
    fc = []
    for c, spec in comps:
        try:
            code = resolve.resolve(c, spec)
        except KeyError as e:
            bad += 1; print('UNRESOLVED', i, text, e); code = None
        if code:
            g, how = engine.grams(code, spec)
            if '-q' not in sys.argv:
                print(f'{i:3d} {loc} {text[:38]:38s} | {c[:22]:22s} -> {code} {engine.F[code]["desc"][:55]} | {how} = {g:.1f}')
        fc.append((code, spec))
    out.append((loc, cat, text, fc, note))
if bad: print('unresolved', bad); sys.exit(1)
with open('items_v5.py', 'w') as f:
    f.write('"""Hand-coded specs for foods-v5 items (frozen from draft_v5.py by freeze.py):\n(locale, category, text, [(fndds_code, portion spec)], extra note)."""\nITEMS = [\n')
    for it in out: f.write('    ' + repr(it) + ',\n')
    f.write(']\n')
print(len(out), 'items frozen')
