"""List day fragments (food items and supplements) with difflib ratio >= 0.8 to any earlier blind item text
or day fragment (the check validate.py reports), with the closest earlier text."""
import json, glob, difflib, sys
old = set()
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        o = json.loads(l)
        if 'items' in o:
            for x in o['items'] + o.get('supplements', []): old.add(x['text'].lower())
        else: old.add(o['text'].lower())
old = list(old)
def best(t):
    t = t.lower(); b, bt = 0, None
    for o in old:
        sm = difflib.SequenceMatcher(None, t, o)
        if sm.real_quick_ratio() <= b or sm.quick_ratio() <= b: continue
        r = sm.ratio()
        if r > b: b, bt = r, o
    return b, bt
def main():
  n = 0
  for l in open(sys.argv[1] if len(sys.argv) > 1 else 'days.jsonl'):
    d = json.loads(l)
    for x in d['items'] + d['supplements']:
        r, t = best(x['text'])
        if r >= 0.8: n += 1; print(d['id'], repr(x['text']), '~', repr(t), round(r, 2))
  print('close', n)
if __name__ == '__main__': main()
