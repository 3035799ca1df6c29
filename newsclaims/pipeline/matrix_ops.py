"""Which matrix library the model's layers multiply with: numpy's BLAS, one thread, instead of blis.

thinc's `NumpyOps` multiplies with blis. On the machine the project is measured on (an AMD EPYC, Zen 4,
AVX-512) blis runs a float32 product of the shapes en_core_web_sm uses (some hundred tokens by 288 by 288)
at about 15 GFLOPS, numpy's OpenBLAS at about 45 on one thread: the model's matrix products were a fifth of
a newsclaims run's time. `NumpyOps(use_blis=False)` is thinc's own switch to numpy's `dot`; the parser's
and NER's inner loop (Cython, `ops.cblas()`) keeps blis either way. The products differ from blis's in the
last bits of a float (the order of the additions), which can tip a decision only where two scores tie to
7 digits: on the 28 corpus articles and 300 dev-news stories the entities, tags and parses are the same.

OpenBLAS starts a thread per core; newsclaims' parallelism is processes (`--jobs`), so its BLAS runs on one
thread (threadpoolctl), as blis does. Without threadpoolctl (not installed) the model keeps blis.
NEWSCLAIMS_MATMUL=blis keeps blis too (spaCy's default, for comparisons).
"""

import os

from spacy.language import Language
from thinc.api import NumpyOps

MATMUL_CHOICES = ("numpy", "blis")


def use_numpy_matmul(nlp: Language) -> bool:
    """Make the layers of `nlp`'s models multiply with numpy (one BLAS thread); whether they now do."""
    choice = os.environ.get("NEWSCLAIMS_MATMUL") or "numpy"
    if choice not in MATMUL_CHOICES:
        raise ValueError(f"NEWSCLAIMS_MATMUL must be one of {MATMUL_CHOICES}, not {choice!r}")
    if choice == "blis":
        return False
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return False
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    changed = False
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if isinstance(layer.ops, NumpyOps):  # a GPU's ops stay as they are
                layer.ops = ops
                changed = True
    return changed
