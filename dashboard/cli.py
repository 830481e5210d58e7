"""The command line: ``python -m dashboard extract|ingest|posture|export|build|gazetteer``.

Articles are text files, HTML pages saved as files, or web addresses (http or https).

Errors become one line on stderr and exit code 2; nothing is printed to stdout then. Every line on
stderr, and the CSV or JSON on stdout when it is a terminal, has its control characters escaped: a
file name or an article cannot send the terminal an escape sequence. pandas, geopy and the store
are imported by the commands that use them, so ``extract`` starts quickly.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard import paths, settings
from dashboard.errors import ArgumentError, DashboardError, StoreError
from dashboard.exports import plain
from dashboard.ingest.local import checked_each
from dashboard.places import gazetteer, geocode
from dashboard.schema import Fact
from dashboard.sources import webpage
from dashboard.util.terminal import for_terminal


def say(message: str) -> None:
    """One line on stderr, whatever the file names and articles it quotes hold."""
    print(for_terminal(message), file=sys.stderr)


if TYPE_CHECKING:  # pandas comes with it: imported by the commands that read the store
    from dashboard.analysis.query import Engine


def facts_of(sources: Sequence[Path | str], gaz: gazetteer.Gazetteer, *, workers: int = 1) -> list[Fact]:
    """All facts of the files or pages, in their order, reading every one before extracting any (a bad
    one stops all); extracted in up to ``workers`` processes when there is much text.

    Facts refused as impossible are named on stderr, never dropped silently.
    """
    loaded = [webpage.load(source) for source in sources]
    facts = []
    for kept, notes in checked_each(loaded, [str(source) for source in sources], gazetteer=gaz, workers=workers):
        for note in notes:
            say(f"warning: {note}")
        facts += kept
    return facts


def build(*, seeds_dir: Path | None = None, output: Path | None = None) -> int:
    from dashboard.store import shipped

    facts = facts_of(shipped.seed_paths(seeds_dir or paths.SEEDS_DIR), gazetteer.load())
    (output or paths.SHIPPED_CSV).write_text(
        plain.to_csv(plain.fact_rows(facts), spreadsheet_safe=False), encoding="utf-8"
    )
    return len(facts)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="print the deployment facts of articles (files or addresses)")
    extract_cmd.add_argument("files", nargs="+", metavar="FILE_OR_URL", help=".txt or .html file, or http(s) address")
    extract_cmd.add_argument("--format", choices=("csv", "json"), default="csv")
    extract_cmd.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="extract many articles in N processes (default: one per core; the output is the same)",
    )
    extract_cmd.add_argument(
        "--online", action="store_true", help="refine towns and bases with Nominatim (opt-in; falls back to offline)"
    )
    extract_cmd.add_argument(
        "--nominatim",
        default=None,
        help="Nominatim server URL (with --online; default DASHBOARD_NOMINATIM or the public one)",
    )
    build_cmd = commands.add_parser("build", help="rebuild data/deployments.csv from seeds/")
    build_cmd.add_argument("--output", type=Path, default=None, help="default data/deployments.csv")
    commands.add_parser("gazetteer", help="rebuild the offline gazetteer index")
    ingest_cmd = commands.add_parser(
        "ingest", help="add articles to the store: every .txt/.html below a directory, a file, or a web address"
    )
    ingest_cmd.add_argument("sources", nargs="+", metavar="DIR_FILE_OR_URL")
    ingest_cmd.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="extract in N processes (default: one per core; with --scheduler local, the cluster's worker processes)",
    )
    ingest_cmd.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="extract on the Dask cluster whose scheduler is at ADDRESS "
        "(e.g. tcp://10.0.0.5:8786), or on a new local cluster with 'local'",
    )
    ingest_cmd.add_argument(
        "--store", type=Path, default=None, help="the SQLite store (default DASHBOARD_STORE or data/store.sqlite)"
    )
    posture_cmd = commands.add_parser(
        "posture", help="print the posture the app shows on a date: one row per side, host, force, unit and status"
    )
    posture_cmd.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="the date (default today; any date)")
    posture_cmd.add_argument("--format", choices=("json", "csv"), default="json")
    export_cmd = commands.add_parser(
        "export", help="write the facts the app's filters select as the app's CSV, Excel or GeoJSON download"
    )
    export_cmd.add_argument("--country", action="extend", nargs="+", default=[], metavar="CODE", help="ISO code")
    export_cmd.add_argument("--unit", action="extend", nargs="+", default=[], metavar="UNIT")
    export_cmd.add_argument("--status", action="extend", nargs="+", default=[], metavar="STATUS")
    export_cmd.add_argument("--force", action="extend", nargs="+", default=[], metavar="FORCE")
    export_cmd.add_argument("--since", default=None, metavar="YYYY-MM-DD", help="articles published on or after")
    export_cmd.add_argument("--until", default=None, metavar="YYYY-MM-DD", help="articles published on or before")
    export_cmd.add_argument(
        "--reviewed", action="store_true", help="only facts a person accepted or corrected (as the app's toggle)"
    )
    export_cmd.add_argument("--headers", choices=("schema", "readable"), default="schema", help="column names")
    export_cmd.add_argument("--format", choices=("csv", "xlsx", "geojson"), required=True)
    export_cmd.add_argument("--output", type=Path, required=True, metavar="FILE")
    for command in (posture_cmd, export_cmd):
        command.add_argument(
            "--store", type=Path, default=None, help="the SQLite store (default DASHBOARD_STORE or data/store.sqlite)"
        )
    return parser


def _extract(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    facts = facts_of(args.files, gaz, workers=args.workers)
    if args.online:
        config = settings.from_environment()
        scheme, _, domain = (args.nominatim or config.nominatim_url).partition("://")
        refined = geocode.refine(
            facts, geocode.nominatim_transport(domain=domain, scheme=scheme), cache=geocode.GeoCache(config.geocache)
        )
        facts = refined.facts
        if refined.problem:
            say(f"warning: {refined.problem}; kept the offline places")
    if not facts:
        say("note: no deployment facts found in " + ", ".join(map(str, args.files)))
    rows = plain.fact_rows(facts)
    out = plain.to_json(rows) + "\n" if args.format == "json" else plain.to_csv(rows)
    # To a terminal the text is shown, so it is made inert; to a file or a pipe it is data, kept exact.
    sys.stdout.write(for_terminal(out, lines=True) if sys.stdout.isatty() else out)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from dashboard.analysis import query
    from dashboard.ingest import local
    from dashboard.store.articles import Store

    store = Store(args.store or settings.from_environment().store)

    def progress(items, total):
        return tqdm(items, total=total, desc="extracting", unit="article", file=sys.stderr)

    if args.scheduler is not None:  # an empty address is an error, not local ingest
        from dashboard.ingest import cluster

        with cluster.OnDemand(args.scheduler, workers=args.workers) as client:
            summary = local.ingest_sources(
                args.sources,
                store=store,
                progress=progress,
                ingest_directory=lambda d: cluster.ingest_dir(d, store=store, client=client, progress=progress),
            )
    else:
        summary = local.ingest_sources(args.sources, store=store, workers=args.workers, progress=progress)
    for note in summary.refused:
        say(f"refused: {note}")
    # The app's query indexes, made now rather than on the app's first start over a large store.
    query.ensure_indexes(store.path)
    for path, reason in summary.failures:
        say(f"failed: {path}: {reason}")
    say(
        f"{summary.articles} article(s) added with {summary.facts} fact(s); {summary.already} already stored; "
        f"{len(summary.failures)} failed"
    )
    return 2 if summary.failures else 0


def _day(value: str | None, option: str) -> date | None:
    """An option's date: a real day written YYYY-MM-DD (any year, past or future)."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as err:
        raise ArgumentError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from err


def _reader(store_arg: Path | None) -> Reader:
    """The store's facts as the app reads them (the shipped ones too, the reviews laid over them). A
    store named with --store must exist; the default one may not yet (the shipped facts are read)."""
    from dashboard.analysis import query
    from dashboard.review import log
    from dashboard.store import shipped
    from dashboard.store.articles import Store

    path = store_arg or settings.from_environment().store
    scratch = None
    if not path.exists():
        if store_arg is not None:
            raise StoreError(f"no store at {path}")
        # An empty store of its own, removed when the command ends, as the app does without one.
        scratch = tempfile.TemporaryDirectory(prefix="dashboard-empty-")
        path = Path(scratch.name) / "store.sqlite"
    store = Store(path)
    engine = query.Engine(store.path, shipped.all_facts(None))
    engine.sync("cli", lambda: log.decisions(store))
    gaz = gazetteer.load()
    return Reader(engine, {region: gaz.region_members(region) for region in engine.regions()}, gaz, scratch)


@dataclass(frozen=True, slots=True)
class Reader:
    """What ``posture`` and ``export`` read: the query engine over the store, the regions' members."""

    engine: Engine
    members: dict[str, tuple[str, ...]]
    gazetteer: gazetteer.Gazetteer
    scratch: tempfile.TemporaryDirectory | None


def _posture(args: argparse.Namespace) -> int:
    from dashboard.analysis import posture, query
    from dashboard.analysis.filters import Filters
    from dashboard.places import sides

    on = _day(args.on, "--on") or date.today()
    reader = _reader(args.store)
    result = reader.engine.posture(
        Filters(), reader.members, states=query.SHOWN, on=on, sides=sides.load(reader.gazetteer), sample=0
    )
    rows = posture.rows(result)
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        flat = [tuple(" ".join(v) if k == "facts" else v for k, v in row.items()) for row in rows]
        sys.stdout.write("".join(plain.csv_chunks(flat, columns=posture.ROW_FIELDS)))
    print(f"posture on {on}: {len(rows)} row(s)", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from dashboard.analysis import downloads, filters, query
    from dashboard.schema import STATUSES

    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    reader = _reader(args.store)
    for code in args.country:
        if code not in reader.gazetteer.countries:
            raise ArgumentError(f"--country {code!r} is not a country code (ISO 3166, such as EE)")
    for status in args.status:
        if status not in STATUSES:
            raise ArgumentError(f"--status {status!r} is not one of {', '.join(STATUSES)}")
    chosen = filters.Filters(
        countries=tuple(args.country),
        units=tuple(args.unit),
        statuses=tuple(args.status),
        forces=tuple(args.force),
        date_from=since,
        date_to=until,
    )
    states = query.TRUSTED if args.reviewed else query.SHOWN
    selection = downloads.Selection(reader.engine, chosen, reader.members, states)
    described = filters.describe(chosen, country_name=reader.gazetteer.country_name)
    # Written beside the output and moved over it when whole: a failed export leaves no half file.
    partial = args.output.with_name(args.output.name + ".part")
    try:
        with partial.open("wb") as out:
            for chunk in downloads.chunks(
                args.format,
                selection,
                described=described,
                outline=reader.gazetteer.outline,
                headers=args.headers,
                exported_at=datetime.now(UTC),
            ):
                out.write(chunk)
        partial.replace(args.output)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise ArgumentError(f"cannot write {args.output}: {err.strerror or err}") from err
    count = reader.engine.count(chosen, reader.members, states=states)
    print(f"wrote {count} fact(s) to {args.output}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "posture":
            return _posture(args)
        if args.command == "export":
            return _export(args)
        if args.command == "build":
            count = build(output=args.output)
            say(f"wrote {count} facts to {args.output or 'data/deployments.csv'}")
            return 0
        path = gazetteer.build_index()
        say(f"wrote {path}")
        return 0
    except DashboardError as err:
        say(f"error: {err}")
        return 2
