"""The `zfxxgk` command: a thin layer over the library."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import registry
from .engines import load_engine, reader_of
from .errors import ZfxxgkError
from .load import DEFAULT_MAX_BYTES, SUFFIXES, Source, read_path
from .model import Report
from .pipeline import extract_path, extract_source

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Chinese government information-disclosure annual reports as checked data.",
)
err = Console(stderr=True)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"  # the evidence view: figures and statements marked in the text (displaCy)


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


def collect_inputs(paths: list[Path]) -> list[Path]:
    """Files named directly, plus every supported file inside named directories."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            _fail(f"[E100] {path}: no such file or directory")
    return files


def csv_rows(reports: list[Report]) -> Iterator[list[str]]:
    """One header row, then one row per report with one column per field id."""
    meta = list(registry.REPORT_FIELDS)
    yield ["file", *meta, *registry.FIELD_IDS, "checks_failed", "warnings"]
    for report in reports:
        row = [report.file or ""]
        row += ["" if (v := getattr(report.report, key.split(".")[1])) is None else str(v) for key in meta]
        row += ["" if (f := report.fields.get(fid)) is None else str(f.value) for fid in registry.FIELD_IDS]
        row.append(";".join(c.id for c in report.checks if c.holds is False))
        row.append(str(len(report.warnings)))
        yield row


def render(reports: list[Report], fmt: OutputFormat, *, single: bool, sources: list[Source] | None = None) -> str:
    """Reports in the chosen output format (`html` needs the sources they were read from)."""
    if fmt is OutputFormat.html:
        from .evidence import render_html

        return render_html(list(zip(sources or [], reports, strict=True)))
    if fmt is OutputFormat.csv:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(csv_rows(reports))
        return buffer.getvalue()
    dumps = [r.model_dump(mode="json") for r in reports]
    if fmt is OutputFormat.jsonl:
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dumps)
    return json.dumps(dumps[0] if single else dumps, ensure_ascii=False, indent=1) + "\n"


def _summary(reports: list[Report]) -> Table:
    table = Table(title=f"{len(reports)} reports extracted")
    for column in ("file", "family", "year", "body", "fields", "checks ok/failed", "problems", "improvements"):
        table.add_column(column)
    for r in reports:
        ok = sum(c.holds is True for c in r.checks)
        bad = sum(c.holds is False for c in r.checks)
        table.add_row(
            Path(r.file or "").name,
            str(r.report.family),
            str(r.report.year),
            str(r.report.body),
            str(len(r.fields)),
            f"{ok}/{bad}",
            str(len(r.problems)),
            str(len(r.improvements)),
        )
    return table


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files (.txt .md .html .htm .pdf .docx) or directories of them.")
    ],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
    ocr: Annotated[
        bool, typer.Option(help="Read PDF pages without a text layer by OCR (needs the 'ocr' extra).")
    ] = False,
    summary: Annotated[bool, typer.Option(help="Print a summary table to standard error.")] = False,
    engine: Annotated[
        str, typer.Option(help="Prose engine: hybrid (model where confident), model or rules.")
    ] = "hybrid",
    reader: Annotated[
        bool, typer.Option(help="Let the learned reader fill headline fields the rules leave empty (models/reader).")
    ] = True,
    reader_dir: Annotated[Path | None, typer.Option(help="Folder holding reader.json (default models/reader).")] = None,
) -> None:
    """Extract tables, headline figures and statements from reports.

    Example: zfxxgk extract annotations/corpus/seeds --format csv -o out/seeds.csv
    """
    files = collect_inputs(paths)
    single = len(files) == 1 and not any(p.is_dir() for p in paths)
    try:
        prose_engine = load_engine(engine, reader=reader, reader_dir=reader_dir)
    except ZfxxgkError as exc:
        _fail(str(exc))
    if not files:
        _fail("[E100] no report files found in the given paths")
    reports: list[Report] = []
    sources: list[Source] = []
    failures: list[str] = []

    def run(path: Path) -> None:
        source = read_path(path, max_bytes=max_bytes, ocr=ocr)
        reports.append(extract_source(source, engine=prose_engine))
        sources.append(source)

    if single:
        try:
            run(files[0])
        except ZfxxgkError as exc:
            _fail(str(exc))
    else:
        with Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("extract", total=len(files))
            for path in files:
                try:
                    run(path)
                except ZfxxgkError as exc:
                    failures.append(str(exc))
                    typer.echo(f"Warning: skipped {exc}", err=True)
                except Exception as exc:  # one bad file never ends a batch
                    failures.append(f"{path}: {type(exc).__name__}: {exc}")
                    typer.echo(f"Warning: skipped {path}: internal error {type(exc).__name__}: {exc}", err=True)
                progress.advance(task)
    text = render(reports, fmt, single=single, sources=sources)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if summary:
        err.print(_summary(reports))
    if failures:
        typer.echo(f"{len(reports)} extracted, {len(failures)} skipped", err=True)


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("annotations/gold"),
    corpus: Annotated[Path | None, typer.Option(help="Folder the gold 'file' paths are relative to.")] = None,
    split: Annotated[str, typer.Option(help="dev, test or all (annotations/split.tsv).")] = "all",
    engine: Annotated[str, typer.Option(help="Prose engine: rules, model or hybrid.")] = "hybrid",
    model_dir: Annotated[Path | None, typer.Option(help="Folder holding the ONNX model (default models/).")] = None,
    misses: Annotated[bool, typer.Option(help="List every miss.")] = True,
    with_intervals: Annotated[
        bool, typer.Option("--intervals", help="95% bootstrap intervals over the reports for the key figures.")
    ] = False,
    context: Annotated[
        int, typer.Option(help="Show each miss in its text: this many characters around what was read and the gold.")
    ] = 0,
    reader: Annotated[
        bool, typer.Option(help="Let the learned reader fill headline fields the rules leave empty (models/reader).")
    ] = True,
    reader_dir: Annotated[Path | None, typer.Option(help="Folder holding reader.json (default models/reader).")] = None,
) -> None:
    """Precision, recall and F1 per field group and per layout against gold reports.

    Example: zfxxgk evaluate --gold annotations/gold --split test --engine rules
    """
    from .evaluate import evaluate, intervals
    from .report_eval import print_evaluation, print_intervals

    if split not in ("dev", "test", "all"):
        _fail(f"[E107] unknown split {split!r}; choose one of: dev, test, all")
    try:
        prose_engine = load_engine(engine, model_dir=model_dir, reader=reader, reader_dir=reader_dir)
    except ZfxxgkError as exc:
        _fail(str(exc))
    corpus = corpus or gold.parent / "corpus"
    try:
        ev = evaluate(
            gold,
            corpus,
            lambda p: extract_path(p, engine=prose_engine),
            split=split,
            split_file=gold.parent / "split.tsv",
            context=max(0, context),
        )
    except ZfxxgkError as exc:
        _fail(str(exc))
    print_evaluation(ev, title=f"{split} split, engine {getattr(prose_engine, 'name', engine)}", show_misses=misses)
    if reader_of(prose_engine) is not None and split != "test":
        typer.echo(
            "note: the learned reader was trained on the gold dev part, so its fills on dev reports are "
            "in-sample; its out-of-fold counts are in models/reader/README.md (--no-reader: rules alone)",
            err=True,
        )
    if with_intervals:
        print_intervals(intervals(ev))


@app.command("agreement")
def agreement_command(
    second: Annotated[Path, typer.Option(help="Folder of a second, independent annotation (same relative paths).")],
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("annotations/gold"),
    corpus: Annotated[Path | None, typer.Option(help="Folder the gold 'file' paths are relative to.")] = None,
    misses: Annotated[bool, typer.Option(help="List every disagreement.")] = True,
    with_intervals: Annotated[
        bool, typer.Option("--intervals", help="95% bootstrap intervals over the reports for the key figures.")
    ] = False,
) -> None:
    """How far a second annotator, working blind, agrees with the gold: the figures `evaluate` gives
    the extractor, with the second annotation in the extractor's place (the ceiling a target can ask).

    Example: zfxxgk agreement --second /tmp/second --gold annotations/gold
    """
    from .evaluate import agreement, intervals
    from .report_eval import print_evaluation, print_intervals

    try:
        ev = agreement(gold, second, corpus or gold.parent / "corpus")
    except ZfxxgkError as exc:
        _fail(str(exc))
    print_evaluation(ev, title=f"agreement of {second} with {gold}", show_misses=misses)
    if with_intervals:
        print_intervals(intervals(ev))


@app.command()
def train(
    out: Annotated[Path, typer.Option(help="Model folder to write (vocab, labels, ONNX, calibration, card).")],
    encoder: Annotated[
        str, typer.Option(help="scratch (small character BERT) or e5 (pruned multilingual-e5-small).")
    ] = "scratch",
    e5_dir: Annotated[Path | None, typer.Option(help="Converted e5 model (python -m training.e5_convert).")] = None,
    epochs: Annotated[int | None, typer.Option(help="Override the number of epochs.")] = None,
    tiny: Annotated[bool, typer.Option(help="A few steps of a tiny model (CI).")] = False,
) -> None:
    """Train the token classifier on the gold dev part, export ONNX (int8 if it holds F1) and calibrate it.

    Example: zfxxgk train --out models/zh-e5-small --encoder e5 --e5-dir build/e5-char
    """
    if encoder not in ("scratch", "e5"):
        _fail(f"[E107] unknown encoder {encoder!r}; choose one of: scratch, e5")
    try:
        from training.train import main_train
    except ImportError as exc:
        _fail(f"[E109] training needs the training extras (pip install -e '.[train]'): {exc}")
    result = main_train(encoder, out, tiny=tiny, epochs=epochs, e5_dir=str(e5_dir) if e5_dir else None)
    typer.echo(json.dumps({k: v for k, v in result.items() if k not in ("config", "train_documents")}, indent=1))


@app.command("train-reader")
def train_reader_command(
    out: Annotated[Path, typer.Option(help="Folder to write reader.json to.")] = Path("models/reader"),
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files (its split.tsv beside it).")] = Path(
        "annotations/gold"
    ),
    corpus: Annotated[Path | None, typer.Option(help="Folder the gold 'file' paths are relative to.")] = None,
    hold_out: Annotated[
        list[str] | None, typer.Option(help="Leave this batch (first folder of a gold path) out; repeatable.")
    ] = None,
) -> None:
    """Train the learned reader on the gold dev part: thresholds by folds over batches, then weights.

    Example: zfxxgk train-reader --out models/reader --hold-out wild29
    """
    from training.reader import train_reader

    split_file = gold.parent / "split.tsv"
    if not split_file.exists():
        _fail(f"[E126] {gold}: no split.tsv beside it; the reader trains on the dev part only")
    try:
        summary = train_reader(gold, corpus or gold.parent / "corpus", split_file, out, hold_out=hold_out or ())
    except ZfxxgkError as exc:
        _fail(str(exc))
    except ValueError as exc:
        _fail(f"[E128] {exc}")
    typer.echo(json.dumps(summary, ensure_ascii=False, indent=1))


al_app = typer.Typer(no_args_is_help=True, help="Active-learning rounds through a Label Studio server.")
app.add_typer(al_app, name="al")


def _token() -> str:
    """The Label Studio token: LABEL_STUDIO_API_KEY, or asked for; never read from a file."""
    import os

    return os.environ.get("LABEL_STUDIO_API_KEY") or typer.prompt("Label Studio API token", hide_input=True)


def _rounds(ls_url: str, project: str):  # -> training.active_learning.LabelStudioRounds
    try:
        from training.active_learning import LabelStudioRounds
    except ImportError as exc:
        _fail(f"[E109] annotation rounds need label-studio-sdk: {exc}")
    return LabelStudioRounds(ls_url, _token(), project)


def _annotated(al_dir: Path) -> set[str]:
    from training.active_learning import load_annotated

    return {record["file"] for record in load_annotated(al_dir)}


def _push_most_uncertain(rounds, pool: Path, model_dir: Path, k: int, al_dir: Path):  # -> (pushed, pool size, tagger)
    """Score the pool with the model and send the k least certain reports not yet annotated."""
    from training.active_learning import score_pool

    from .onnx_model import OnnxTagger, find_model

    tagger = OnnxTagger(find_model(model_dir))
    items = score_pool(pool, tagger)
    pushed = rounds.push(items, k, annotated=_annotated(al_dir), model_version=tagger.model_version)
    return pushed, len(items), tagger


@al_app.command("push")
def al_push(
    ls_url: Annotated[str, typer.Option(help="Label Studio URL.")],
    project: Annotated[str, typer.Option(help="Project title (created on first use).")],
    pool: Annotated[Path, typer.Option(help="Folder of unannotated reports.")],
    k: Annotated[int, typer.Option("-k", help="How many reports to send.")] = 20,
    model_dir: Annotated[Path | None, typer.Option(help="Model folder (default models/).")] = None,
    al_dir: Annotated[Path, typer.Option(help="Where pulled annotations live.")] = Path("annotations/al"),
) -> None:
    """Send the k reports the model is least sure of, with its predictions as pre-annotations.

    Example: zfxxgk al push --ls-url http://127.0.0.1:8080 --project rounds --pool incoming/ -k 20
    """
    pushed, total, tagger = _push_most_uncertain(_rounds(ls_url, project), pool, model_dir or Path("models"), k, al_dir)
    for item in pushed:
        typer.echo(f"{item.uncertainty:.4f}\t{item.key}")
    typer.echo(f"pushed {len(pushed)} of {total} reports (model {tagger.model_version})", err=True)


@al_app.command("pull")
def al_pull(
    ls_url: Annotated[str, typer.Option(help="Label Studio URL.")],
    project: Annotated[str, typer.Option(help="Project title.")],
    out: Annotated[Path, typer.Option(help="Where to merge the annotations.")] = Path("annotations/al"),
) -> None:
    """Fetch finished annotations as character spans with provenance, merged without duplicates.

    Example: zfxxgk al pull --ls-url http://127.0.0.1:8080 --project rounds
    """
    written = _rounds(ls_url, project).pull(out)
    for path in written:
        typer.echo(str(path))
    typer.echo(f"{len(written)} annotation files written to {out}", err=True)


@al_app.command("round")
def al_round(
    ls_url: Annotated[str, typer.Option(help="Label Studio URL.")],
    project: Annotated[str, typer.Option(help="Project title.")],
    pool: Annotated[Path, typer.Option(help="Folder of unannotated reports.")],
    k: Annotated[int, typer.Option("-k", help="Reports per round.")] = 20,
    model_dir: Annotated[Path, typer.Option(help="The model to score with and to retrain.")] = Path(
        "models/zh-e5-small"
    ),
    out: Annotated[Path | None, typer.Option(help="Where the retrained model goes (default MODEL_DIR-next).")] = None,
    annotations: Annotated[
        Path, typer.Option(help="The annotations folder: gold/, corpus/, split.tsv; rounds go to al/.")
    ] = Path("annotations"),
    wait: Annotated[float, typer.Option(help="Seconds to wait for the annotators.")] = 3600,
    epochs: Annotated[int | None, typer.Option(help="Epochs of the retraining.")] = None,
    tiny: Annotated[bool, typer.Option(help="Retrain a tiny model in a few steps (for trying the loop).")] = False,
) -> None:
    """push → wait for the annotators → pull → retrain → evaluate on the gold test part → the change.

    Example: zfxxgk al round --ls-url http://127.0.0.1:8080 --project rounds --pool incoming/ -k 10
    """
    from training.train import main_train

    from .evaluate import evaluate

    gold, al_dir = annotations / "gold", annotations / "al"

    def test_f1(directory: Path) -> dict[str, float]:
        engine = load_engine("hybrid", model_dir=directory)
        ev = evaluate(
            gold,
            annotations / "corpus",
            lambda p: extract_path(p, engine=engine),
            split="test",
            split_file=annotations / "split.tsv",
        )
        return {
            "headline": ev.groups["headline"].f1,
            "problems": ev.statements["problems"].f1,
            "improvements": ev.statements["improvements"].f1,
        }

    rounds = _rounds(ls_url, project)
    pushed, _, _ = _push_most_uncertain(rounds, pool, model_dir, k, al_dir)
    typer.echo(f"pushed {len(pushed)} reports; waiting up to {wait:g}s for annotations", err=True)
    done = rounds.wait_for(len(pushed), timeout_s=wait)
    written = rounds.pull(al_dir)
    typer.echo(f"{done} finished, {len(written)} new annotation files", err=True)
    before = test_f1(model_dir)
    new_dir = out or model_dir.parent / f"{model_dir.name}-next"
    main_train("scratch", new_dir, epochs=epochs, tiny=tiny, annotations=annotations)
    after = test_f1(new_dir)
    typer.echo(f"retrained model: {new_dir} (gold test part, hybrid engine)")
    for key in before:
        typer.echo(f"{key:<13} test F1 {before[key]:.3f} → {after[key]:.3f} ({after[key] - before[key]:+.3f})")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Server processes (each loads the model once).")] = 1,
    engine: Annotated[str, typer.Option(help="Prose engine: hybrid, model or rules.")] = "hybrid",
) -> None:
    """Serve extraction over HTTP (FastAPI + uvicorn); settings also from ZFXXGK_* variables.

    Example: zfxxgk serve --port 8000 --workers 2
    """
    import os

    import uvicorn

    os.environ["ZFXXGK_ENGINE"] = engine
    uvicorn.run(
        "serve.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=30,
        log_level="info",
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
