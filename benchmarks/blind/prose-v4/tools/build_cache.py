"""xlsx -> fndds.json: {code: {desc, n:{5 nutrients per 100g}, portions:[[desc, grams],...]}}"""
import json, openpyxl
D = '/work/shared/data/fndds-2021-2023/2021-2023 FNDDS At A Glance - '
def rows(name):
    wb = openpyxl.load_workbook(D + name + '.xlsx', read_only=True)
    ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    next(it); hdr = next(it)
    return hdr, it
out = {}
hdr, it = rows('Foods and Beverages')
print(hdr)
for r in it:
    if r[0] is None: continue
    out[str(r[0])] = {'desc': r[1], 'add': r[2], 'n': {}, 'portions': []}
hdr, it = rows('FNDDS Nutrient Values')
print(hdr[:12])
want = {'energy_kcal': 'Energy (kcal)', 'magnesium_mg': 'Magnesium (mg)', 'potassium_mg': 'Potassium (mg)',
        'calcium_mg': 'Calcium (mg)', 'sodium_mg': 'Sodium (mg)'}
idx = {k: hdr.index(v) for k, v in want.items()}
for r in it:
    if r[0] is None: continue
    c = str(r[0])
    if c in out: out[c]['n'] = {k: float(r[i]) for k, i in idx.items()}
hdr, it = rows('Portions and Weights')
print(hdr)
for r in it:
    if r[0] is None: continue
    c = str(r[0])
    if c in out: out[c]['portions'].append([r[5], float(r[6])])
json.dump(out, open('/work/blind-new/prose-v4/tools/fndds.json', 'w'))
print(len(out))
