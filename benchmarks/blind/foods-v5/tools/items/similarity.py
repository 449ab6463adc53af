"""Gate: item texts and whole day texts (default). --fragments also lists day fragments (informational).
difflib ratio of every v5 text against every earlier item text, day text and day fragment (ref sets)."""
import json, glob, difflib, sys
old = []
for f in glob.glob('/work/blind-new/ref/*/*.jsonl'):
    for l in open(f):
        d = json.loads(l)
        old.append(d['text'].lower())
        for it in d.get('items', []): old.append(it['text'].lower())
old = sorted(set(old))
bad = 0
FRAG = '--fragments' in sys.argv
sys.argv = [a for a in sys.argv if a != '--fragments']
for f in sys.argv[1:]:
    for l in open(f):
        d = json.loads(l)
        texts = [d['text']] + ([it['text'] for it in d.get('items', [])] if FRAG else [])
        for t in texts:
            best = max(old, key=lambda o: difflib.SequenceMatcher(None, t.lower(), o).ratio())
            r = difflib.SequenceMatcher(None, t.lower(), best).ratio()
            if r >= 0.8:
                bad += 1; print(f"{d['id']}\t{r:.2f}\t{t!r}\t~ {best!r}")
print('pairs >= 0.8:', bad)
