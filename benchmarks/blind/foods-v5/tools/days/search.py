"""Look-up helper used while coding: python3 search.py "word+word" ... (matches main + additional descriptions; prints portions)."""
import json,sys
F=json.load(open('fndds.json'))
N=int(sys.argv[1]) if sys.argv[1].isdigit() else 6
for q in sys.argv[1:]:
    if q.isdigit() and len(q)<8: continue
    if q.isdigit():
        hits=[(q,F[q])]
    else:
        ws=q.lower().split('+')
        hits=[(c,f) for c,f in F.items() if all(w in (f['desc']+' '+f['add']).lower() for w in ws)]
    print('##',q,len(hits))
    for c,f in hits[:N]:
        print(' ',c,f['desc'][:70],'|',f['add'][:60],'|',f['n']['energy_kcal'] if 'n' in f else '')
        print('     ',' ; '.join(p[0][:28]+'='+format(p[1],'g') for p in f.get('p',[])))
