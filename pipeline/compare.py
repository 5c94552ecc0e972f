"""Compare provinces: summary, aligned indicators, proposals by addressee, officials.

`compare(path)` turns extraction output into pandas tables; the `render_*` and
`write_report` functions show them in the terminal or write Markdown, CSV, Excel or
a self-contained HTML report with charts and the source sentence behind every figure.
"""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .frames import load_frames

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Comparison:
    """The comparison tables (pandas DataFrames)."""

    summary: "pd.DataFrame"      # province: documents, people, numbers, proposals
    figures: "pd.DataFrame"      # one row per aligned figure: province, indicator, value, period, source
    indicators: "pd.DataFrame"   # indicator x province: the figures, with periods
    proposals: "pd.DataFrame"    # addressee x province: number of proposals, an example
    officials: "pd.DataFrame"    # province, name, roles


def format_value(value: float, kind: str, unit: str | None) -> str:
    """A figure as a Vietnamese reader writes it: "290 tỷ đồng", "98%", "19.623 tài khoản"."""
    if kind == "percent":
        return f"{value:g}%".replace(".", ",")
    if kind == "money":
        currency = "đồng" if unit in (None, "VND") else unit
        for scale, word in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")):
            if abs(value) >= scale:
                return f"{value / scale:g} {word} {currency}".replace(".", ",")
        return f"{value:,.0f} {currency}".replace(",", ".")
    number = f"{value:,.0f}".replace(",", ".") if float(value).is_integer() else f"{value:g}".replace(".", ",")
    return f"{number} {unit}" if unit else number


def _addressees(text: str | None) -> list[str]:
    """Bodies named in an addressee ("Quốc hội, Chính phủ" -> two), abbreviations expanded."""
    from .resources import load_resources
    from .textnorm import normalize_word

    if not isinstance(text, str) or not text.strip():
        return ["(không nêu)"]
    import re

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
    return out or ["(không nêu)"]


def compare(path: str | Path, by: str = "province", provinces: str = "63") -> Comparison:
    """Comparison tables from an extraction output (JSON Lines file or Parquet directory)."""
    import pandas as pd

    if by != "province":
        raise InputError(f"cannot group by {by!r}: only 'province' is supported")
    f = load_frames(path, provinces=provinces)
    docs = f["documents"][f["documents"]["error_type"].isna()].copy()
    docs["province"] = docs["province"].fillna("(không rõ)")
    summary = docs.groupby("province").agg(documents=("doc_id", "count"), people=("n_people", "sum"),
                                           numbers=("n_numbers", "sum"), proposals=("n_proposals", "sum"))
    summary = summary.sort_values(["documents", "people"], ascending=False).reset_index()

    from .resources import load_resources

    labels = {k: v.label for k, v in load_resources().indicators.items()}
    nums = f["numbers"]
    figures = nums[nums["indicator"].notna()].copy()
    figures["province"] = figures["province"].fillna("(không rõ)")
    figures["label"] = figures["indicator"].map(labels)
    figures["shown"] = [format_value(v, k, u) + (f" ({p})" if isinstance(p, str) else "")
                        for v, k, u, p in zip(figures["value"], figures["kind"], figures["unit"], figures["period"])]
    figures = figures[["province", "indicator", "label", "value", "unit", "kind", "period", "shown", "text",
                       "sentence", "doc_id", "url", "date"]].sort_values(["indicator", "province", "doc_id"])
    figures = figures.reset_index(drop=True)
    if len(figures):
        indicators = figures.groupby(["label", "province"])["shown"].agg("; ".join).unstack("province").fillna("")
    else:
        indicators = pd.DataFrame()

    props = f["proposals"].copy()
    props["province"] = props["province"].fillna("(không rõ)")
    props["addressee_body"] = props["addressee"].map(_addressees)
    props = props.explode("addressee_body")
    if len(props):
        proposals = (props.groupby(["addressee_body", "province"])
                     .agg(proposals=("doc_id", "count"), example=("content", "first"))
                     .reset_index().sort_values(["proposals", "addressee_body"], ascending=[False, True]))
    else:
        proposals = pd.DataFrame(columns=["addressee_body", "province", "proposals", "example"])
    proposals = proposals.rename(columns={"addressee_body": "addressee"}).reset_index(drop=True)

    roles = f["roles"].groupby(["doc_id", "person_id"])["text"].agg(lambda r: "; ".join(dict.fromkeys(r)))
    people = f["people"].join(roles.rename("roles"), on=["doc_id", "person_id"])
    people["province"] = people["province"].fillna("(không rõ)")
    officials = (people.groupby(["province", "name"])["roles"]
                 .agg(lambda r: "; ".join(dict.fromkeys(x for x in r if isinstance(x, str))))
                 .reset_index())
    return Comparison(summary, figures, indicators, proposals, officials)


# --- rendering ----------------------------------------------------------------------------

SECTIONS = (("summary", "Provinces"), ("indicators", "Indicators by province"),
            ("proposals", "Proposals by addressee"), ("officials", "Officials"))


def _frame(comp: Comparison, name: str) -> "pd.DataFrame":
    frame = getattr(comp, name)
    return frame.reset_index() if name == "indicators" and len(frame) else frame


def render_terminal(comp: Comparison, console: Any) -> None:
    """Readable tables in the terminal (rich)."""
    from rich.table import Table

    for name, title in SECTIONS:
        frame = _frame(comp, name)
        table = Table(title=title, show_lines=name == "indicators")
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
    """The report as Markdown: one table per section, then every figure with its source sentence."""
    parts = ["# Province comparison"]
    for name, title in SECTIONS:
        parts += [f"## {title}", _markdown_table(_frame(comp, name))]
    parts += ["## Sources of the figures",
              _markdown_table(comp.figures[["province", "label", "shown", "sentence", "url"]])]
    return "\n\n".join(parts) + "\n"


def plot_indicator(figures: "pd.DataFrame", indicator: str, ax: Any = None) -> Any:
    """A horizontal bar chart of one indicator by province (the latest figure of each); returns the Axes."""
    import matplotlib.pyplot as plt

    rows = figures[figures["indicator"] == indicator]
    if rows.empty:
        raise InputError(f"no figure for indicator {indicator!r}")
    latest = rows.sort_values("period", na_position="first").groupby("province").tail(1)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(latest)))
    ax.barh(latest["province"], latest["value"], color="#2b6cb0")
    ax.set_title(rows["label"].iloc[0])
    for y, (v, k, u) in enumerate(zip(latest["value"], latest["kind"], latest["unit"])):
        ax.annotate(format_value(v, k, u), (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.margins(x=0.3)
    return ax


def _chart(figures: "pd.DataFrame", indicator: str) -> str:
    """A bar chart of one indicator by province, as a base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = plot_indicator(figures, indicator)
    fig = ax.figure
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def to_html(comp: Comparison) -> str:
    """One self-contained HTML page: tables, an embedded chart per indicator, and the source
    sentence (with a link to the article) behind every figure."""
    esc = html.escape
    out = ["<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Province comparison</title>",
           "<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;"
           "margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}"
           "th{background:#edf2f7}details{margin:2px 0}figure{margin:1em 0}</style></head><body>",
           "<h1>Province comparison</h1>"]
    for name, title in SECTIONS:
        frame = _frame(comp, name)
        out.append(f"<h2 id='{name}'>{esc(title)}</h2>")
        if name == "indicators":
            out.append(_figure_table(comp))
            for indicator in dict.fromkeys(comp.figures["indicator"]):
                out.append(f"<figure class='chart'><img alt='{esc(indicator)}' "
                           f"src='data:image/png;base64,{_chart(comp.figures, indicator)}'></figure>")
            continue
        out.append(frame.to_html(index=False, escape=True, na_rep="", classes=name))
    out.append("</body></html>")
    return "\n".join(out)


def _figure_table(comp: Comparison) -> str:
    esc = html.escape
    rows = ["<table class='indicators'><tr><th>indicator</th><th>province</th><th>figure</th>"
            "<th>source sentence</th></tr>"]
    for r in comp.figures.itertuples(index=False):
        link = f" <a href='{esc(r.url)}'>article</a>" if safe_url(r.url) else ""
        sentence = esc(r.sentence or "").replace(esc(r.text), f"<mark>{esc(r.text)}</mark>", 1)
        rows.append(f"<tr><td>{esc(r.label)}</td><td>{esc(r.province)}</td><td>{esc(r.shown)}</td>"
                    f"<td><details><summary>{esc(r.doc_id)}</summary>{sentence}{link}</details></td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


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
            inert(comp.figures).to_csv(path, index=False, encoding="utf-8")
        elif suffix == ".xlsx":
            import pandas as pd

            with pd.ExcelWriter(path, engine="openpyxl") as xl:
                for name, _ in SECTIONS:
                    inert(_frame(comp, name)).to_excel(xl, sheet_name=name, index=False)
                inert(comp.figures).to_excel(xl, sheet_name="figures", index=False)
        else:
            raise InputError(f"unknown report format {suffix!r}: use .html, .md, .csv or .xlsx")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    return path
