"""Validate days.jsonl: JSON, codes/descriptions in FNDDS, expected recomputed, texts verbatim,
6-14 food items, totals; difflib similarity vs every earlier blind item/day text."""
import json, sys, glob, difflib
F = json.load(open('/work/blind-new/prose-v2/fndds.json'))
K = ['energy_kcal', 'magnesium_mg', 'potassium_mg', 'calcium_mg', 'sodium_mg']
path = sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl'
err = 0
def bad(*a):
    global err; err += 1; print('ERR', *a)
days = [json.loads(l) for l in open(path)]
ids = set()
for d in days:
    if d['id'] in ids: bad(d['id'], 'dup id')
    ids.add(d['id'])
    if any(c in d['text'] for c in '[]<>|'): bad(d['id'], 'markup left in text')
    if not 6 <= len(d['items']) <= 14: bad(d['id'], 'items', len(d['items']))
    ef = {k: 0.0 for k in K}
    for it in d['items']:
        if it['text'] not in d['text']: bad(d['id'], 'item not verbatim', it['text'])
        e = {}
        for r in it['ref']:
            c = r['fndds_code']
            if c not in F or F[c]['desc'] != r['description']: bad(d['id'], 'code/desc', c)
        for k in K:
            v = round(sum(F[r['fndds_code']]['n'][k] * r['grams'] / 100 for r in it['ref']), 1)
            if abs(v - it['expected'][k]) > 0.05: bad(d['id'], it['text'], k)
            ef[k] += v
    for k in K:
        if abs(ef[k] - d['expected_food'][k]) > 0.2 or d['expected'][k] != d['expected_food'][k]: bad(d['id'], 'food total', k)
    es = {}
    for s in d['supplements']:
        if s['text'] not in d['text']: bad(d['id'], 'supp not verbatim', s['text'])
        for k, v in s['nutrients'].items(): es[k] = es.get(k, 0) + v
    for k, v in es.items():
        if abs(v - d['expected_supplements'].get(k, -1)) > 0.05: bad(d['id'], 'supp total', k)
    for k in set(ef) | set(es):
        if abs(ef.get(k, 0) + es.get(k, 0) - d['expected_total'][k]) > 0.2: bad(d['id'], 'total', k)
# similarity
old_days, old_items = [], []
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        o = json.loads(l)
        (old_days if 'items' in o else old_items).append(o['text'])
        for it in o.get('items', []): old_items.append(it['text'])
worst = []
for d in days:
    r = max(difflib.SequenceMatcher(None, d['text'].lower(), t.lower()).ratio() for t in old_days)
    if r >= 0.8: bad(d['id'], 'day text too close', round(r, 2))
    worst.append((round(r, 2), d['id']))
oi = set(json.loads(l)['text'].lower() for f in glob.glob('/work/blind-new/ref/*/items.jsonl') for l in open(f))
of = set(t.lower() for t in old_items) - oi
def n_close(pool):
    n, ex = 0, []
    for d in days:
        for it in d['items']:
            t = it['text'].lower()
            r = 1.0 if t in pool else max(difflib.SequenceMatcher(None, t, o).ratio() for o in pool)
            if r >= 0.8: n += 1; ex.append(it['text'])
    return n, ex
close, ex = n_close(oi)
print('fragments with ratio>=0.8 to an earlier single item (items.jsonl):', close, ex)
close2, _ = n_close(of)
print('fragments with ratio>=0.8 to an earlier day fragment:', close2)
print('max day similarity', sorted(worst)[-3:])
print('fragments total', sum(len(d['items']) for d in days))
print('days', len(days), 'errors', err)
sys.exit(1 if err else 0)
