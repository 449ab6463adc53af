"""Look-up helper used while coding: python3 q.py "word+word" ... -> top hits (main desc first) with portions."""
import json,sys,os
F=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'fndds.json')))
N=int(os.environ.get('N','4'))
for q in sys.argv[1:]:
    ws=q.lower().split('+')
    hits=[c for c,f in F.items() if all(w in (f['desc']+' '+f['add']).lower() for w in ws)]
    hits.sort(key=lambda c:(not all(w in F[c]['desc'].lower() for w in ws),len(F[c]['desc'])))
    print('##',q,len(hits))
    for c in hits[:N]:
        f=F[c]; print(' ',c,f['desc'][:70],'|',';'.join(p[0][:22]+'='+format(p[1],'g') for p in f.get('p',[])[:9]))
