"""`casefile`: a thin command-line shell over the etl functions."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from etl.captures import CaptureError, CaptureStore, document_capture
from etl.elastic import local_node
from etl.elastic.connection import ElasticsearchUnavailable, config_from_env, connect
from etl.elastic.search import SearchRequest, search
from etl.kibana import KibanaSetupError, setup_kibana
from etl.near_dupes import ThresholdError
from etl.pipeline import RunSummary, run_sources
from etl.process import InputError, process_inputs
from etl.sample_site.server import DEMO_PORT, sample_sources, serve_sample_site
from etl.settings import index_alias
from etl.sources import SourceConfigError, load_sources

app = typer.Typer(help="casefile: news and court documents into one searchable Elasticsearch corpus.", no_args_is_help=True)
es_app = typer.Typer(help="Manage the local single-node Elasticsearch (used when ES_URL is not set).", no_args_is_help=True)
app.add_typer(es_app, name="es")
kibana_app = typer.Typer(help="Kibana for analysts: the data view, saved searches and dashboard.", no_args_is_help=True)
app.add_typer(kibana_app, name="kibana")
capture_app = typer.Typer(help="Archived copies (WARC) of what was fetched, and their checks.", no_args_is_help=True)
app.add_typer(capture_app, name="capture")
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)


def friendly_errors(command: Callable) -> Callable:
    """Known failures print one clear sentence and exit non-zero, never a stack trace."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (ElasticsearchUnavailable, SourceConfigError, local_node.LocalNodeError, ThresholdError, KibanaSetupError) as err:
            errors.print(f"[red]error:[/red] {escape(str(err))}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper


class LiveCounts:
    """A spinner line with running counts while a run works."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.counts: dict[str, int] = {}
        self.task = progress.add_task("starting", total=None)

    def __call__(self, event: str, amount: int = 1) -> None:
        self.counts[event] = self.counts.get(event, 0) + amount
        self.progress.update(self.task, description=", ".join(f"{k} {v}" for k, v in self.counts.items()))


def run_with_progress(client, sources, alias) -> RunSummary:
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=errors, transient=True) as progress:
        return run_sources(client, sources, alias, LiveCounts(progress))


def print_summary(summary: RunSummary) -> None:
    table = Table(title="run summary", show_header=False)
    for name in ("discovered", "fetched", "unchanged", "extracted", "duplicates", "indexed", "failed"):
        table.add_row(name, str(getattr(summary, name)))
    table.add_row("docs/s", f"{summary.docs_per_second:.1f}")
    console.print(table)
    for failure in summary.failures:
        console.print(f"[yellow]failed[/yellow] {failure.stage}: {escape(failure.url)}: {escape(failure.reason)} (attempt {failure.attempts})", highlight=False)


@app.command()
@friendly_errors
def demo() -> None:
    """Run the main job on the bundled sample site: start the local node if none is
    configured, ingest the site through the real fetch path, print a summary and a search."""
    client = connect(start_local=config_from_env() is None)
    alias = index_alias()
    with serve_sample_site(DEMO_PORT) as base_url:
        console.print(f"sample site served at {base_url}")
        summary = run_with_progress(client, sample_sources(base_url), alias)
    print_summary(summary)
    result = search(client, alias, SearchRequest(query="torture", size=5))
    print_hits(result, "torture")


@app.command()
@friendly_errors
def run(
    sources: Path = typer.Option(Path(os.environ.get("CASEFILE_SOURCES", "sources.yaml")), help="Sources file (CASEFILE_SOURCES)."),
    source: Optional[list[str]] = typer.Option(None, "--source", help="Only this source id (repeatable)."),
) -> None:
    """Run the pipeline over configured sources and print a summary."""
    configured = load_sources(sources)
    if source:
        unknown = set(source) - {s.id for s in configured}
        if unknown:
            raise SourceConfigError(f"{sources}: no source with id {', '.join(sorted(unknown))}")
        configured = [s for s in configured if s.id in source]
    client = connect()
    print_summary(run_with_progress(client, configured, index_alias()))


@app.command()
@friendly_errors
def process(
    inputs: list[str] = typer.Argument(..., help="Local HTML, PDF or text files, or http(s) URLs."),
    url: Optional[str] = typer.Option(None, help="Original URL of a single local file."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line, in input order."),
    source: str = typer.Option("adhoc", help="Source id to record on the documents."),
    kind: str = typer.Option("auto", help="news, court, or auto: a court record when its title block names a court and a document type."),
) -> None:
    """Run inputs through every stage except indexing and print the documents."""
    if url and len(inputs) != 1:
        errors.print("[red]error:[/red] --url gives the original URL of a single local file")
        raise typer.Exit(2)
    if kind not in {"news", "court", "auto"}:
        raise typer.BadParameter(f"{kind!r} is not one of news, court, auto", param_hint="--kind")
    failed = False
    for result in process_inputs(inputs, url=url, source=source, kind=kind):
        if isinstance(result, InputError):
            failed = True
            errors.print(f"[red]error:[/red] {escape(result.input)}: {escape(result.reason)}", highlight=False)
        elif as_json:
            sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False) + "\n")
        else:
            console.print(f"[bold]{escape(result.title or '')}[/bold]  ({result.language}, {result.published_at})", highlight=False)
            console.print(f"  {result.canonical_url}\n  {escape(result.text[:300])}…\n", highlight=False)
    if failed:
        raise typer.Exit(1)


def print_hits(result: dict, query: str) -> None:
    console.print(f"[bold]{result['total']}[/bold] documents match {query!r}", highlight=False)
    for hit in result["hits"]:
        console.print(f"• [bold]{escape(hit.get('title') or '')}[/bold] — {hit.get('source')}, {hit.get('language')}, {hit.get('published_at')}", highlight=False)
        console.print(f"  {hit.get('canonical_url')}", highlight=False)
        for snippet in hit["highlights"][:2]:
            console.print(f"  … {escape(snippet.strip())} …", highlight=False)
    for name, counts in result["facets"].items():
        console.print(f"{name}: " + ", ".join(f"{k} ({v})" for k, v in counts.items()), highlight=False)


def _day(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command("search")
@friendly_errors
def search_command(
    query: str = typer.Argument(..., help="Words to find (simple query syntax: \"phrase\", -exclude, a|b)."),
    source: Optional[str] = typer.Option(None, help="Only this source id."),
    lang: Optional[str] = typer.Option(None, help="Only this language (ISO 639-1)."),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    size: int = typer.Option(10, min=0, max=1000, help="Number of hits."),
    entity: Optional[str] = typer.Option(None, help="Only documents naming this entity (canonical name, e.g. \"Bashar al-Assad\")."),
    mentions_since: Optional[str] = typer.Option(None, help="Only documents whose text mentions a date on or after this day."),
    mentions_until: Optional[str] = typer.Option(None, help="Only documents whose text mentions a date on or before this day."),
    cluster: Optional[str] = typer.Option(None, help="Only copies of one story (a cluster_id)."),
    as_json: bool = typer.Option(False, "--json", help='One JSON object {"total", "hits", "facets"}.'),
) -> None:
    """Search the corpus: hits with highlighted snippets and facet counts. An empty QUERY
    ("") matches every document, so the filters alone can select."""
    request = SearchRequest(
        query, source, lang, _day(since, "--since"), _day(until, "--until"), size,
        entity=entity, mentions_since=_day(mentions_since, "--mentions-since"),
        mentions_until=_day(mentions_until, "--mentions-until"), cluster=cluster,
    )
    result = search(connect(), index_alias(), request)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    else:
        print_hits(result, query)


@es_app.command("start")
@friendly_errors
def es_start() -> None:
    """Start (or find running) the local node; fetched once with Maven into a cache folder."""
    with console.status("starting Elasticsearch (the first start downloads it with Maven)…"):
        node = local_node.start()
    console.print(f"Elasticsearch {node.version} at {node.url} (user {node.username}, password in {local_node.node_root() / 'password'})", highlight=False)
    console.print(f"log: {node.log_path}", highlight=False)


@es_app.command("stop")
@friendly_errors
def es_stop() -> None:
    """Stop the local node."""
    console.print("stopped" if local_node.stop() else "no local node was running")


@es_app.command("status")
@friendly_errors
def es_status() -> None:
    """URL, version and document count of the configured cluster."""
    client = connect()
    info = client.info()
    alias = index_alias()
    count = client.count(index=alias)["count"] if client.indices.exists_alias(name=alias) else 0
    url = (config_from_env() or local_node.running()).url
    console.print(f"url: {url}\nversion: {info['version']['number']}\nindex: {alias}\ndocuments: {count}", highlight=False)


@kibana_app.command("setup")
@friendly_errors
def kibana_setup(
    kibana_url: str = typer.Option(..., "--kibana-url", envvar="KIBANA_URL", help="Kibana base URL, e.g. http://localhost:5601 (KIBANA_URL)."),
) -> None:
    """Import the data view (on the CASEFILE_INDEX alias), saved searches and dashboard into Kibana, replacing earlier versions (credentials: KIBANA_API_KEY or KIBANA_USERNAME/KIBANA_PASSWORD, else the ES_* ones)."""
    created = setup_kibana(kibana_url, alias=index_alias())
    table = Table(title=f"saved objects in Kibana at {kibana_url}")
    for column in ("type", "id", "title"):
        table.add_column(column)
    for saved in created:
        table.add_row(saved.type, saved.id, escape(saved.title))
    console.print(table)


@app.command()
@friendly_errors
def backfill(
    source: str = typer.Option(..., "--source", help="Source id in the sources file."),
    since: str = typer.Option(..., help="First day (YYYY-MM-DD)."),
    until: str = typer.Option(..., help="Last day, inclusive (YYYY-MM-DD)."),
    batch_size: int = typer.Option(50, min=1, help="Leads per batch (the unit of progress and of resuming)."),
    sources: Path = typer.Option(Path(os.environ.get("CASEFILE_SOURCES", "sources.yaml")), help="Sources file (CASEFILE_SOURCES)."),
) -> None:
    """Collect one source over a date range without a scheduler; run it again after an
    interruption and it resumes where it stopped."""
    from etl.backfill import backfill as run_backfill
    from etl.sources import source_by_id

    chosen = source_by_id(sources, source)
    first, last = _day(since, "--since"), _day(until, "--until")
    client = connect()
    with Progress(*Progress.get_default_columns(), console=errors) as bar:
        task = bar.add_task(f"backfill {source}", total=None)
        try:
            report = run_backfill(client, chosen, index_alias(), first, last, batch_size, lambda stage, done, total: bar.update(task, completed=done, total=total))
        except KeyboardInterrupt:
            errors.print("interrupted: run the same command again to resume")
            raise typer.Exit(130) from None
    table = Table(title=f"backfill {source} {first}..{last}", show_header=False)
    for name in ("discovered", "fetched", "unchanged", "extracted", "duplicates", "indexed", "failed", "duration_seconds"):
        table.add_row(name, str(report[name]))
    console.print(table)
    for failure in report["failures"]:
        console.print(f"[yellow]failed[/yellow] {escape(failure)}", highlight=False)


@app.command()
@friendly_errors
def reindex(
    delete_previous: bool = typer.Option(False, "--delete-previous", help="Only delete the versions the alias no longer points to."),
    enrich: bool = typer.Option(False, "--enrich", help="Find entities and dates again with the current code while copying."),
) -> None:
    """Build the next index version from mappings/, copy the documents, switch the alias
    atomically; the previous version is kept until --delete-previous. With --enrich every
    document is re-enriched on the way, so improvements reach what is already indexed."""
    from etl.elastic.reindex import delete_previous_versions, reindex as run_reindex
    from etl.enrich import reenrich

    client, alias = connect(), index_alias()
    if delete_previous:
        deleted = delete_previous_versions(client, alias)
        console.print(f"deleted: {', '.join(deleted) or 'nothing'}")
        return
    result = run_reindex(client, alias, transform=reenrich if enrich else None)
    console.print(f"{alias}: {result['from']} → {result['to']} ({result['documents']} documents); {result['from']} kept until --delete-previous")


FIELD_LABELS = {"entities": "entities", "dates": "dates", "near_duplicates": "near-duplicate pairs", "language": "language"}


@app.command()
def evaluate(
    set_dir: Path = typer.Option(Path("eval"), "--set", help="Evaluation set: a folder with gold.jsonl and its documents."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object with every score and target."),
) -> None:
    """Score casefile on a hand-annotated evaluation set: precision, recall and F1 per
    field, and whether each quality target is met."""
    from etl.evaluate import EvaluationSetError, evaluate as run_evaluation

    try:
        report = run_evaluation(set_dir)
    except EvaluationSetError as err:
        errors.print(f"[red]error:[/red] {escape(str(err))}", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False) + "\n")
        return
    scores = Table(title=f"{report.documents} documents in {set_dir}")
    for column in ("field", "precision", "recall", "F1"):
        scores.add_column(column, justify="left" if column == "field" else "right")
    unmeasured = []
    for name in ("entities", "dates", "near_duplicates"):
        field = getattr(report, name)
        if field.overall is None:
            scores.add_row(FIELD_LABELS[name], "–", "–", "–")
            unmeasured.append(f"{FIELD_LABELS[name]} not measured: {field.unavailable}")
            continue
        rows = [(FIELD_LABELS[name], field.overall)] + [(f"  {name} {key}", s) for key, s in sorted(field.by_type.items())]
        rows += [(f"  {name}, language {key}", s) for key, s in sorted(field.by_language.items())]
        for label, score in rows:
            scores.add_row(label, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    scores.add_row("language (accuracy)", "", "", f"{report.language_accuracy:.3f}")
    console.print(scores)
    for line in unmeasured:
        console.print(line, highlight=False)
    for error in report.language_errors:
        console.print(f"language: {error['id']} detected {error['detected']}, gold {error['gold']}", highlight=False)
    targets = Table(title="targets")
    for column in ("target", "reached", "met"):
        targets.add_column(column)
    for target, value, met in report.checks():
        reached = "not measured" if value is None else f"{value:.3f}"
        targets.add_row(f"{FIELD_LABELS[target.field]} {target.metric} ≥ {target.minimum:.2f}", reached, "[green]yes[/green]" if met else "[red]no[/red]")
    console.print(targets)


@capture_app.command("verify")
@friendly_errors
def capture_verify(
    target: str = typer.Argument(..., help="A document id, a WARC record id (<urn:uuid:…>), or a .warc.gz file (all its responses)."),
) -> None:
    """Re-read archived bytes and check them against their recorded SHA-256; exits 1 on any mismatch."""
    store = CaptureStore()
    try:
        if Path(target).is_file():
            results = store.verify_file(Path(target))
        elif target.strip("<>").startswith("urn:"):
            results = [store.verify(store.capture_of_record(target))]
        else:
            results = [store.verify(document_capture(connect(), index_alias(), target))]
    except CaptureError as err:
        errors.print(f"[red]error:[/red] {escape(str(err))}", highlight=False)
        raise typer.Exit(1) from None
    for result in results:
        status = "OK" if result.ok else "MISMATCH"
        console.print(f"{status} {escape(result.record_id or '-')} {escape(result.url or '')}: {escape(result.detail)}", highlight=False)
    if not results:
        errors.print(f"[red]error:[/red] {escape(target)}: no response records to verify", highlight=False)
    if not results or not all(result.ok for result in results):
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
