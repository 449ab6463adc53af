import json, collections
days = [json.loads(l) for l in open('days.jsonl')]
loc = collections.Counter(d['locale'] for d in days)
codes = {r['fndds_code'] for d in days for it in d['items'] for r in it['ref']}
frag = sum(len(d['items']) for d in days)
sup = [s for d in days for s in d['supplements']]
print('days', len(days), dict(loc), 'fragments', frag, 'codes', len(codes))
print('items per day', min(len(d['items']) for d in days), max(len(d['items']) for d in days))
print('days with supplements', sum(1 for d in days if d['supplements']), 'supplement entries', len(sup),
      'empty-nutrient entries', sum(1 for s in sup if not s['nutrients']))
print('keys', collections.Counter(k for s in sup for k in s['nutrients']))
