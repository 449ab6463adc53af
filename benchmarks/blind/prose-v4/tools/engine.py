"""portion spec -> refs with grams, derivation text. Component syntax (joined by '+'):
  CODE*G            stated / label weight in grams (G)
  CODE@q[*M]        FNDDS 'Quantity not specified' weight (x M)
  CODE@PORTION[*M]  FNDDS portion description (exact, else unique substring) x M
  CODE%ML           millilitres x the food's own FNDDS density (1 fl oz or 1 cup portion)
  CODE#FLOZ         US fl oz x the food's own FNDDS 1 fl oz weight (or 1 cup / 8)"""
import json
F = json.load(open('/work/blind-new/prose-v4/tools/fndds.json'))
K = ['energy_kcal', 'magnesium_mg', 'potassium_mg', 'calcium_mg', 'sodium_mg']
def portion(c, p):
    ps = F[c]['portions']
    if p == 'q': p = 'Quantity not specified'
    ex = [x for x in ps if x[0] == p]
    if not ex: ex = [x for x in ps if p.lower() in x[0].lower()]
    if len({x[0] for x in ex}) != 1:
        raise ValueError(f'{c} {F[c]["desc"]}: portion {p!r} -> {[x[0] for x in ex]} of {[x[0] for x in ps]}')
    return ex[0]
def floz_g(c):
    ps = dict((d, g) for d, g in F[c]['portions'])
    for d in ('1 fl oz', '1 fl oz (no ice)', '1 fl oz (NFS)'):
        if d in ps: return ps[d], d
    for d in ('1 cup', '1 cup, NFS'):
        if d in ps: return ps[d] / 8, d + ' / 8'
    raise ValueError(f'{c} no density: {list(ps)}')
def comp(s):
    s = s.strip()
    if '@' in s:
        c, p = s.split('@', 1); m = 1.0
        if '*' in p: p, m = p.rsplit('*', 1); m = float(m)
        d, g = portion(c, p.strip())
        grams = round(g * m, 1)
        why = f'{m:g} x {d} ({g:g} g) = {grams:g} g'
    elif '%' in s:
        c, ml = s.split('%'); ml = float(ml)
        g1, d = floz_g(c); dens = g1 / 29.5735
        grams = round(ml * dens, 1)
        why = f'{ml:g} ml x {dens:.4f} g/ml ({d}) = {grams:g} g'
    elif '#' in s:
        c, fl = s.split('#'); fl = float(fl)
        g1, d = floz_g(c)
        grams = round(fl * g1, 1)
        why = f'{fl:g} fl oz x {g1:g} g ({d}) = {grams:g} g'
    else:
        c, g = s.split('*'); grams = float(g)
        why = f'{grams:g} g (stated or label weight)'
    if c not in F: raise ValueError('no code ' + c)
    return {'fndds_code': c, 'description': F[c]['desc'], 'grams': grams}, f'{F[c]["desc"]}: {why}'
def refs(spec, lib):
    parts = []
    for p in spec.split('+'):
        p = p.strip(); parts.extend(lib[p].split('+') if p in lib else [p])
    out, why = [], []
    for p in parts:
        r, w = comp(p); out.append(r); why.append(w)
    return out, '; '.join(why)
def nut(rs):
    return {k: round(sum(F[r['fndds_code']]['n'][k] * r['grams'] / 100 for r in rs), 1) for k in K}
