"""Look-up helper used while coding: python3 search.py "word+word" ... (matches main + additional descriptions)."""
import json,sys
F=json.load(open('fndds.json'))
for q in sys.argv[1:]:
    ws=q.lower().split('+')
    hits=[(c,f) for c,f in F.items() if all(w in (f['desc']+' '+f['add']).lower() for w in ws)]
    print('##',q,len(hits), ' || '.join(f"{c} {f['desc'][:45]} [{';'.join(p[0][:14]+'='+format(p[1],'g') for p in f.get('p',[])[:4])}]" for c,f in hits[:3]))
