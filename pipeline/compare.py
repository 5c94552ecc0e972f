"""Compare places: indicators × places with periods and units, proposals by addressee, officials.

`compare(path)` turns extraction output into pandas tables (a `Comparison`); `render_terminal`,
`to_markdown`, `to_html` and `write_report` show them. Figures are placed where their sentence
says they belong (`numbers[].place`: a province, or "Việt Nam" for a national figure), values
are written the way Vietnamese reports write them ("290 tỷ đồng", "31,17%"), places and names
sort in Vietnamese alphabetical order, and a chart is drawn only where two or more places report
the same indicator for the same period.
"""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .frames import load_frames
from .textnorm import fold, vi_sort_key

if TYPE_CHECKING:
    import pandas as pd

UNKNOWN = "(không rõ)"       # a document or figure whose place is not known
NO_PERIOD = "(không nêu)"    # a figure whose sentence states no year
NO_ADDRESSEE = "(không nêu)"
MAX_CHARTS = 30              # charts in the HTML report: the indicators most places share
MAX_ROWS = 200               # rows of a long table shown before the rest is folded away
MAX_SOURCES = 50             # source sentences shown per indicator in the HTML report
MAX_CELL = 3                 # values shown in one cell of the matrix (the latest years first)
OUTLIER = 10                 # a bar this many times the next largest runs off a chart's scale

# Column headings of the report (the frames keep their English names for code).
HEADINGS = {
    "place": "Địa phương", "documents": "Số bài", "people": "Số người", "figures": "Số liệu",
    "with_indicator": "Số liệu có chỉ tiêu", "proposals": "Kiến nghị", "theme": "Lĩnh vực",
    "indicator": "Mã chỉ tiêu", "label": "Chỉ tiêu", "as_of": "Năm / giai đoạn", "period": "Năm nêu trong câu",
    "unit": "Đơn vị",
    "places": "Số địa phương", "value": "Giá trị", "shown": "Số liệu", "text": "Nguyên văn",
    "measure": "Đo lường", "sentence": "Câu nguồn", "doc_id": "Bài", "url": "Đường dẫn", "date": "Ngày",
    "addressee": "Nơi nhận", "example": "Ví dụ", "name": "Họ tên", "roles": "Chức vụ", "where": "Địa phương",
    "first_seen": "Lần đầu", "last_seen": "Lần cuối", "articles": "Số bài", "doc_ids": "Các bài",
}
SECTIONS = (("summary", "Tổng quan theo địa phương"), ("indicators", "Chỉ tiêu theo địa phương"),
            ("proposals", "Kiến nghị theo nơi nhận"), ("officials", "Cán bộ được nhắc đến"))
SCHEMES = {"63": "63 tỉnh, thành phố (trước 1/7/2025)", "2025": "34 tỉnh, thành phố (sau sắp xếp năm 2025)"}


@dataclass
class Comparison:
    """The comparison tables (pandas DataFrames) and what they were made from."""

    header: dict[str, Any]       # inputs, documents, failed, date range, province scheme, shared indicators
    summary: "pd.DataFrame"      # one row per place: documents, people, figures, proposals
    figures: "pd.DataFrame"      # one row per figure with an indicator, with its sentence and article
    indicators: "pd.DataFrame"   # one row per indicator and period, one column per place
    proposals: "pd.DataFrame"    # one row per addressee and place: how many, an example
    officials: "pd.DataFrame"    # one row per person: roles, places, first and last seen, articles
    places: list[str] = field(default_factory=list)  # the matrix's place columns, in order

    def table(self, name: str, vietnamese: bool = True) -> "pd.DataFrame":
        """A table ("summary", "indicators", "shared", "figures", "proposals", "officials") for display,
        with Vietnamese headings unless asked otherwise."""
        frame = getattr(self, name)
        return frame.rename(columns=HEADINGS) if vietnamese else frame

    @property
    def shared(self) -> "pd.DataFrame":
        """The rows of the matrix that two or more places share (what can be compared)."""
        return self.indicators[self.indicators["places"] >= 2] if len(self.indicators) else self.indicators


# --- numbers as Vietnamese reports write them -----------------------------------------------

def vi_number(value: float | int | Decimal, decimals: int = 3) -> str:
    """"19.623", "31,17", "1.471,498": "." groups thousands, "," marks decimals, no float artefacts."""
    d = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals)).normalize()
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"


_SCALES = ((10**9, "tỷ"), (10**6, "triệu"))  # reports write "1.850,5 tỷ đồng", not "1,85 nghìn tỷ"


def format_value(value: float | int, kind: str, unit: str | None) -> str:
    """A figure as a Vietnamese reader writes it: "290 tỷ đồng", "98,5%", "19.623 tài khoản"."""
    if kind == "percent":
        return f"{vi_number(value, 2)}%"
    if kind == "money":
        currency = "đồng" if unit in (None, "VND") else unit
        for scale, word in _SCALES:
            if abs(value) >= scale:
                return f"{vi_number(Decimal(str(value)) / scale)} {word} {currency}"
        return f"{vi_number(value, 0)} {currency}"
    return f"{vi_number(value)} {unit}" if unit else vi_number(value)


def _place_order(places: Any) -> list[str]:
    """Places in Vietnamese alphabetical order; the country first, unknown last."""
    from .resources import load_resources

    country = load_resources().country
    known = sorted({p for p in places if p not in (UNKNOWN, country)}, key=vi_sort_key)
    return ([country] if country in set(places) else []) + known + ([UNKNOWN] if UNKNOWN in set(places) else [])


# --- the tables ---------------------------------------------------------------------------

def compare(path: str | Path, by: str = "province", provinces: str = "63") -> Comparison:
    """Comparison tables from an extraction output (JSON Lines file or Parquet directory)."""
    if by != "province":
        raise InputError(f"cannot group by {by!r}: only 'province' is supported")
    # Only what the comparison shows: figures with an indicator, proposals, people and their roles.
    f = load_frames(path, provinces=provinces, tables=("numbers", "proposals", "people", "roles"),
                    where={"numbers": lambda row: row["indicator"] is not None})
    docs = f["documents"]
    ok = docs[docs["error_type"].isna()].copy()
    ok["place"] = ok["province"].fillna(UNKNOWN)
    figures = _figures(f["numbers"])
    indicators, places = _matrix(figures)
    dates = ok["date"].dropna()
    header = {
        "inputs": [str(path)], "documents": int(len(ok)), "failed": int(len(docs) - len(ok)),
        "date_from": str(min(dates)) if len(dates) else None, "date_to": str(max(dates)) if len(dates) else None,
        "provinces": SCHEMES.get(provinces, provinces),
        "indicators_shared_by_2": _shared_by(figures, 2), "indicators_shared_by_3": _shared_by(figures, 3),
    }
    return Comparison(header, _summary(ok, f["numbers"]), figures, indicators, _proposals(f["proposals"]),
                      _officials(f["people"], f["roles"]), places)


def _shared_by(figures: "pd.DataFrame", n: int) -> int:
    """How many indicators have figures from at least n known places (any period)."""
    known = figures[figures["place"] != UNKNOWN]
    return int(known.groupby("indicator")["place"].nunique().ge(n).sum()) if len(known) else 0


def _summary(docs: "pd.DataFrame", numbers: "pd.DataFrame") -> "pd.DataFrame":
    with_ind = numbers[numbers["indicator"].notna()].groupby("doc_id").size()
    docs = docs.assign(with_indicator=docs["doc_id"].map(with_ind).fillna(0).astype(int))
    summary = docs.groupby("place").agg(documents=("doc_id", "count"), people=("n_people", "sum"),
                                        figures=("n_numbers", "sum"), with_indicator=("with_indicator", "sum"),
                                        proposals=("n_proposals", "sum")).reset_index()
    order = {p: n for n, p in enumerate(_place_order(summary["place"]))}
    return summary.sort_values("place", key=lambda s: s.map(order)).reset_index(drop=True)


def _figures(numbers: "pd.DataFrame") -> "pd.DataFrame":
    """Every figure with an indicator, placed, with its value shown in the indicator's unit."""
    from .resources import load_resources

    res = load_resources()
    figures = numbers[numbers["indicator"].notna()].copy()
    figures["place"] = figures["place"].fillna(figures["province"]).fillna(UNKNOWN)
    # Figures line up by the years they cover; one whose sentence states none is placed at its
    # article's year ("bài năm 2019"), so that only figures of the same time are compared.
    years = figures["date"].map(lambda d: f"(bài năm {d.year})" if hasattr(d, "year") else NO_PERIOD)
    figures["as_of"] = figures["period"].fillna(years)
    figures["period"] = figures["period"].fillna(NO_PERIOD)
    ind = figures["indicator"].map(res.indicators)
    figures["label"] = [i.label for i in ind]
    figures["theme"] = [i.theme for i in ind]
    # A count is shown in the indicator's unit ("19.623 tài khoản"); money in its own currency.
    figures["unit"] = [u if k in ("money", "percent") else i.unit for u, k, i in zip(figures["unit"], figures["kind"], ind)]
    figures["shown"] = [format_value(v, k, u) for v, k, u in zip(figures["value"], figures["kind"], figures["unit"])]
    cols = ["theme", "indicator", "label", "as_of", "period", "place", "value", "unit", "kind", "shown", "text",
            "measure", "sentence", "doc_id", "url", "date"]
    figures = figures[cols]
    order = {p: n for n, p in enumerate(_place_order(figures["place"]))}
    return figures.sort_values(["label", "as_of", "place", "doc_id"],
                               key=lambda s: s.map(order) if s.name == "place" else s.map(vi_sort_key)
                               if s.name == "label" else s).reset_index(drop=True)


def _matrix(figures: "pd.DataFrame") -> tuple["pd.DataFrame", list[str]]:
    """Indicator × place: one row per indicator, in each place's cell the values it reported with
    their years ("290 tỷ đồng (2021-2023)")."""
    import pandas as pd

    if figures.empty:
        return pd.DataFrame(columns=["theme", "indicator", "label", "unit", "places"]), []
    places = _place_order(figures["place"])
    shown = figures["shown"] + " (" + figures["as_of"].str.strip("()") + ")"
    cells = (figures.assign(cell=shown).sort_values("as_of", ascending=False).groupby(["indicator", "place"])["cell"]
             .agg(_cell).unstack("place").reindex(columns=places).fillna(""))
    from .resources import load_resources

    catalogue = load_resources().indicators
    meta = figures.groupby("indicator").agg(theme=("theme", "first"), label=("label", "first"))
    meta["unit"] = [catalogue[i].unit for i in meta.index]  # the catalogue's unit: money may mix VND and USD
    known = figures[figures["place"] != UNKNOWN].groupby("indicator")["place"].nunique()
    meta["places"] = known.reindex(meta.index).fillna(0).astype(int)
    matrix = meta.join(cells).reset_index()
    matrix["unit"] = matrix["unit"].fillna("")
    matrix = matrix.sort_values(["places", "label"], ascending=[False, True],
                                key=lambda s: s.map(vi_sort_key) if s.name == "label" else s)
    return matrix[["theme", "indicator", "label", "unit", "places", *places]].reset_index(drop=True), places


def _cell(values: "pd.Series") -> str:
    """A matrix cell: the latest MAX_CELL values a place reported, and how many more there are."""
    distinct = list(dict.fromkeys(values))
    more = len(distinct) - MAX_CELL
    return "; ".join(distinct[:MAX_CELL]) + (f"; … (+{more})" if more > 0 else "")


def chartable(figures: "pd.DataFrame") -> "pd.DataFrame":
    """(indicator, label, as_of, unit, places) where two or more known places report the same indicator
    for the same years in the same unit — the only figures a chart may put side by side (a sum in USD
    never stands on an axis of đồng) — most places first."""
    import pandas as pd

    known = figures[(figures["place"] != UNKNOWN) & (figures["as_of"] != NO_PERIOD)]
    if known.empty:
        return pd.DataFrame(columns=["indicator", "label", "as_of", "unit", "places"])
    groups = known.groupby(["indicator", "as_of", "unit"]).agg(label=("label", "first"), places=("place", "nunique"))
    groups = groups[groups["places"] >= 2].reset_index()
    return groups.sort_values(["places", "label", "as_of"], ascending=[False, True, True],
                              key=lambda s: s.map(vi_sort_key) if s.name == "label" else s).reset_index(drop=True)


def _addressee_key(name: str) -> str:
    """Addressees that differ only by case, tone-mark style or abbreviation are one ("TW" = "Trung ương")."""
    return " ".join(fold(w) for w in name.split())


def _addressees(text: str | None) -> list[str]:
    """Bodies named in an addressee ("Quốc hội, Chính phủ" -> two), abbreviations expanded."""
    import re

    from .resources import load_resources
    from .textnorm import normalize_word

    if not isinstance(text, str) or not text.strip():
        return [NO_ADDRESSEE]
    res = load_resources()
    parts: list[str] = []
    # Split at "," and "và" only where a new body starts ("Quốc hội, Chính phủ"), not inside a
    # name ("Bộ Thông tin và Truyền thông", "Ủy ban Khoa học, Công nghệ và Môi trường").
    pieces = re.split(r"(,|\s+và\s+)", normalize_word(text))
    for k in range(0, len(pieces), 2):
        piece = pieces[k].strip(" .;:")
        words = piece.split()
        starts_body = bool(words) and any(res.org_heads.get(" ".join(words[:n])) for n in (1, 2, 3))
        if parts and not starts_body:
            sep = pieces[k - 1].strip()
            parts[-1] = f"{parts[-1]}{sep} {piece}" if sep == "," else f"{parts[-1]} {sep} {piece}"
        elif piece:
            parts.append(piece)
    out = []
    for part in parts:
        name = " ".join(res.abbreviations.get(w, w) for w in part.split())
        out.append(name[0].upper() + name[1:])
    return out or [NO_ADDRESSEE]


def shorten(text: Any, limit: int = 160) -> str:
    """Text cut at a word boundary with "…" (never mid-word)."""
    if not isinstance(text, str):
        return ""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:") + " …"


def _proposals(props: "pd.DataFrame") -> "pd.DataFrame":
    import pandas as pd

    cols = ["addressee", "place", "proposals", "example"]
    if props.empty:
        return pd.DataFrame(columns=cols)
    props = props.assign(place=props["province"].fillna(UNKNOWN), body=props["addressee"].map(_addressees))
    props = props.explode("body")
    props["key"] = props["body"].map(_addressee_key)
    # The spelling an abbreviation expands to names the group ("TW" -> "Trung ương"), else the most used one.
    from .resources import load_resources

    expanded = {_addressee_key(v): v for v in load_resources().abbreviations.values()}
    names = props.groupby("key")["body"].agg(lambda s: s.value_counts().index[0])
    names = pd.Series({k: expanded.get(k, v) for k, v in names.items()}, dtype=object)
    out = (props.groupby(["key", "place"]).agg(proposals=("doc_id", "count"), example=("content", "first"))
           .reset_index())
    out["addressee"] = out["key"].map(names)
    out["example"] = out["example"].map(shorten)
    totals = out.groupby("addressee")["proposals"].transform("sum")
    # Named addressees first, the most asked first; proposals that name none last.
    out = out.assign(total=totals, unnamed=out["addressee"] == NO_ADDRESSEE).sort_values(
        ["unnamed", "total", "addressee", "place"], ascending=[True, False, True, True],
        key=lambda s: s.map(vi_sort_key) if s.name in ("addressee", "place") else s)
    return out[cols].reset_index(drop=True)


def _officials(people: "pd.DataFrame", roles: "pd.DataFrame") -> "pd.DataFrame":
    """One row per person as the who's-who links them (`officials.py`): posts written one way, the
    places they belong to (else the articles' province), first and last article dates, the articles."""
    import pandas as pd

    from .officials import build_tables, link_mentions, mentions_from_frames

    cols = ["name", "roles", "where", "first_seen", "last_seen", "articles", "doc_ids"]
    if people.empty:
        return pd.DataFrame(columns=cols)
    mentions = link_mentions(mentions_from_frames(people, roles))
    reg = build_tables(mentions).registry
    places = reg["places"].map(lambda v: ", ".join(_place_order(set(v.split(", ")))) if v else "")
    out = pd.DataFrame({"name": reg["name"], "roles": reg["posts"], "where": places,
                        "first_seen": reg["first_seen"].fillna(""), "last_seen": reg["last_seen"].fillna(""),
                        "articles": reg["articles"], "doc_ids": reg["doc_ids"]}, columns=cols)
    return out.sort_values(["articles", "name"], ascending=[False, True],
                           key=lambda s: s.map(vi_sort_key) if s.name == "name" else s).reset_index(drop=True)


# --- rendering ----------------------------------------------------------------------------

def _header_lines(comp: Comparison) -> list[str]:
    h = comp.header
    span = f"{h['date_from']} – {h['date_to']}" if h["date_from"] else "không có ngày trong siêu dữ liệu"
    return [f"Nguồn: {', '.join(h['inputs'])}",
            f"Số bài: {h['documents']}" + (f" (và {h['failed']} bài lỗi, không tính)" if h["failed"] else ""),
            f"Thời gian: {span}", f"Địa phương: {h['provinces']}",
            f"Chỉ tiêu có số liệu của từ 2 địa phương: {h['indicators_shared_by_2']}; "
            f"từ 3 địa phương: {h['indicators_shared_by_3']}"]


def _display(comp: Comparison, name: str, limit: int | None = None) -> "pd.DataFrame":
    """A section as shown: the comparable rows of the matrix, long tables cut to `limit` rows."""
    if name == "indicators":
        frame = comp.shared.drop(columns=["theme", "indicator"])
    elif name == "officials":
        frame = comp.officials.drop(columns=["doc_ids"])
    else:
        frame = getattr(comp, name)
    return (frame.head(limit) if limit else frame).rename(columns=HEADINGS)


def render_terminal(comp: Comparison, console: Any) -> None:
    """Readable tables in the terminal (rich); the matrix as one line per indicator, period and place."""
    from rich.table import Table

    for line in _header_lines(comp):
        console.print(line, highlight=False)
    for name, title in SECTIONS:
        if name == "indicators":
            shared = set(comp.shared["indicator"])
            frame = comp.figures[comp.figures["indicator"].isin(shared)]
            frame = frame[["label", "as_of", "place", "shown"]].head(MAX_ROWS).rename(columns=HEADINGS)
        else:
            frame = _display(comp, name, MAX_ROWS)
        table = Table(title=title)
        for col in frame.columns:
            table.add_column(str(col), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*("" if v is None or v != v else str(v) for v in row))
        console.print(table)


def _markdown_table(frame: "pd.DataFrame") -> str:
    def cell(v: Any) -> str:
        return "" if v is None or v != v else str(v).replace("|", "\\|").replace("\n", " ")

    head = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "---|" * len(frame.columns)
    body = ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([head, rule, *body])


def to_markdown(comp: Comparison) -> str:
    """The report as Markdown: what it was made from, one table per section, the figures' sources."""
    parts = ["# So sánh giữa các địa phương", "\n".join(f"- {line}" for line in _header_lines(comp))]
    for name, title in SECTIONS:
        parts += [f"## {title}", _markdown_table(_display(comp, name, MAX_ROWS))]
    parts += ["## Nguồn số liệu", _markdown_table(
        comp.figures[["label", "as_of", "place", "shown", "sentence", "url"]].rename(columns=HEADINGS))]
    return "\n\n".join(parts) + "\n"


def _axis_scale(kind: str, unit: str, values: list[float]) -> tuple[float, str]:
    """Divide large values by a scale word so axes read "tỷ đồng" or "triệu lượt khách", not 1e11."""
    if kind == "percent":
        return 1.0, "%"
    name = ("đồng" if unit in (None, "", "VND") else unit) if kind == "money" else unit
    top = max((abs(v) for v in values), default=0)
    for scale, word in _SCALES:
        if top >= scale:
            return float(scale), f"{word} {name}"
    return 1.0, name


def plot_indicator(figures: "pd.DataFrame", indicator: str, period: str | None = None, unit: str | None = None,
                   ax: Any = None) -> Any:
    """A bar chart of one indicator for one period (`as_of`: the years stated, else the article's year) and
    one unit, one bar per place (its latest figure); returns the Axes."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = figures[figures["indicator"] == indicator]
    if rows.empty:
        raise InputError(f"no figure for indicator {indicator!r}")
    if period is None:  # the period most places report
        period = rows.groupby("as_of")["place"].nunique().idxmax()
    rows = rows[(rows["as_of"] == period) & (rows["place"] != UNKNOWN)]
    if unit is None:  # the unit most places report it in
        unit = rows.groupby("unit")["place"].nunique().idxmax()
    rows = rows[rows["unit"] == unit]
    latest = rows.sort_values("date", na_position="first").groupby("place").tail(1)
    order = {p: n for n, p in enumerate(_place_order(latest["place"]))}
    latest = latest.sort_values("place", key=lambda s: s.map(order), ascending=False)
    kind = latest["kind"].iloc[0]
    raw = [float(v) for v in latest["value"]]
    # One value far above all the others (often a misread scale word) would flatten every other bar:
    # the axis stops above the second largest and that bar is marked as running off the scale.
    ranked = sorted(raw, reverse=True)
    cap = ranked[1] * 1.6 if len(raw) >= 3 and ranked[1] > 0 and ranked[0] > OUTLIER * ranked[1] else None
    scale, axis_unit = _axis_scale(kind, unit or "", [v for v in raw if cap is None or v <= cap])
    values = [v / scale for v in raw]
    top = (cap / scale) if cap else max(values, default=1)
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 0.9 + 0.42 * len(latest)))
    ax.barh(latest["place"], [min(v, top) for v in values], color="#2b6cb0")
    ax.set_title(f"{latest['label'].iloc[0]} — {period}", fontsize=11)
    ax.set_xlabel(axis_unit + (" (▸: vượt thang đo)" if cap else ""))
    if kind == "percent" and top <= 100:
        ax.set_xlim(0, min(100, top * 1.25) if top > 0 else 1)
    else:
        ax.set_xlim(0, top * 1.25 if top > 0 else 1)
    ax.xaxis.set_major_locator(MaxNLocator(6))  # a few ticks: long numbers must not overlap
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: vi_number(x, 2)))
    for y, shown in enumerate(latest["shown"]):
        off_scale = values[y] > top
        ax.annotate(f"{shown} ▸" if off_scale else shown, (min(values[y], top), y), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=8, color="#c53030" if off_scale else "black")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _chart(figures: "pd.DataFrame", indicator: str, period: str, unit: str) -> str:
    """One indicator's bar chart for one period and unit, as a base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = plot_indicator(figures, indicator, period, unit)
    fig = ax.figure
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


_CSS = ("body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px;color:#1a202c}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #cbd5e0;padding:4px 8px;"
        "vertical-align:top;font-size:13px}th{background:#edf2f7;position:sticky;top:0}"
        "td.num{text-align:right;white-space:nowrap}.header{background:#f7fafc;padding:.5em 1em;"
        "border-left:4px solid #2b6cb0}details{margin:4px 0}summary{cursor:pointer;color:#2b6cb0}"
        ".charts{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}mark{background:#fefcbf}"
        ".matrix{overflow-x:auto;max-width:100%}.matrix td,.matrix th{white-space:nowrap}"
        ".matrix td:first-child,.matrix th:first-child{position:sticky;left:0;background:#fff;white-space:normal;"
        "min-width:14em;z-index:1}.matrix th:first-child{background:#edf2f7}")


def _html_table(frame: "pd.DataFrame", numeric: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    esc = html.escape
    head = "".join(f"<th>{esc(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, v in zip(frame.columns, row):
            text = "" if v is None or v != v else str(v)
            cells.append(f"<td class='num'>{esc(text)}</td>" if col in numeric else f"<td>{esc(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>" + "".join(body) + "</table>"


def _folded(frame: "pd.DataFrame", what: str, numeric: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """A long table: the first MAX_ROWS rows, the next ones folded in <details>, the rest left to the
    .xlsx report (a page must stay light with an archive of thousands of articles)."""
    if len(frame) <= MAX_ROWS:
        return _html_table(frame, numeric)
    rest = frame.iloc[MAX_ROWS:MAX_ROWS * 5]
    left = len(frame) - MAX_ROWS - len(rest)
    tail = f"<p>… và {left} {what} khác (đầy đủ trong báo cáo .xlsx).</p>" if left > 0 else ""
    return (_html_table(frame.head(MAX_ROWS), numeric) +
            f"<details><summary>{len(rest)} {what} nữa</summary>{_html_table(rest, numeric)}{tail}</details>")


def to_html(comp: Comparison) -> str:
    """One self-contained HTML page: what it was made from, the indicator × place matrix, charts where
    places share an indicator and a period, the sentence behind every figure, proposals, officials."""
    esc = html.escape
    out = ["<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>",
           "<title>So sánh giữa các địa phương</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>So sánh giữa các địa phương</h1><div class='header'>",
           "".join(f"<div>{esc(line)}</div>" for line in _header_lines(comp)), "</div>"]
    num = {HEADINGS[c] for c in ("documents", "people", "figures", "with_indicator", "proposals", "places", "articles")}
    out += [f"<h2 id='summary'>{SECTIONS[0][1]}</h2>", _html_table(_display(comp, "summary"), num)]

    out.append(f"<h2 id='indicators'>{SECTIONS[1][1]}</h2>")
    shared = comp.shared
    if len(shared):
        places = [p for p in comp.places if (shared[p] != "").any()]
        matrix = shared[["label", "unit", "places", *places]].rename(columns=HEADINGS)
        out.append("<p>Chỉ tiêu có số liệu của từ hai địa phương trở lên; trong ngoặc là năm hoặc giai đoạn "
                   "câu văn nêu, hoặc năm đăng bài khi câu không nêu.</p>")
        out.append(f"<div class='matrix'>{_folded(matrix, 'dòng', set(places) | num)}</div>")
        charts = chartable(comp.figures)
        out.append("<h3>Biểu đồ</h3>")
        if charts.empty:
            out.append("<p>Chưa có chỉ tiêu nào được hai địa phương trở lên nêu cho cùng một năm hoặc giai đoạn, "
                       "nên không vẽ biểu đồ so sánh.</p>")
        out.append("<div class='charts'>")
        for r in charts.head(MAX_CHARTS).itertuples(index=False):
            out.append(f"<figure><img alt='{esc(r.label)} — {esc(r.as_of)}' "
                       f"src='data:image/png;base64,{_chart(comp.figures, r.indicator, r.as_of, r.unit)}'></figure>")
        out.append("</div>")
    else:
        out.append("<p>Chưa có chỉ tiêu nào có số liệu của hai địa phương trở lên.</p>")
    single = comp.indicators[comp.indicators["places"] < 2] if len(comp.indicators) else comp.indicators
    if len(single):
        rows = single[["label", "unit"]].assign(
            shown=["; ".join(v for v in row if v) for row in single[comp.places].itertuples(index=False)])
        out.append(f"<details><summary>{len(single)} chỉ tiêu chỉ có số liệu của một địa phương</summary>"
                   f"{_html_table(rows.rename(columns=HEADINGS))}</details>")
    out.append("<h3>Nguồn số liệu</h3>")
    out.append(_sources(comp))

    out += [f"<h2 id='proposals'>{SECTIONS[2][1]}</h2>", _folded(_display(comp, "proposals"), "dòng", num)]
    out += [f"<h2 id='officials'>{SECTIONS[3][1]}</h2>", _officials_html(comp)]
    out.append("</body></html>")
    return "\n".join(out)


def _sources(comp: Comparison) -> str:
    """Per indicator, the sentence behind each figure (the figure highlighted) and a link to its article."""
    esc = html.escape
    out = []
    for label, g in comp.figures.groupby("label", sort=False):
        items = []
        for r in g.head(MAX_SOURCES).itertuples(index=False):
            link = f" <a href='{esc(r.url)}'>bài báo</a>" if safe_url(r.url) else f" ({esc(r.doc_id)})"
            sentence = esc(r.sentence or "").replace(esc(r.text), f"<mark>{esc(r.text)}</mark>", 1)
            items.append(f"<li><b>{esc(r.place)}</b>, {esc(r.as_of)}: {esc(r.shown)} — {sentence}{link}</li>")
        more = f"<li>… và {len(g) - MAX_SOURCES} số liệu khác (đầy đủ trong báo cáo .csv, .xlsx)</li>" \
            if len(g) > MAX_SOURCES else ""
        out.append(f"<details><summary>{esc(label)} ({len(g)})</summary><ul>{''.join(items)}{more}</ul></details>")
    return "".join(out)


def _officials_html(comp: Comparison) -> str:
    esc = html.escape
    frame = comp.officials.head(MAX_ROWS)
    rows = ["<table><tr>" + "".join(f"<th>{HEADINGS[c]}</th>" for c in
                                    ("name", "roles", "where", "first_seen", "last_seen", "articles")) + "</tr>"]
    for r in frame.itertuples(index=False):
        docs = ", ".join(esc(d) for d in r.doc_ids[:10]) + (" …" if len(r.doc_ids) > 10 else "")
        rows.append(f"<tr><td>{esc(r.name)}</td><td>{esc(r.roles)}</td><td>{esc(r.where)}</td>"
                    f"<td>{esc(r.first_seen)}</td><td>{esc(r.last_seen)}</td>"
                    f"<td class='num'><details><summary>{r.articles}</summary>{docs}</details></td></tr>")
    rows.append("</table>")
    more = len(comp.officials) - len(frame)
    return "".join(rows) + (f"<p>… và {more} người khác (đầy đủ trong báo cáo .xlsx).</p>" if more > 0 else "")


def safe_url(url: Any) -> bool:
    """Only http(s) addresses become links: a `javascript:` or `data:` URL from the input is not one."""
    return isinstance(url, str) and url.lower().startswith(("http://", "https://"))


# A cell that starts with one of these is a formula to Excel and LibreOffice, also in a CSV file.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(frame: "pd.DataFrame") -> "pd.DataFrame":
    """The frame with formula-like text cells prefixed by an apostrophe (OWASP's CSV-injection advice)."""
    def cell(v: Any) -> Any:
        return "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v

    import pandas as pd

    return frame.apply(lambda col: col.map(cell) if pd.api.types.is_object_dtype(col)
                       or pd.api.types.is_string_dtype(col) else col)


def write_report(comp: Comparison, path: str | Path) -> Path:
    """Write the report; the format follows the suffix: .html, .md, .csv (the figures) or .xlsx."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix in (".html", ".htm"):
            path.write_text(to_html(comp), encoding="utf-8")
        elif suffix == ".md":
            path.write_text(to_markdown(comp), encoding="utf-8")
        elif suffix == ".csv":
            inert(comp.table("figures")).to_csv(path, index=False, encoding="utf-8")
        elif suffix == ".xlsx":
            import pandas as pd

            with pd.ExcelWriter(path, engine="openpyxl") as xl:
                for name, _ in SECTIONS:
                    frame = comp.table(name)
                    if name == "officials":
                        frame = frame.assign(**{HEADINGS["doc_ids"]: frame[HEADINGS["doc_ids"]].map(", ".join)})
                    inert(frame).to_excel(xl, sheet_name=name, index=False)
                inert(comp.table("figures")).to_excel(xl, sheet_name="figures", index=False)
        else:
            raise InputError(f"unknown report format {suffix!r}: use .html, .md, .csv or .xlsx")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    return path
