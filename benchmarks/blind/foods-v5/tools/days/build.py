"""build.py OUT.jsonl SPECMODULE [SPECMODULE ...]: list days -> JSONL (ids v5d01..).
Item shape as foods-v3 days: {text, ref[], expected}; the day note = coder's reasons, then the
script-written gram derivation of every fragment."""
import json, sys, importlib
from engine import make_ref, nutrients, KEYS
out, mods = sys.argv[1], sys.argv[2:]
lines = []
for mod in mods:
    for loc, text, parts, note in importlib.import_module(mod).DAYS:
        items, der = [], []
        for t, comps in parts:
            ref, auto = make_ref(comps)
            items.append({'text': t, 'ref': ref, 'expected': nutrients(ref)})
            der.append(f'[{t}] ' + '; '.join(auto))
        pos = 0
        for t, _ in parts:
            j = text.find(t, pos); assert j >= 0, (text, t); pos = j + len(t)
        assert 6 <= len(items) <= 12, (text, len(items))
        tot = {k: round(sum(it['expected'][k] for it in items), 1) for k in KEYS}
        lines.append({'id': f'v5d{len(lines) + 1:02d}', 'locale': loc, 'style': 'list', 'text': text,
                      'items': items, 'expected': tot, 'note': note + ' Derivation: ' + ' | '.join(der)})
with open(out, 'w') as f:
    for l in lines: f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(lines), 'lines ->', out, 'fragments', sum(len(l['items']) for l in lines))
