"""Claims: what a money or percent mention asserts, read from the dependency parse of its sentence.

One module per question a claim answers: `attachment` (what the quantity hangs on), `attribute` (what it
is: 'bridge loan' -> bridge_loan), `kind` (loan, stake, revenue, ...), `holders` (whose it is and what it
is about), `references` (which organization 'it' or 'the company' stands for), `timing` (when, and as what),
`certainty` (how sure, and who says so). `frames.find_claims` asks them in turn, inside the spaCy pass.
"""

from newsclaims.pipeline.claims.frames import ClaimFrame, find_claims

__all__ = ["ClaimFrame", "find_claims"]
