"""similarity.py days.jsonl [--all]: difflib ratio (lower case) of every v5 day text and every v5 fragment
against every earlier text in /work/blind-new/ref/*/*.jsonl (item texts, day texts, day fragments).
Gate: every day text and every fragment (any length) must be < 0.8 (foods-v5-days gates short staples
too; --all is kept for compatibility). Also checks no v5 day text repeats another (>= 0.8)."""
import json, glob, difflib, sys
old = set()
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        d = json.loads(l)
        old.add(d['text'].lower())
        for it in d.get('items', []): old.add(it['text'].lower())
old = sorted(old)
def best(t):
    top = (0, '')
    for o in old:
        sm = difflib.SequenceMatcher(None, t.lower(), o)
        if sm.real_quick_ratio() <= top[0] or sm.quick_ratio() <= top[0]: continue
        r = sm.ratio()
        if r > top[0]: top = (r, o)
    return top
ALL = '--all' in sys.argv
D = [json.loads(l) for l in open([a for a in sys.argv[1:] if not a.startswith('--')][0])]
bad = short = 0
for d in D:
    for t, kind in [(d['text'], 'day')] + [(it['text'], 'frag') for it in d['items']]:
        r, o = best(t)
        if r >= 0.8:
            gate = True
            if gate: bad += 1
            else: short += 1
            if gate or ALL: print(f"{d['id']}\t{kind}\t{r:.2f}\t{t!r}\t~ {o!r}\t{'GATE' if gate else 'short staple'}")
for i, a in enumerate(D):
    for b in D[i + 1:]:
        r = difflib.SequenceMatcher(None, a['text'].lower(), b['text'].lower()).ratio()
        if r >= 0.8: bad += 1; print('v5 repeat', a['id'], b['id'], round(r, 2))
print('gated pairs >= 0.8:', bad, '| short staple fragments >= 0.8 (not gated):', short)
