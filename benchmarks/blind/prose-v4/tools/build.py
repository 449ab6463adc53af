"""specs.py -> days.jsonl. Markup in a day's text:
  [item text|SPEC;optional reason]   food item (SPEC: see engine.py, or a LIB key; components joined by '+')
  <supp text|k=v,k=v;optional note>  supplement (k: mg ca k na d(ug) b12(ug) b1 fe zn); '<text|;note>' = {} unknown
Everything is computed from FNDDS (fndds.json made by build_cache.py)."""
import json, re, sys
from engine import refs, nut, K
from specs import LIB, DAYS
SK = {'mg': 'magnesium_mg', 'ca': 'calcium_mg', 'k': 'potassium_mg', 'na': 'sodium_mg', 'd': 'vitamin_d_ug',
      'b12': 'vitamin_b12_ug', 'b1': 'thiamin_mg', 'fe': 'iron_mg', 'zn': 'zinc_mg'}
rx = re.compile(r'\[([^\]|]+)\|([^\]]+)\]|<([^>|]+)\|([^>]*)>')
def addd(a, b):
    for k, v in b.items(): a[k] = round(a.get(k, 0) + v, 1)
    return a
def build(d):
    items, sups = [], []
    def rep(m):
        if m.group(1):
            spec, why = m.group(2), None
            if ';' in spec: spec, why = spec.split(';', 1)
            try:
                rs, der = refs(spec, LIB)
            except Exception as e:
                sys.exit(f'{d["id"]}: {m.group(1)!r}: {e}')
            it = {'text': m.group(1), 'ref': rs, 'expected': nut(rs), 'note': der + ('. ' + why.strip() if why else '')}
            items.append(it)
            return m.group(1)
        t, s = m.group(3), m.group(4)
        note = None
        if ';' in s: s, note = s.split(';', 1)
        n = {}
        for kv in filter(None, s.split(',')):
            k, v = kv.split('='); k = k.strip()
            v = float(v); n[SK[k]] = int(v) if v == int(v) and k != 'd' else v
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
out = [build(d) for d in DAYS]
with open(sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'days,', sum(len(o['items']) for o in out), 'items')
