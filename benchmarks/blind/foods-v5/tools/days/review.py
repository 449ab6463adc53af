"""review.py MOD...: one line per component (fragment -> FNDDS description, grams) for checking by eye."""
import sys, importlib
from engine import make_ref
for m in sys.argv[1:]:
    for i, (loc, text, parts, note) in enumerate(importlib.import_module(m).DAYS):
        print(f'--- {m}[{i}] {loc}')
        for t, comps in parts:
            try:
                ref, auto = make_ref(comps)
                print(f'  [{t}]', ' + '.join(f"{r['fndds_code']} {a}" for r, a in zip(ref, auto)))
            except Exception as e: print(f'  [{t}] ERROR', str(e)[:300])
