"""Portion spec -> grams -> nutrients (FNDDS 2021-2023, via fndds.json from build_cache.py)."""
import json, os
F = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fndds.json')))
KEYS = ['energy_kcal', 'magnesium_mg', 'potassium_mg', 'calcium_mg', 'sodium_mg']
FLOZ = 29.5735

def portion(code, desc):
    ps = F[code].get('p', [])
    for d, g in ps:
        if d == desc: return g
    m = [(d, g) for d, g in ps if d.startswith(desc)]
    if len(m) == 1: return m[0][1]
    raise KeyError(f'{code} {F[code]["desc"]}: portion {desc!r} not found in {ps}')

def density(code):
    """g per ml from the food's own 1 fl oz or 1 cup portion."""
    ps = dict(F[code].get('p', []))
    for k in ('1 fl oz', '1 fl oz (no ice)'):
        if k in ps: return ps[k] / FLOZ
    for d, g in F[code].get('p', []):
        if d.startswith('1 cup'): return g / (8 * FLOZ)
    raise KeyError(f'{code}: no volume portion')

def grams(code, spec):
    """spec: number (grams as stated) | ('p', portion, mult) | ('ml', ml) | ('floz', n) | ('qns', mult)."""
    if isinstance(spec, (int, float)): return float(spec), f'{spec} g'
    k = spec[0]
    if k == 'p':
        g = portion(code, spec[1]) * spec[2]
        return g, f'{spec[2]:g} x {spec[1]} ({portion(code, spec[1]):g} g)'
    if k == 'qns':
        m = spec[1] if len(spec) > 1 else 1
        return portion(code, 'Quantity not specified') * m, f'{m:g} x Quantity not specified ({portion(code, "Quantity not specified"):g} g)'
    if k == 'ml':
        return spec[1] * density(code), f'{spec[1]:g} ml x {density(code):.4f} g/ml'
    if k == 'floz':
        return spec[1] * FLOZ * density(code), f'{spec[1]:g} fl oz x {density(code) * FLOZ:.2f} g/fl oz'
    raise ValueError(spec)

def nutrients(ref):
    out = {k: 0.0 for k in KEYS}
    for r in ref:
        n = F[r['fndds_code']]['n']
        for k in KEYS: out[k] += n[k] * r['grams'] / 100
    return {k: round(v, 1) for k, v in out.items()}

def make_ref(comps):
    ref, notes = [], []
    for c in comps:
        code, spec = c[0], c[1]
        g, how = grams(code, spec)
        g = round(g, 1)
        ref.append({'fndds_code': code, 'description': F[code]['desc'], 'grams': g})
        notes.append(f'{F[code]["desc"]}: {how} = {g:g} g')
    return ref, notes
