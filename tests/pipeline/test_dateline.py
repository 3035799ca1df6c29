"""What the article says about ambiguous currencies: dateline city and named family members."""

import pytest

import newsclaims


@pytest.mark.parametrize(
    ("text", "currency", "basis"),
    [
        ("TORONTO, March 3 (Newswire) - Northern Crest sold the unit for $2.1 billion.", "CAD", "context"),
        ("SYDNEY (Reuters) - The miner wrote down $560 million.", "AUD", "context"),
        ("HONG KONG, May 20 (Newswire) - It raised $480 million.", "HKD", "context"),
        ("LONDON, Sept 15 (Newswire) - It raised $480 million.", "USD", "assumed"),
        ("The Toronto-based firm raised $480 million.", "USD", "assumed"),
        ("FIRM SELLS UNIT\n\nWELLINGTON, March 2 - It sold the unit for 11.2 mln dlrs.", "NZD", "context"),
        ("MANILA, March 2 - It lost 448.8 mln pesos.", "PHP", "context"),
        ("It raised 905 mln Swiss francs. Costs were 638 mln francs.", "CHF", "context"),
    ],
)
def test_article_context_sets_ambiguous_currencies(blank_nlp, text, currency, basis):
    mention = newsclaims.extract(text, nlp=blank_nlp).mentions[-1]
    assert (mention.value.currency, mention.value.currency_basis) == (currency, basis)
