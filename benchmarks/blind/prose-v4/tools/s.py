"""coder's FNDDS look-up: all words must occur in description+additional description; * = code used by an earlier blind set"""
import json, sys, os
F = json.load(open('/work/blind-new/prose-v4/tools/fndds.json'))
import glob
U = set()
for _f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for _l in open(_f):
        _o = json.loads(_l)
        for _it in (_o.get('items', []) if 'items' in _o else [_o]):
            for _r in _it.get('ref', []): U.add(_r['fndds_code'])
N=int(os.environ.get('N','6'))
for q in sys.argv[1:]:
    ws = q.lower().split()
    hits = [c for c, f in F.items() if all(w in (f['desc'] + ' ' + (f['add'] or '')).lower() for w in ws)]
    hits.sort(key=lambda c: len(F[c]['desc']))
    print('==', q, len(hits))
    for c in hits[:N]:
        f = F[c]; p = '; '.join(f'{d}={g:g}' for d, g in f["portions"][:7])
        print((' '+('*' if c in U else ' ')+c+' '+f['desc']+' || '+p)[:230])
