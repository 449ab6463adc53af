"""Counts for the README (foods-v5 items)."""
import json, collections, sys
I = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else '../items.jsonl')]
print('items', len(I), dict(collections.Counter(x['locale'] for x in I)))
print('primary tag', collections.Counter(x['category'].split(',')[0] for x in I).most_common())
print('all tags', collections.Counter(t for x in I for t in x['category'].split(',')).most_common())
print('multi-component', sum(len(x['ref']) > 1 for x in I), 'distinct codes', len({r['fndds_code'] for x in I for r in x['ref']}))
print('QNS items', sum('Quantity not specified' in x['note'] for x in I))
print('hard (regional or typo tag)', sum(bool({'regional', 'typo'} & set(x['category'].split(','))) for x in I))
print('approximation notes', sum(('approximation' in x['note']) or ('->' in x['note']) for x in I))
import items_v5 as S
print('items with a gram weight given directly (stated or label)', sum(any(isinstance(sp, (int, float)) for c, sp in it[3]) for it in S.ITEMS))
print('items with a volume (ml / fl oz x FNDDS density)', sum(any(isinstance(sp, tuple) and sp[0] in ('ml', 'floz') for c, sp in it[3]) for it in S.ITEMS))
