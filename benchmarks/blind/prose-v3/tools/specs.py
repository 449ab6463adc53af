# hand-coded specs (see build.py / engine.py for the markup); one module per locale
LIB = {}
from specs_us import US
from specs_gb import GB
from specs_au import AU
from specs_ca import CA
DAYS = US + GB + AU + CA
