"""build.py items|days SPECMODULE OUT.jsonl"""
import json, sys, importlib
from engine import make_ref, nutrients, KEYS
kind, mod, out = sys.argv[1:4]
M = importlib.import_module(mod)
lines = []
if kind == 'items':
    for i, (loc, cat, text, comps, note) in enumerate(M.ITEMS, 1):
        ref, auto = make_ref(comps)
        lines.append({'id': f'v5i{i:03d}', 'locale': loc, 'category': cat, 'text': text, 'ref': ref,
                      'expected': nutrients(ref), 'note': '; '.join(auto) + ('. ' + note if note else '.')})
else:
    for i, (loc, text, parts, note) in enumerate(M.DAYS, 1):
        items = []
        for t, comps in parts:
            ref, _ = make_ref(comps)
            items.append({'text': t, 'ref': ref, 'expected': nutrients(ref)})
        pos = 0
        for t, _ in parts:
            j = text.find(t, pos); assert j >= 0, (text, t); pos = j + len(t)
        tot = {k: round(sum(it['expected'][k] for it in items), 1) for k in KEYS}
        d = {'id': f'v5d{i:02d}', 'locale': loc, 'style': 'list', 'text': text, 'items': items, 'expected': tot}
        if note: d['note'] = note
        lines.append(d)
with open(out, 'w') as f:
    for l in lines: f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(lines), 'lines ->', out)
