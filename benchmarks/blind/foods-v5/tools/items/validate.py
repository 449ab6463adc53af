"""Validate foods-v5 JSONL against the FNDDS xlsx directly (independent of fndds.json).
Checks: valid JSON lines, unique ids, locales, category tags, every fndds_code exists with the same
main description, grams > 0, every expected value recomputed (sum per-100 g x grams / 100, 0.1),
day items' text occurs verbatim (in order) in the day text, day expected = sum of item expected."""
import json, sys, openpyxl
D = '/work/shared/data/fndds-2021-2023/2021-2023 FNDDS At A Glance - '
KEYS = {'energy_kcal': 'Energy (kcal)', 'magnesium_mg': 'Magnesium (mg)', 'potassium_mg': 'Potassium (mg)', 'calcium_mg': 'Calcium (mg)', 'sodium_mg': 'Sodium (mg)'}
TAGS = {'plain', 'drink', 'dish', 'sandwich', 'fastfood', 'brand', 'regional', 'snack', 'typo'}
LOCS = {'en-US', 'en-GB', 'en-AU', 'en-CA'}
def sheet(name):
    it = openpyxl.load_workbook(D + name + '.xlsx', read_only=True).worksheets[0].iter_rows(values_only=True)
    next(it); hdr = list(next(it))
    return [dict(zip(hdr, r)) for r in it if r[0] is not None]
desc = {str(r['Food code']): r['Main food description'] for r in sheet('Foods and Beverages')}
nut = {str(r['Food code']): {k: float(r[v]) for k, v in KEYS.items()} for r in sheet('FNDDS Nutrient Values')}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERROR', *a)
def check_ref(id_, ref, exp):
    if not ref: err(id_, 'empty ref')
    tot = {k: 0.0 for k in KEYS}
    for r in ref:
        c = r['fndds_code']
        if c not in desc: err(id_, 'unknown code', c); continue
        if desc[c] != r['description']: err(id_, 'description mismatch', c, r['description'], '!=', desc[c])
        if not r['grams'] > 0: err(id_, 'grams', r)
        for k in KEYS: tot[k] += nut[c][k] * r['grams'] / 100
    for k in KEYS:
        if abs(round(tot[k], 1) - exp[k]) > 0.051: err(id_, k, exp[k], '!=', round(tot[k], 1))
for f in sys.argv[1:]:
    ids = set(); n = 0
    for ln, line in enumerate(open(f), 1):
        d = json.loads(line); n += 1
        if d['id'] in ids: err('dup id', d['id'])
        ids.add(d['id'])
        if d['locale'] not in LOCS: err(d['id'], 'locale')
        if 'items' in d:
            if d.get('style') != 'list': err(d['id'], 'style')
            pos = 0; tot = {k: 0.0 for k in KEYS}
            for it in d['items']:
                j = d['text'].find(it['text'], pos)
                if j < 0: err(d['id'], 'fragment not verbatim/in order', it['text'])
                else: pos = j + len(it['text'])
                check_ref(d['id'], it['ref'], it['expected'])
                for k in KEYS: tot[k] += it['expected'][k]
            for k in KEYS:
                if abs(round(tot[k], 1) - d['expected'][k]) > 0.051: err(d['id'], 'day sum', k)
        else:
            if not set(d['category'].split(',')) <= TAGS: err(d['id'], 'category', d['category'])
            if not d.get('note'): err(d['id'], 'no note')
            check_ref(d['id'], d['ref'], d['expected'])
    print(f, n, 'lines checked')
print('errors:', errs)
sys.exit(1 if errs else 0)
