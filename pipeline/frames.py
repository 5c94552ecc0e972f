"""pandas DataFrames from extraction output (a JSON Lines file or a directory of Parquet tables).

One tidy table per entity — documents, people, roles, numbers, proposals, dates, legal_refs,
organizations, locations — with the document's id, province, date and source URL on every row.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .tables import COLUMNS, TABLES, document_rows, read_output

if TYPE_CHECKING:
    import pandas as pd

DOC_COLUMNS = ["province", "date", "event_date", "url"]


def load_frames(path: str | Path, provinces: str = "63") -> dict[str, "pd.DataFrame"]:
    """All tables of an extraction output; provinces="2025" maps each province to its unit after the merger."""
    import pandas as pd

    path = Path(path)
    if path.is_dir():
        missing = [t for t in TABLES if not (path / f"{t}.parquet").exists()]
        if missing:
            raise InputError(f"{path} has no {missing[0]}.parquet: not an extraction output directory")
        frames = {t: pd.read_parquet(path / f"{t}.parquet") for t in TABLES}
    elif path.exists():
        rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        for rec in read_output(path):
            for table, table_rows in document_rows(rec).items():
                rows[table].extend(table_rows)
        frames = {t: pd.DataFrame(rows[t], columns=list(COLUMNS[t])) for t in TABLES}
    else:
        raise InputError(f"no such file or directory: {path}")
    docs = frames["documents"]
    if provinces == "2025":
        docs = docs.assign(province=docs["province"].map(merged_province))
        frames["documents"] = docs
        frames["numbers"] = frames["numbers"].assign(place=frames["numbers"]["place"].map(merged_province))
        frames["roles"] = frames["roles"].assign(role_province=frames["roles"]["role_province"].map(merged_province))
    elif provinces != "63":
        raise InputError(f"unknown province scheme {provinces!r}: use 63 or 2025")
    keyed = docs.set_index("doc_id")[DOC_COLUMNS]
    for table in TABLES:
        if table != "documents":
            frames[table] = frames[table].join(keyed, on="doc_id")
    return frames


def merged_province(name: str | None) -> str | None:
    """The province an old (63-unit) province belongs to since the 2025 merger; other names unchanged."""
    from .resources import load_resources

    if not isinstance(name, str):
        return name
    res = load_resources()
    old = res.provinces_63.get(name)
    return old.merged_into if old else name
