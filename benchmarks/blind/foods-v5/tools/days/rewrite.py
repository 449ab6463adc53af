"""rewrite.py MOD 'RW = {day_index: [(old, new), ...]}': reword fragments in a spec module (day text and
fragment tuple), keeping order. Coding aid used after each similarity pass; rewrites are logged in rewrites.log."""
import sys, json, importlib
m, RW = sys.argv[1], eval(sys.argv[2].split('=', 1)[1])
src = open(m + '.py').read()
M = importlib.import_module(m)
for di, (loc, text, parts, note) in enumerate(M.DAYS):
    if di not in RW: continue
    frags = [t for t, _ in parts]
    pieces, pos = [], 0
    for t in frags:
        j = text.find(t, pos); pieces.append(text[pos:j]); pieces.append(t); pos = j + len(t)
    tail = text[pos:]
    newfr = list(frags)
    for old, new in RW[di]:
        newfr[newfr.index(old)] = new
    newtext = ''.join(pieces[i] if i % 2 == 0 else newfr[i // 2] for i in range(len(pieces))) + tail
    lo, ln = json.dumps(text, ensure_ascii=False), json.dumps(newtext, ensure_ascii=False)
    assert src.count(lo) == 1, (di, lo)
    start = src.index(lo); end = src.find('\n(', start + 1); end = len(src) if end < 0 else end
    block = src[start:end].replace(lo, ln, 1)
    for old, new in RW[di]:
        o = '(' + json.dumps(old, ensure_ascii=False) + ','
        assert o in block, (di, o)
        block = block.replace(o, '(' + json.dumps(new, ensure_ascii=False) + ',', 1)
    src = src[:start] + block + src[end:]
open(m + '.py', 'w').write(src)
open('rewrites.log', 'a').write(m + ' ' + repr(RW) + '\n')
print('applied')
