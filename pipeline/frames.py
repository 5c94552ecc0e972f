"""pandas DataFrames from extraction output (a JSON Lines file or a directory of Parquet tables).

One tidy table per entity — documents, people, roles, numbers, proposals, dates, legal_refs,
organizations, locations — with the document's id, province, date and source URL on every row.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .tables import COLUMNS, TABLES, document_rows, read_output

if TYPE_CHECKING:
    import pandas as pd

DOC_COLUMNS = ["province", "date", "event_date", "url"]


def load_frames(path: str | Path, provinces: str = "63", tables: Iterable[str] | None = None,
                where: Mapping[str, Callable[[dict[str, Any]], bool]] | None = None) -> dict[str, "pd.DataFrame"]:
    """The tables of an extraction output (all of them, or `tables`; "documents" always), each row kept
    only if `where[table](row)` holds; provinces="2025" maps each province to its unit after the merger."""
    import pandas as pd

    path = Path(path)
    wanted = ["documents", *(t for t in (TABLES if tables is None else tables) if t != "documents")]
    unknown = [t for t in wanted if t not in TABLES]
    if unknown:
        raise InputError(f"unknown table {unknown[0]!r}: the tables are {', '.join(TABLES)}")
    keep = dict(where or {})
    if path.is_dir():
        missing = [t for t in wanted if not (path / f"{t}.parquet").exists()]
        if missing:
            raise InputError(f"{path} has no {missing[0]}.parquet: not an extraction output directory")
        frames = {t: pd.read_parquet(path / f"{t}.parquet") for t in wanted}
        for t, test in keep.items():
            if t in frames and len(frames[t]):
                frames[t] = frames[t][[bool(test(r)) for r in frames[t].to_dict("records")]].reset_index(drop=True)
    elif path.exists():
        rows: dict[str, list[dict]] = {t: [] for t in wanted}
        for rec in read_output(path):
            for table, table_rows in document_rows(rec).items():
                if table in rows:
                    test = keep.get(table)
                    rows[table].extend(r for r in table_rows if test is None or test(r))
        frames = {t: pd.DataFrame(rows[t], columns=list(COLUMNS[t])) for t in wanted}
    else:
        raise InputError(f"no such file or directory: {path}")
    docs = frames["documents"]
    if provinces == "2025":
        docs = docs.assign(province=docs["province"].map(merged_province))
        frames["documents"] = docs
        if "numbers" in frames:
            frames["numbers"] = frames["numbers"].assign(place=frames["numbers"]["place"].map(merged_province))
        if "roles" in frames:
            frames["roles"] = frames["roles"].assign(role_province=frames["roles"]["role_province"].map(merged_province))
    elif provinces != "63":
        raise InputError(f"unknown province scheme {provinces!r}: use 63 or 2025")
    keyed = docs.set_index("doc_id")[DOC_COLUMNS]
    for table in wanted:
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
