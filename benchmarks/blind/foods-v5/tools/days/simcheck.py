"""simcheck.py 'text' ...: best earlier match (coding aid for rewrites)."""
import json, glob, difflib, sys
old = set()
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        d = json.loads(l); old.add(d['text'].lower())
        for it in d.get('items', []): old.add(it['text'].lower())
for t in sys.argv[1:]:
    top = (0, '')
    for o in old:
        sm = difflib.SequenceMatcher(None, t.lower(), o)
        if sm.real_quick_ratio() <= top[0] or sm.quick_ratio() <= top[0]: continue
        r = sm.ratio()
        if r > top[0]: top = (r, o)
    print(f"{'BAD ' if top[0] >= 0.8 else 'ok  '}{top[0]:.2f}  {t!r} ~ {top[1]!r}")
