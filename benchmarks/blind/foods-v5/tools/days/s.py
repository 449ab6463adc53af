import json,sys
F=json.load(open('fndds.json'))
for q in sys.argv[1:]:
    ws=q.lower().split('+')
    hits=[(c,f) for c,f in F.items() if all(w in (f['desc']+' '+f['add']).lower() for w in ws)]
    print('##',q,len(hits),' || '.join(f"{c} {f['desc'][:50]}" for c,f in hits[:5]))
