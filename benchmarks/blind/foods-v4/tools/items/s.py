"""Look-up helper used while coding: python3 s.py "word+word" ... (all words in main+additional description); shows portions."""
import json,sys
F=json.load(open('fndds.json'))
for q in sys.argv[1:]:
    ws=q.lower().split('+')
    hits=[(c,f) for c,f in F.items() if all(w in (f['desc']+' '+f['add']).lower() for w in ws)]
    print('##',q,len(hits))
    for c,f in hits[:int(__import__("os").environ.get("N","6"))]:
        print(' ',c,f["desc"][:60],'|',f["add"][:40].replace('\n',' '),'|',';'.join(p[0][:20]+'='+format(p[1],'g') for p in f.get('p',[])[:10]))
