import json,sys,re
F=json.load(open('fndds.json'))
for q in sys.argv[1:]:
    r=re.compile(q,re.I)
    hits=[(c,f) for c,f in F.items() if r.search(f['desc']+' | '+f['add'])]
    print('##',q,len(hits),' || '.join(f"{c} {f['desc'][:60]}" for c,f in hits[:6]))
