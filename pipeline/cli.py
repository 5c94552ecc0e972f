"""The `vnextract` command: thin typer commands over library functions."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract people, roles, numbers and proposals from Vietnamese government news.")
err = Console(stderr=True)
out = Console()


def _fail(exc: Exception) -> None:
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(2)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .json, .jsonl, .jsonl.gz), directories (recursive), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", "--out", help="JSON Lines file (default: stdout), or a directory with --format parquet.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, or parquet (one table per entity).")] = "jsonl",
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Processes (default: cores).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or dask.")] = "local",
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

    opts = BatchOptions(workers=workers or default_workers(), engine=engine, scheduler=scheduler,
                        doc_timeout=doc_timeout, max_chars=max_chars, resume=resume, fmt=fmt,
                        progress=not quiet)
    try:
        summary = run_batch(paths, output, options=opts)
    except VnextractError as exc:
        _fail(exc)
        return
    if not quiet and output is not None:
        _print_summary(summary, output)
    if strict and summary.failed:
        raise typer.Exit(1)


def _print_summary(summary: "Summary", output: Path) -> None:  # type: ignore[name-defined]  # noqa: F821
    shown = summary.rows[:50]
    table = Table(title=f"{summary.documents} documents → {output}")
    for col in ("document", "people", "numbers", "proposals"):
        table.add_column(col, justify="left" if col == "document" else "right")
    for row in shown:
        if row.error:
            table.add_row(row.id, f"[red]{row.error}[/red]", "", "")
        else:
            table.add_row(row.id, str(row.people), str(row.numbers), str(row.proposals))
    if summary.documents > len(shown):
        table.add_row(f"… {summary.documents - len(shown)} more", "", "", "")
    table.add_row("[b]total[/b]", str(summary.people), str(summary.numbers), str(summary.proposals))
    err.print(table)
    skipped = f", {summary.skipped} already done (--resume)" if summary.skipped else ""
    err.print(f"{summary.succeeded} succeeded, {summary.failed} failed{skipped}")


@app.command()
def compare(
    extractions: Annotated[Path, typer.Argument(help="Extraction output: a JSON Lines file or a Parquet directory.")],
    by: Annotated[str, typer.Option("--by", help="Group by (province).")] = "province",
    provinces: Annotated[str, typer.Option("--provinces", help="63 (before 2025) or 2025 (the 34 merged units).")] = "63",
    report: Annotated[Optional[Path], typer.Option("-o", "--output", help="report.html, .md, .csv or .xlsx")] = None,
) -> None:
    """Compare provinces: summary, aligned indicators, proposals by addressee, officials."""
    from .compare import compare as run
    from .compare import render_terminal, write_report
    from .errors import VnextractError

    try:
        comparison = run(extractions, by=by, provinces=provinces)
        if report is None:
            render_terminal(comparison, out)
        else:
            err.print(f"wrote {write_report(comparison, report)}")
    except VnextractError as exc:
        _fail(exc)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    from .schema import json_schema

    typer.echo(json_schema())


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory with NAME.gold.json files.")],
    pred: Annotated[Path, typer.Option("--pred", help="Extractions (JSON Lines) to score.")],
    details: Annotated[bool, typer.Option("--details", help="List every miss and extra per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    subset: Annotated[str, typer.Option("--subset", help="all, tuned, or heldout (ids in GOLD_DIR/heldout.ids).")] = "all",
) -> None:
    """Precision, recall and F1 per category against gold annotations (corpus/ANNOTATION.md)."""
    from .errors import VnextractError
    from .scoring import evaluate as run
    from .scoring import subset_ids

    try:
        report = run(gold_dir, pred, only=subset_ids(gold_dir, subset))
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
                out.print(f"[b]{d['doc']}[/b]", highlight=False)
                for line in lines:
                    out.print(line, highlight=False, markup=False)
    table = Table(title=f"{report.documents} gold documents ({subset})")
    for col in ("category", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for cat, t in report.tallies.items():
        table.add_row(cat, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}", str(t.tp), str(t.fp), str(t.fn))
    out.print(table)
    out.print(f"proposer right on {report.proposer_right}/{report.proposer_total} matched proposals "
              f"({report.proposer_accuracy:.3f})")
    if report.missing_predictions:
        out.print(f"[yellow]no prediction for {len(report.missing_predictions)} gold documents[/yellow]")


if __name__ == "__main__":
    app()
