"""Showing one extraction in context: spaCy's displaCy with people, roles, numbers and proposals marked."""
from __future__ import annotations

from typing import Any

COLORS = {"PERSON": "#f6ad55", "ROLE": "#90cdf4", "NUMBER": "#9ae6b4", "PROPOSAL": "#fbb6ce"}


def spans_for_display(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Non-overlapping labelled spans (displaCy cannot nest): people and roles first, then numbers,
    then the trigger-to-end span of each proposal where nothing else is marked."""
    candidates: list[tuple[int, int, str]] = []
    for p in doc.get("people", []):
        candidates += [(m["start"], m["end"], "PERSON") for m in p["mentions"]]
        candidates += [(r["start"], r["end"], "ROLE") for r in p["roles"]]
    candidates += [(n["start"], n["end"], "NUMBER") for n in doc.get("numbers", [])]
    candidates += [(q["start"], q["end"], "PROPOSAL") for q in doc.get("proposals", [])]
    taken: list[tuple[int, int]] = []
    out = []
    for start, end, label in candidates:
        if end > start and all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            out.append({"start": start, "end": end, "label": label})
    return sorted(out, key=lambda s: s["start"])


def render_document(doc: dict[str, Any], text: str) -> str:
    """HTML of the text with its extraction highlighted (spaCy displaCy, manual mode)."""
    from spacy import displacy

    data = {"text": text, "ents": spans_for_display(doc), "title": doc.get("title") or doc.get("id")}
    return displacy.render(data, style="ent", manual=True, jupyter=False, options={"colors": COLORS})
