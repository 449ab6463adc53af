"""dump_fn.py: fndds.json -> .fn.txt (one line per food: code | description | additional description | kcal | portions), read by q.sh."""
import json
F = json.load(open('fndds.json'))
with open('.fn.txt', 'w') as o:
    for c, f in F.items():
        o.write(f"{c} | {f['desc']} | {f['add'][:150]} | {f['n']['energy_kcal'] if 'n' in f else ''} | " + ' ; '.join(f'{p[0][:30]}={p[1]:g}' for p in f.get('p', [])) + '\n')
