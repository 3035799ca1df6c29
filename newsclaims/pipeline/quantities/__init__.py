"""Money and percent mentions: find them in a Doc (`find`) and read their values (`money`, `percent`).

`lexicon` splits a quantity phrase into typed pieces from the tables, `grammar` reads their shape,
`percent_kind` tells a level from a change, `rates` reads the unit after an amount ('a share'), `ellipsis`
reads amounts whose currency came just before ('946 mln dlrs from 148 mln'). `candidate` is the record a
found quantity travels in before it becomes a contract Mention. Words: `rules/*.json` here and `numbers/`.
"""
