"""Yardsticks: scores against gold (spans, claims, findings) and error injection. Used by `make eval`,
`scripts/` and the tests; not part of the installed package (it lives beside `newsclaims/`, not in it)."""
