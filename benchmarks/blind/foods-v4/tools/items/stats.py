"""Counts for the README (items only; foods-v4 has no days)."""
import json, collections
I = [json.loads(l) for l in open('items.jsonl')]
print('items', len(I), dict(collections.Counter(x['locale'] for x in I)))
print('tags', collections.Counter(t for x in I for t in x['category'].split(',')).most_common())
print('primary tag', collections.Counter(x['category'].split(',')[0] for x in I).most_common())
print('multi-component', sum(len(x['ref']) > 1 for x in I), 'distinct codes', len({r['fndds_code'] for x in I for r in x['ref']}))
