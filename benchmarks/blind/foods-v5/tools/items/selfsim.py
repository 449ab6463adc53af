"""Gate: no two foods-v5 item texts score >= 0.8 (difflib ratio, lower case) against each other."""
import json, difflib, sys
T = [(json.loads(l)['id'], json.loads(l)['text'].lower()) for l in open(sys.argv[1])]
bad = 0
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        r = difflib.SequenceMatcher(None, T[i][1], T[j][1]).ratio()
        if r >= 0.8: bad += 1; print(T[i], T[j], round(r, 2))
print('self pairs >= 0.8:', bad)
