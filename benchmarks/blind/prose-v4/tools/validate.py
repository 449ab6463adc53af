"""Validate days.jsonl against the FNDDS xlsx (read directly, not via fndds.json): JSON shape, unique ids,
every code exists with the same description, every item/day/supplement/total value recomputed, every
item and supplement text verbatim in the day text (items in order), no markup left, 6-14 food items a
day, 11 days per locale; difflib similarity vs every earlier blind day text, item text and day fragment."""
import json, sys, glob, difflib, collections, openpyxl
D = '/work/shared/data/fndds-2021-2023/2021-2023 FNDDS At A Glance - '
def rows(name):
    ws = openpyxl.load_workbook(D + name + '.xlsx', read_only=True).worksheets[0]
    it = ws.iter_rows(values_only=True); next(it); return next(it), it
desc = {}
hdr, it = rows('Foods and Beverages')
for r in it:
    if r[0] is not None: desc[str(r[0])] = r[1]
hdr, it = rows('FNDDS Nutrient Values')
K = {'energy_kcal': 'Energy (kcal)', 'magnesium_mg': 'Magnesium (mg)', 'potassium_mg': 'Potassium (mg)',
     'calcium_mg': 'Calcium (mg)', 'sodium_mg': 'Sodium (mg)'}
ix = {k: hdr.index(v) for k, v in K.items()}
N = {}
for r in it:
    if r[0] is not None: N[str(r[0])] = {k: float(r[i]) for k, i in ix.items()}
path = sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl'
err = 0
def bad(*a):
    global err; err += 1; print('ERR', *a)
days = [json.loads(l) for l in open(path)]
ids = set()
for d in days:
    for f in ('id', 'locale', 'style', 'text', 'items', 'supplements', 'expected_food', 'expected_supplements', 'expected', 'expected_total'):
        if f not in d: bad(d.get('id'), 'missing', f)
    if d['id'] in ids: bad(d['id'], 'dup id')
    ids.add(d['id'])
    if any(c in d['text'] for c in '[]<>|'): bad(d['id'], 'markup left in text')
    if not 6 <= len(d['items']) <= 14: bad(d['id'], 'items', len(d['items']))
    ef = {k: 0.0 for k in K}
    pos = 0
    for it in d['items']:
        p = d['text'].find(it['text'], pos)
        if p < 0: bad(d['id'], 'item not verbatim/in order', it['text'])
        else: pos = p + len(it['text'])
        for r in it['ref']:
            c = r['fndds_code']
            if c not in desc or desc[c] != r['description']: bad(d['id'], 'code/desc', c)
            if not r['grams'] > 0: bad(d['id'], 'grams', c)
        for k in K:
            v = round(sum(N[r['fndds_code']][k] * r['grams'] / 100 for r in it['ref']), 1)
            if abs(v - it['expected'][k]) > 0.05: bad(d['id'], it['text'], k, v, it['expected'][k])
            ef[k] += v
    for k in K:
        if abs(ef[k] - d['expected_food'][k]) > 0.2 or d['expected'][k] != d['expected_food'][k]: bad(d['id'], 'food total', k)
    es = {}
    for s in d['supplements']:
        if s['text'] not in d['text']: bad(d['id'], 'supp not verbatim', s['text'])
        for k, v in s['nutrients'].items(): es[k] = es.get(k, 0) + v
    for k in set(es) | set(d['expected_supplements']):
        if abs(es.get(k, 0) - d['expected_supplements'].get(k, -1)) > 0.05: bad(d['id'], 'supp total', k)
    for k in set(ef) | set(es) | set(d['expected_total']):
        if abs(ef.get(k, 0) + es.get(k, 0) - d['expected_total'].get(k, -1)) > 0.2: bad(d['id'], 'total', k)
loc = collections.Counter(d['locale'] for d in days)
for l in ('en-US', 'en-GB', 'en-AU', 'en-CA'):
    if loc[l] < 11: bad('locale', l, loc[l])
# similarity against every earlier blind set
old_days, old_items, old_frag = [], set(), set()
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        o = json.loads(l)
        if 'items' in o:
            old_days.append(o['text'].lower())
            for x in o['items']: old_frag.add(x['text'].lower())
            for x in o.get('supplements', []): old_frag.add(x['text'].lower())
        else: old_items.add(o['text'].lower())
def best(t, pool):
    t = t.lower(); b, bt = 0, None
    for o in pool:
        sm = difflib.SequenceMatcher(None, t, o)
        if sm.real_quick_ratio() <= b or sm.quick_ratio() <= b: continue
        r = sm.ratio()
        if r > b: b, bt = r, o
    return b, bt
worst = []
for d in days:
    r, t = best(d['text'], old_days)
    if r >= 0.8: bad(d['id'], 'day text too close', round(r, 2))
    worst.append((round(r, 2), d['id']))
close_i, close_f = [], []
for d in days:
    for x in d['items'] + d['supplements']:
        r, t = best(x['text'], old_items)
        if r >= 0.8: close_i.append((d['id'], x['text'], t, round(r, 2)))
        r, t = best(x['text'], old_frag)
        if r >= 0.8: close_f.append((d['id'], x['text'], t, round(r, 2)))
for c in close_i: print('CLOSE-ITEM', c)
for c in close_f: print('CLOSE-FRAG', c)
print('fragments >=0.8 to an earlier single item:', len(close_i), '; to an earlier day fragment:', len(close_f))
print('max day similarity', sorted(worst)[-3:])
print('days', len(days), dict(loc), 'food items', sum(len(d['items']) for d in days), 'errors', err)
sys.exit(1 if err else 0)
