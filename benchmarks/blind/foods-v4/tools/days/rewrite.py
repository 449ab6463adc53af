"""rewrite.py REWRITES.py: apply fragment rewrites {day_id: [(old, new), ...]} to the spec modules
(day text and fragment tuple), keeping fragment order. Coding aid used after the similarity pass."""
import sys, json, importlib, re
MODS = ['days_us', 'days_gb', 'days_au', 'days_ca']
RW = {}
exec(open(sys.argv[1]).read(), {}, RW)
RW = RW['RW']
for mi, m in enumerate(MODS):
    src = open(m + '.py').read()
    M = importlib.import_module(m)
    for di, (loc, text, parts, note) in enumerate(M.DAYS):
        did = f'v4d{mi * 10 + di + 1:02d}'
        if did not in RW: continue
        frags = [t for t, _ in parts]
        # split text into [gap, frag, gap, frag, ...]
        pieces, pos = [], 0
        for t in frags:
            j = text.find(t, pos); pieces.append(text[pos:j]); pieces.append(t); pos = j + len(t)
        tail = text[pos:]
        newfr = list(frags)
        for old, new in RW[did]:
            k = newfr.index(old); newfr[k] = new
        newtext = ''.join(pieces[i] if i % 2 == 0 else newfr[i // 2] for i in range(len(pieces))) + tail
        lit_old = json.dumps(text, ensure_ascii=False); lit_new = json.dumps(newtext, ensure_ascii=False)
        assert src.count(lit_old) == 1, (did, lit_old)
        start = src.index(lit_old)
        end = src.find('\n(', start + 1)
        end = len(src) if end < 0 else end
        block = src[start:end].replace(lit_old, lit_new, 1)
        for old, new in RW[did]:
            o = '(' + json.dumps(old, ensure_ascii=False) + ','
            assert o in block, (did, o)
            block = block.replace(o, '(' + json.dumps(new, ensure_ascii=False) + ',', 1)
        src = src[:start] + block + src[end:]
    open(m + '.py', 'w').write(src)
print('applied')
