"""The reference engine: the rules run on Python objects, unit by unit.

:class:`ReferenceEngine` decides targets; :class:`Aggregator` gives it roll-ups. The
dataframe engine (:mod:`cchc_model.engines.frame`) is tested against it.
"""

from .aggregation import Aggregator
from .engine import ReferenceEngine, codes_under

__all__ = ["Aggregator", "ReferenceEngine", "codes_under"]
