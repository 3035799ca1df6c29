"""Number knowledge, on the ground floor: what news writes for numbers, scales and currencies.

One table per fact, read by the pipeline (to find and normalize amounts) *and* by the checker (to tell
which scale word a figure was written with): `scales.json` (million, mln, bn, crore...), `number_words.json`
(forty, half, dozen), `currencies.json` (symbols, words, codes, minor units), `dateline_currencies.json` (what
a dateline city says about '$' or 'francs'). `numerals` reads a written number; `scales` names a scale word.
Imports nothing of ours but `newsclaims.tables`.
"""
