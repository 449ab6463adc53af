"""Spec helpers for foods-v5-days (same spec shapes as foods-v3/v4: see engine.grams).
A food is an 8-digit FNDDS code, or while drafting a query '~regex' on the main description
(anchored at the start; first hit in code order) that freeze.py replaces by the frozen code."""
import json, os, re
_F = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fndds.json')))
def R(c):
    if not c.startswith('~'): return c
    rx = re.compile(c[1:], re.I)
    hits = [k for k, f in _F.items() if rx.match(f['desc'])]
    if not hits: return 'NOHIT' + c
    return hits[0]
def P(c, d, m=1): return (R(c), ('p', d, m))
def G(c, g): return (R(c), g)
def ML(c, ml): return (R(c), ('ml', ml))
def FZ(c, n): return (R(c), ('floz', n))
def Q(c, m=1): return (R(c), ('qns', m))
TEA, COF, M2, MN, SUG, BUT = '92302000', '92101000', '11112110', '11100000', '91101010', '81101000'
def tea(milk=M2, sug=0): return [Q(TEA), G(milk, 30)] + ([G(SUG, 4.2 * sug)] if sug else [])
def cof(milk=M2, sug=0): return [Q(COF), G(milk, 30)] + ([G(SUG, 4.2 * sug)] if sug else [])
def butter(n=1): return P(BUT, 'Guideline amount per slic', n)
US, GB, AU, CA = 'en-US', 'en-GB', 'en-AU', 'en-CA'
