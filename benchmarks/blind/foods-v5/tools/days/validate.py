"""Validate foods-v5-days days.jsonl against the FNDDS xlsx directly (independent of fndds.json and engine.py).
Checks: valid JSON lines, ids v5d01.. in order and unique, locales (10 each), style 'list', 6-12 items,
every fndds_code exists with the same main description and has nutrient values, grams > 0, every item
expected recomputed (sum per-100 g x grams / 100, rounded 0.1), every item text occurs verbatim and in
order in the day text, day expected = sum of item expected, note present."""
import json, sys, collections, openpyxl
D = '/work/shared/data/fndds-2021-2023/2021-2023 FNDDS At A Glance - '
KEYS = {'energy_kcal': 'Energy (kcal)', 'magnesium_mg': 'Magnesium (mg)', 'potassium_mg': 'Potassium (mg)',
        'calcium_mg': 'Calcium (mg)', 'sodium_mg': 'Sodium (mg)'}
LOCS = ['en-US', 'en-GB', 'en-AU', 'en-CA']
def sheet(name):
    it = openpyxl.load_workbook(D + name + '.xlsx', read_only=True).worksheets[0].iter_rows(values_only=True)
    next(it); hdr = [str(h).strip() if h is not None else '' for h in next(it)]
    return [dict(zip(hdr, r)) for r in it if r[0] is not None]
desc = {str(r['Food code']): r['Main food description'] for r in sheet('Foods and Beverages')}
nut = {str(r['Food code']): {k: float(r[v]) for k, v in KEYS.items()} for r in sheet('FNDDS Nutrient Values')}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)
f = sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl'
locs = collections.Counter(); n = 0
for ln, line in enumerate(open(f), 1):
    d = json.loads(line); n += 1
    if d['id'] != f'v5d{ln:02d}': err(ln, 'id', d['id'])
    if d['locale'] not in LOCS: err(d['id'], 'locale')
    locs[d['locale']] += 1
    if d.get('style') != 'list': err(d['id'], 'style')
    if not d.get('note'): err(d['id'], 'no note')
    if not 6 <= len(d['items']) <= 12: err(d['id'], 'item count', len(d['items']))
    pos = 0; tot = {k: 0.0 for k in KEYS}
    for it in d['items']:
        j = d['text'].find(it['text'], pos)
        if j < 0: err(d['id'], 'fragment not verbatim/in order', it['text'])
        else: pos = j + len(it['text'])
        if not it['ref']: err(d['id'], 'empty ref', it['text'])
        calc = {k: 0.0 for k in KEYS}
        for r in it['ref']:
            c = r['fndds_code']
            if c not in desc or c not in nut: err(d['id'], 'unknown code', c); continue
            if desc[c] != r['description']: err(d['id'], 'description mismatch', c, r['description'], '!=', desc[c])
            if not r['grams'] > 0: err(d['id'], 'grams', r)
            for k in KEYS: calc[k] += nut[c][k] * r['grams'] / 100
        for k in KEYS:
            if abs(round(calc[k], 1) - it['expected'][k]) > 0.051: err(d['id'], it['text'], k, it['expected'][k], '!=', round(calc[k], 1))
            tot[k] += it['expected'][k]
    for k in KEYS:
        if abs(round(tot[k], 1) - d['expected'][k]) > 0.051: err(d['id'], 'day sum', k, d['expected'][k], round(tot[k], 1))
if any(locs[l] != 10 for l in LOCS): err('locale counts', dict(locs))
print(f, n, 'days checked', dict(locs))
print('errors:', errs)
sys.exit(1 if errs else 0)
