"""Spec helpers for days-v4 (same spec shapes as foods-v3: see engine.grams)."""
def P(c, d, m=1): return (c, ('p', d, m))
def G(c, g): return (c, g)
def ML(c, ml): return (c, ('ml', ml))
def FZ(c, n): return (c, ('floz', n))
def Q(c, m=1): return (c, ('qns', m))
TEA, COF, M2, MN, SUG, BUT = '92302000', '92101000', '11112110', '11100000', '91101010', '81101000'
def tea(milk=M2, sug=0): return [Q(TEA), G(milk, 30)] + ([G(SUG, 4.2 * sug)] if sug else [])
def cof(milk=M2, sug=0): return [Q(COF), G(milk, 30)] + ([G(SUG, 4.2 * sug)] if sug else [])
def butter(n=1): return P(BUT, 'Guideline amount per slic', n)
US, GB, AU, CA = 'en-US', 'en-GB', 'en-AU', 'en-CA'
