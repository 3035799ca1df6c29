"""The spaCy side: text -> mentions -> claims.

`component` is the `newsclaims` spaCy component and `model` loads the pipeline it runs in; `doc_results` is what
the component leaves on a Doc (plain data spaCy can serialize); `article` turns a processed Doc into the
contract's `ArticleResult`. The finders are sub-packages named after what they find,
each with its words as data in its own `rules/`:
- `quantities/`: money and percent mentions (lexicon, grammar, normalizers, rates, elliptical amounts);
- `dates/`: date mentions, what a date phrase says, where it falls on the calendar, the article's own date;
- `orgs/`: organization mentions and which names are one organization;
- `claims/`: what each quantity asserts (holder, attribute, kind, time, certainty).
Shared by them: `annotations` (what a Doc carries), `coverage` (characters already taken), `dateline`.
"""
