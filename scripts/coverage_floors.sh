# The coverage floors CI enforces (sourced by scripts/test.sh and scripts/coverage_core.sh, so
# each number is written once). Line coverage, in percent:
# every line of the pure core is exercised by a test, and the package as a whole at least 95 %.
CORE_FLOOR="${CORE_FLOOR:-100}"
OVERALL_FLOOR="${OVERALL_FLOOR:-95}"
