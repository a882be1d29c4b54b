"""Old module paths that still import, with a :class:`DeprecationWarning`.

The package's modules moved into layers (``model/``, ``io/``, ``indices/``, ``rules/``,
``engines/``); ``import cchc_model.targets`` keeps working and gives a module that
forwards every name to ``cchc_model.model.targets``.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

__all__ = ["MOVED", "install"]

#: Old module path → the module that holds its names now.
MOVED = {
    "cchc_model.aggregation": "cchc_model.engines.reference.aggregation",
    "cchc_model.areas": "cchc_model.model.areas",
    "cchc_model.catalogues": "cchc_model.indices.catalogues",
    "cchc_model.conformance": "cchc_model.model.conformance",
    "cchc_model.entailment": "cchc_model.model.entailment",
    "cchc_model.indicators": "cchc_model.model.indicators",
    "cchc_model.jurisdictions": "cchc_model.model.jurisdictions",
    "cchc_model.observations": "cchc_model.io.observations",
    "cchc_model.periods": "cchc_model.model.periods",
    "cchc_model.plans": "cchc_model.model.plans",
    "cchc_model.schema": "cchc_model.io.schema",
    "cchc_model.scoring": "cchc_model.indices.scoring",
    "cchc_model.serialization": "cchc_model.io.serialization",
    "cchc_model.targets": "cchc_model.model.targets",
    "cchc_model.units": "cchc_model.model.units",
}


class _Forwarding(types.ModuleType):
    """A module whose names are those of the module it moved to."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name)
        self.__target = target

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module(self.__target), name)

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__target))


class _Finder:
    """A meta path finder and loader (the import system asks only for these methods;
    ``importlib.abc`` would cost ``import cchc_model`` a fifth of its time)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.machinery.ModuleSpec(fullname, cast("Loader", self))

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        new = MOVED[spec.name]
        warnings.warn(
            f"{spec.name} moved to {new}; import from {new} or from cchc_model",
            DeprecationWarning,
            stacklevel=2,
        )
        return _Forwarding(spec.name, new)

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: the names are read from the new module."""


def install() -> None:
    """Let the old module paths import (once per process)."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.append(_Finder())
