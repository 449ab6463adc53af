LIB = {}
from specs_us import US
from specs_gb import GB
from specs_au import AU
from specs_ca import CA
DAYS = US + GB + AU + CA
