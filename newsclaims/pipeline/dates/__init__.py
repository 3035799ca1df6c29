"""Date mentions: find them in a Doc (`find`), read what a date phrase says (`reading`), place it on the
calendar against the publication date (`calendar`), and find the date an article states about itself
(`anchor`). Words: `rules/dates.json`.
"""
