"""Counts for the README."""
import json, collections
days = [json.loads(l) for l in open('days.jsonl')]
loc = collections.Counter(d['locale'] for d in days)
codes = {r['fndds_code'] for d in days for it in d['items'] for r in it['ref']}
frag = sum(len(d['items']) for d in days)
multi = sum(1 for d in days for it in d['items'] if len(it['ref']) > 1)
sup = [s for d in days for s in d['supplements']]
print('days', len(days), dict(loc), 'food items', frag, 'multi-component items', multi, 'distinct codes', len(codes))
print('items per day', min(len(d['items']) for d in days), '-', max(len(d['items']) for d in days))
print('days with supplements', sum(1 for d in days if d['supplements']), 'entries', len(sup),
      'empty-nutrient entries', sum(1 for s in sup if not s['nutrients']))
print('supplement keys', dict(collections.Counter(k for s in sup for k in s['nutrients'])))
print('per locale days with supplements', dict(collections.Counter(d['locale'] for d in days if d['supplements'])))
