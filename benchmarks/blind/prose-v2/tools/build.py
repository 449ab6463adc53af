"""specs.py -> days.jsonl. Markup in day text: [item text|spec] food item; <supp text|k=v,k=v;note> supplement.
spec = LIB key or 'code*grams+code*grams'."""
import json, re, sys
from specs import LIB, DAYS
F = json.load(open('fndds.json'))
K = ['energy_kcal', 'magnesium_mg', 'potassium_mg', 'calcium_mg', 'sodium_mg']
SK = {'mg': 'magnesium_mg', 'ca': 'calcium_mg', 'k': 'potassium_mg', 'na': 'sodium_mg', 'd': 'vitamin_d_ug',
      'b12': 'vitamin_b12_ug', 'b1': 'thiamin_mg', 'fe': 'iron_mg', 'zn': 'zinc_mg'}
def comps(spec):
    spec = '+'.join(LIB.get(p.strip(), p.strip()) for p in spec.split('+'))
    out = []
    for p in spec.split('+'):
        c, g = p.split('*')
        out.append({'fndds_code': c, 'description': F[c]['desc'], 'grams': float(g)})
    return out
def nut(refs):
    return {k: round(sum(F[r['fndds_code']]['n'][k] * r['grams'] / 100 for r in refs), 1) for k in K}
def addd(a, b):
    for k, v in b.items(): a[k] = round(a.get(k, 0) + v, 1)
    return a
rx = re.compile(r'\[([^\]|]+)\|([^\]]+)\]|<([^>|]+)\|([^>]*)>')
def build(d):
    items, sups = [], []
    def rep(m):
        if m.group(1):
            refs = comps(m.group(2).strip())
            items.append({'text': m.group(1), 'ref': refs, 'expected': nut(refs)})
            return m.group(1)
        t, s = m.group(3), m.group(4)
        note = None
        if ';' in s: s, note = s.split(';', 1)
        n = {}
        for kv in filter(None, s.split(',')):
            k, v = kv.split('=')
            v = float(v); n[SK[k.strip()]] = int(v) if v == int(v) and k.strip() != 'd' else v
        e = {'text': t, 'nutrients': n}
        if note: e['note'] = note.strip()
        sups.append(e)
        return t
    text = rx.sub(rep, d['text'].strip())
    ef = {k: 0.0 for k in K}
    for it in items: addd(ef, it['expected'])
    es = {}
    for s in sups: addd(es, s['nutrients'])
    et = addd(addd({}, ef), es)
    o = {'id': d['id'], 'locale': d['locale'], 'style': 'prose', 'text': text, 'items': items,
         'supplements': sups, 'expected_food': ef, 'expected_supplements': es, 'expected': ef,
         'expected_total': et}
    if d.get('note'): o['note'] = d['note']
    return o
with open(sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl', 'w') as f:
    for d in DAYS: f.write(json.dumps(build(d)) + '\n')
print(len(DAYS))
