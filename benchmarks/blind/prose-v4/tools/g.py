"""coder's FNDDS look-up by substring (description | additional description)"""
import json,sys
F=json.load(open('/work/blind-new/prose-v4/tools/fndds.json'))
for w in sys.argv[1:]:
    h=[(c,f['desc']) for c,f in F.items() if w.lower() in (f['desc']+' | '+(f['add'] or '')).lower()]
    print('==',w,len(h)); [print('  ',c,d,'|',(F[c]['add'] or '')[:50],'|',[p[0]+'='+str(p[1]) for p in F[c]['portions'][:5]]) for c,d in h[:6]]
