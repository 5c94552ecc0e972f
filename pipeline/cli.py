"""The `vnextract` command: thin typer commands over library functions."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__

if TYPE_CHECKING:
    from .batch import Summary

app = typer.Typer(no_args_is_help=True,
                  help="Extract people, roles, numbers and proposals from Vietnamese government news.")


def _console(stderr: bool) -> Console:
    """A console that wraps at the terminal's width, and not at all when piped to a file."""
    console = Console(stderr=stderr, soft_wrap=True)
    if not console.is_terminal:
        console.width = 10_000
    return console


err = _console(stderr=True)
out = _console(stderr=False)


class Format(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ProvinceScheme(str, Enum):
    p63 = "63"
    p2025 = "2025"


class GroupBy(str, Enum):
    province = "province"


class Subset(str, Enum):
    all = "all"
    tuned = "tuned"
    heldout = "heldout"


def _fail(exc: Exception) -> None:
    err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vnextract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                         help="Print the version and exit.")] = False,
) -> None:
    """Extract people, roles, numbers and proposals from Vietnamese government news."""


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .json, .jsonl, .jsonl.gz), directories (recursive), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", "--out", help="JSON Lines file (default: stdout), or a directory with --format parquet.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="One JSON line per document, or one Parquet table per entity.")
                   ] = Format.jsonl,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Processes (default: cores).")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="A local process pool, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs whose id and sha256 are already in OUTPUT.")] = False,
    doc_timeout: Annotated[Optional[float], typer.Option(
        "--doc-timeout", min=0.1, help="Seconds per document before it becomes a timeout error record.")] = None,
    max_chars: Annotated[Optional[int], typer.Option("--max-chars", min=1,
                                                     help="Refuse longer documents (error record too_long).")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with status 1 if any document failed.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Extract every document under PATHS, one result per input, in input order."""
    from .batch import BatchOptions, default_workers, run_batch
    from .errors import VnextractError

    opts = BatchOptions(workers=workers or default_workers(), engine=engine.value, scheduler=scheduler,
                        doc_timeout=doc_timeout, max_chars=max_chars, resume=resume, fmt=fmt.value,
                        progress=not quiet)
    try:
        summary = run_batch(paths, output, options=opts)
    except VnextractError as exc:
        _fail(exc)
        return
    if not quiet and (output is not None or summary.failed):
        # With results on stdout, stderr still says what failed.
        _print_summary(summary, output)
    if strict and summary.failed:
        raise typer.Exit(1)


def _print_summary(summary: Summary, output: Path | None) -> None:
    rows = summary.rows if output is not None else [r for r in summary.rows if r.error]
    shown = rows[:50]
    table = Table(title=f"{summary.documents} documents → {escape(str(output or 'stdout'))}")
    for col in ("document", "people", "numbers", "proposals"):
        table.add_column(col, justify="left" if col == "document" else "right")
    for row in shown:
        if row.error:
            table.add_row(escape(row.id), f"[red]{escape(row.error)}[/red]", "", "")
        else:
            table.add_row(escape(row.id), str(row.people), str(row.numbers), str(row.proposals))
    hidden = (summary.documents if output is not None else summary.failed) - len(shown)
    if hidden > 0:
        table.add_row(f"… {hidden} more", "", "", "")
    table.add_row("[b]total[/b]", str(summary.people), str(summary.numbers), str(summary.proposals))
    err.print(table)
    skipped = f", {summary.skipped} already done (--resume)" if summary.skipped else ""
    err.print(f"{summary.succeeded} succeeded, {summary.failed} failed{skipped}", highlight=False)


@app.command()
def compare(
    extractions: Annotated[Path, typer.Argument(help="Extraction output: a JSON Lines file or a Parquet directory.")],
    by: Annotated[GroupBy, typer.Option("--by", help="Group by.")] = GroupBy.province,
    provinces: Annotated[ProvinceScheme, typer.Option(
        "--provinces", help="63 (before 2025) or 2025 (the 34 merged units).")] = ProvinceScheme.p63,
    report: Annotated[Optional[Path], typer.Option("-o", "--output", help="report.html, .md, .csv or .xlsx")] = None,
) -> None:
    """Compare provinces: summary, aligned indicators, proposals by addressee, officials."""
    from .compare import compare as run
    from .compare import render_terminal, write_report
    from .errors import VnextractError

    try:
        comparison = run(extractions, by=by.value, provinces=provinces.value)
        if report is None:
            render_terminal(comparison, out)
        else:
            err.print(f"wrote {escape(str(write_report(comparison, report)))}", highlight=False)
    except VnextractError as exc:
        _fail(exc)


@app.command()
def people(
    extractions: Annotated[Path, typer.Argument(help="Extraction output: a JSON Lines file or a Parquet directory.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="people.csv or .parquet (one row per person per "
                                                                "document, plus a -registry file), or .html")],
    provinces: Annotated[ProvinceScheme, typer.Option(
        "--provinces", help="63 (before 2025) or 2025 (the 34 merged units).")] = ProvinceScheme.p63,
) -> None:
    """Who's who: link the people of many articles into persons, with canonical roles and careers."""
    from .errors import VnextractError
    from .officials import check_output, who_is_who, write_people

    try:
        check_output(output)
        who = who_is_who(extractions, provinces=provinces.value)
        written = write_people(who, output)
    except VnextractError as exc:
        _fail(exc)
    err.print(f"{len(who.mentions)} mentions, {len(who.registry)} people: "
              + ", ".join(escape(str(w)) for w in written), highlight=False)


@app.command("train-measures")
def train_measures(
    corpus: Annotated[Path, typer.Argument(help="A directory of NAME.txt with NAME.gold.json (and heldout.ids).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write measures.crf and measures.yaml.")],
) -> None:
    """Train the measure model on a corpus's gold measures (set-aside documents are never used)."""
    from .errors import VnextractError
    from .training import train_measure_model

    try:
        manifest = train_measure_model(corpus, output)
    except VnextractError as exc:
        _fail(exc)
    err.print(f"trained on {manifest['examples']} figures: {escape(str(output))}/measures.crf", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (a document or an error record)."""
    from .schema import json_schema

    typer.echo(json_schema())


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory with NAME.gold.json files.")],
    pred: Annotated[Path, typer.Option("--pred", help="Extractions (JSON Lines) to score.")],
    details: Annotated[bool, typer.Option("--details", help="List every miss and extra per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    subset: Annotated[Subset, typer.Option("--subset", help="All gold files, or the tuned or held-out ones "
                                                            "(ids in GOLD_DIR/heldout.ids).")] = Subset.all,
) -> None:
    """Precision, recall and F1 per category against gold annotations (corpus/ANNOTATION.md)."""
    from .errors import VnextractError
    from .scoring import evaluate as run
    from .scoring import subset_ids

    try:
        report = run(gold_dir, pred, only=subset_ids(gold_dir, subset.value))
    except VnextractError as exc:
        _fail(exc)
        return
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    if details:
        for d in report.details:
            lines = [f"  {cat} {kind}: {item}" for cat in ("people", "roles", "numbers", "proposals")
                     for kind, items in d[cat].items() for item in items]
            if lines:
                out.print(f"[b]{escape(d['doc'])}[/b]", highlight=False)
                for line in lines:
                    out.print(line, highlight=False, markup=False)
    table = Table(title=f"{report.documents} gold documents ({subset.value})")
    for col in ("category", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for cat, t in report.tallies.items():
        table.add_row(cat, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}", str(t.tp), str(t.fp), str(t.fn))
    out.print(table)
    out.print(f"proposer right on {report.proposer_right}/{report.proposer_total} matched proposals "
              f"({report.proposer_accuracy:.3f}), addressee right on {report.addressee_right} "
              f"({report.addressee_accuracy:.3f})")
    if report.missing_predictions:
        out.print(f"[yellow]no prediction for {len(report.missing_predictions)} gold documents[/yellow]")


if __name__ == "__main__":
    app()
