"""Helper used while drafting: how often does each phrase occur in the earlier sets' texts (items, days, fragments)?"""
import json,glob,re,sys
old=[]
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        d=json.loads(l); old.append(d['text'].lower())
        for it in d.get('items',[]): old.append(it['text'].lower())
blob='\n'.join(old)
for p in sys.argv[1:]:
    print(f'{p}={len(re.findall(re.escape(p.lower()),blob))}', end='  ')
print()
