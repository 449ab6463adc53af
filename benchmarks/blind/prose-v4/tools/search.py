"""look-up helper: python3 search.py 'word word' ['word word' ...] ; code lookup: python3 search.py 12345678"""
import json, sys
F = json.load(open('/work/blind-new/prose-v4/tools/fndds.json'))
for q in sys.argv[1:]:
    print('==', q)
    if q.isdigit():
        hits = [q]
    else:
        ws = q.lower().split()
        hits = [c for c, f in F.items() if all(w in (f['desc'] + ' ' + (f['add'] or '')).lower() for w in ws)]
    for c in hits[:int(__import__("os").environ.get("N","10"))]:
        f = F[c]
        p = '; '.join(f'{d}={g:g}' for d, g in f["portions"][:12])
        print((c + " " + f["desc"] + " | " + (f["add"] or "")[:40] + " || " + p)[:330])
    if len(hits) > 25: print('...', len(hits))
