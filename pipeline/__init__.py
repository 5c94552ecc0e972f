"""vnextract: people, roles, numbers and proposals from Vietnamese government news.

    from vnextract import extract
    doc = extract(text, url=..., province=..., date=...)

Heavy modules (underthesea, spaCy) load on first use, not on import.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["extract", "extract_many", "evaluate", "run_batch", "Document", "VnextractError"]
__version__ = "0.3.0"

if TYPE_CHECKING:
    from .batch import run_batch
    from .errors import VnextractError
    from .scoring import evaluate
    from .extraction import extract, extract_many
    from .schema import Document

_LAZY = {"extract": "extraction", "extract_many": "extraction", "evaluate": "scoring", "run_batch": "batch",
         "Document": "schema", "VnextractError": "errors"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
