"""Draft helper: turn a search query in a draft spec into a code (first-ranked hit whose portion exists).
Used only while drafting; items_v5.py holds frozen 8-digit codes."""
import json, re
from engine import F, portion
def rank(q):
    if re.fullmatch(r'\d{8}', q): return [q]
    if q.startswith('='):
        return [c for c, f in F.items() if f['desc'].lower() == q[1:].lower()]
    ws = q.lower().split('+')
    hits = [c for c, f in F.items() if all(w in (f['desc'] + ' ' + f['add']).lower() for w in ws)]
    return sorted(hits, key=lambda c: (not all(w in F[c]['desc'].lower() for w in ws), len(F[c]['desc'])))
def resolve(q, spec):
    for c in rank(q):
        try:
            if isinstance(spec, tuple) and spec[0] == 'p': portion(c, spec[1])
            if isinstance(spec, tuple) and spec[0] == 'qns': portion(c, 'Quantity not specified')
            if isinstance(spec, tuple) and spec[0] in ('ml', 'floz'):
                from engine import density; density(c)
            return c
        except KeyError: continue
    raise KeyError(f'no code for {q!r} {spec}')
