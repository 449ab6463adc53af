"""Counts for the README (from days.jsonl)."""
import json, collections
D = [json.loads(l) for l in open('../days.jsonl')]
print('days', len(D), dict(collections.Counter(d['locale'] for d in D)))
n = [len(d['items']) for d in D]
print('fragments', sum(n), 'per day min/max/mean', min(n), max(n), round(sum(n) / len(n), 1))
print('fragments per locale', {l: sum(len(d['items']) for d in D if d['locale'] == l) for l in ['en-US', 'en-GB', 'en-AU', 'en-CA']})
codes = collections.Counter(r['fndds_code'] for d in D for it in d['items'] for r in it['ref'])
print('distinct codes', len(codes), 'components', sum(codes.values()))
print('multi-component fragments', sum(len(it['ref']) > 1 for d in D for it in d['items']))
der = [x for d in D for x in d['note'].split(' Derivation: ')[1].split(' | ')]
print('fragments with a QNS component', sum('Quantity not specified' in x for x in der))
import re
print('fragments with a stated/label gram weight', sum(bool(re.search(r': \d+(\.\d+)? g = ', x)) for x in der))
print('fragments with a volume (ml / fl oz)', sum((' ml x ' in x or ' fl oz x ' in x) for x in der))
print('day with labels (breakfast/lunch/...)', sum(any(w in d['text'].lower() for w in ('breakfast', 'lunch', 'dinner', 'brekkie', 'tea -', 'snack:')) for d in D),
      'with line breaks', sum('\n' in d['text'] for d in D), 'with semicolons', sum(';' in d['text'] for d in D))
e = sorted(d['expected']['energy_kcal'] for d in D)
print('day energy kcal min/median/max', e[0], e[len(e) // 2], e[-1])
