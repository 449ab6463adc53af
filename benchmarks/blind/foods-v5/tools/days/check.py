"""check.py MOD...: report every failing portion spec at once (coding aid)."""
import sys, importlib
from engine import grams, F
for m in sys.argv[1:]:
    for loc, text, parts, note in importlib.import_module(m).DAYS:
        for t, comps in parts:
            if t not in text: print('NOT IN TEXT', t)
            for c in comps:
                try:
                    if c[0] not in F: raise KeyError('no code ' + c[0])
                    grams(c[0], c[1])
                except Exception as e: print(t, '::', str(e)[:400])
