"""freeze.py MOD...: replace every drafting query '~regex' in the spec modules by the 8-digit code it
resolves to (common.R), printing each resolution for review (appended to rewrites.log)."""
import re, sys, json
from common import R, _F
for m in sys.argv[1:]:
    s = open(m + '.py').read()
    def rep(mo):
        q = mo.group(1).replace('\\\\', '\\')
        c = R(q)
        assert not c.startswith('NOHIT'), q
        line = f'{m}: {q!r} -> {c} {_F[c]["desc"]}'
        print(line); open('rewrites.log', 'a').write('freeze ' + line + '\n')
        return "'" + c + "'"
    s = re.sub(r"'(~[^']*)'", rep, s)
    open(m + '.py', 'w').write(s)
