"""Organization mentions: find them in a Doc (`find`) and tell which names are one organization, with its
`org_id` (`identity`). Words: `rules/orgs.json`.
"""
