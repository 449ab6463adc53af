"""FNDDS 2021-2023 At A Glance xlsx -> fndds.json (codes, descriptions, 5 nutrients per 100 g, portions)."""
import json, openpyxl, sys
D = '/work/shared/data/fndds-2021-2023/2021-2023 FNDDS At A Glance - '
def rows(name):
    wb = openpyxl.load_workbook(D + name + '.xlsx', read_only=True)
    ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    next(it); hdr = [str(h).strip() if h is not None else '' for h in next(it)]
    for r in it:
        if r[0] is None: continue
        yield dict(zip(hdr, r))
foods = {}
for r in rows('Foods and Beverages'):
    foods[str(r['Food code'])] = {'desc': r['Main food description'], 'add': r.get('Additional food description') or '', 'cat': r.get('WWEIA Category description') or ''}
KEYS = {'energy_kcal': 'Energy (kcal)', 'magnesium_mg': 'Magnesium (mg)', 'potassium_mg': 'Potassium (mg)', 'calcium_mg': 'Calcium (mg)', 'sodium_mg': 'Sodium (mg)'}
for r in rows('FNDDS Nutrient Values'):
    c = str(r['Food code'])
    if c in foods:
        foods[c]['n'] = {k: float(r[v]) for k, v in KEYS.items()}
for r in rows('Portions and Weights'):
    c = str(r['Food code'])
    if c in foods:
        foods[c].setdefault('p', []).append([r['Portion description'], float(r['Portion weight\n(g)'] if 'Portion weight\n(g)' in r else r['Portion weight (g)'])])
json.dump(foods, open('fndds.json', 'w'))
print(len(foods), sum('n' in f for f in foods.values()))
