"""The `realpolitik` command: a thin shell that parses arguments and calls library functions.

Only this module turns exceptions into messages and exit codes.
"""

from __future__ import annotations

import sys
from typing import IO

import click

from . import __version__
from .errors import RealpolitikError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="realpolitik")
def cli() -> None:
    """Turn news and analysis text into an evidence-backed model of a geopolitical system."""


# Subcommands are added below, one block per pipeline stage.
# --- ingest ---------------------------------------------------------------------------------------
# --- actors ---------------------------------------------------------------------------------------
# --- events ---------------------------------------------------------------------------------------


@cli.command("code")
@click.option(
    "--input", "input_file", required=True, type=click.File("rb"), help="JSON lines file, or - for stdin."
)
@click.option(
    "--output",
    "output_file",
    default="-",
    show_default=True,
    type=click.File("w", encoding="utf-8"),
    help="Where to write one JSON line of events per input line, or - for stdout.",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Texts per spaCy batch.")
@click.option("--n-process", type=click.IntRange(min=1), default=None, help="Worker processes for spaCy.")
@click.option(
    "--kb", "kb_packs", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra KB pack."
)
@click.pass_context
def code_cmd(
    ctx: click.Context,
    input_file: IO[bytes],
    output_file: IO[str],
    batch_size: int | None,
    n_process: int | None,
    kb_packs: tuple[str, ...],
) -> None:
    """Code events in JSON lines {"id", "text", "date"?}; writes {"id", "events"} lines in input order."""
    from .config import load_settings
    from .events.run import code_jsonl

    name = "-" if input_file.name in ("<stdin>", "-") else input_file.name
    settings = load_settings(batch_size=batch_size, n_process=n_process, kb_packs=tuple(kb_packs) or None)
    report = code_jsonl(
        input_file,
        output_file,
        settings,
        on_error=lambda line, message: click.echo(f"{name}:{line}: {message}", err=True),
    )
    click.echo(
        f"coded {report.coded} records, {report.events} events; {len(report.failed)} lines failed",
        err=True,
    )
    if report.failed:
        ctx.exit(3)


@cli.command("eval")
@click.option("--gold", type=click.Path(dir_okay=False), default=None, help="gold records (default: ../shared/eval)")
@click.option("--scorer", type=click.Path(dir_okay=False), default=None, help="scorer script (default: ../shared/eval)")
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="predictions JSONL to write")
@click.option("--errors", type=int, default=0, show_default=True, help="print up to N mismatched records")
def eval_command(gold: str | None, scorer: str | None, output: str | None, errors: int) -> None:
    """Code the PLOVER gold sentences and score them with the shared scorer."""
    from .events.evaluate import evaluate

    result = evaluate(gold=gold, scorer=scorer, output=output, errors=errors)
    for key, value in result.metrics.items():
        click.echo(f"{key:18} {value}")
    for line in result.errors:
        click.echo(line)
    click.echo(f"predictions: {result.predictions}", err=True)


# --- system ---------------------------------------------------------------------------------------
# --- web ------------------------------------------------------------------------------------------
@cli.command("serve")
@click.option(
    "--db", "db", required=True, type=click.Path(dir_okay=False), help="DuckDB file written by analyze."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless --allow-remote)."
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-remote", is_flag=True, help="Allow a non-loopback --host (requires a token).")
@click.option("--token", default=None, help="Access token clients must send (or env REALPOLITIK_TOKEN).")
def serve_cmd(db: str, host: str, port: int, allow_remote: bool, token: str | None) -> None:
    """Serve the web app and JSON API over DB (read-only) until Ctrl-C."""
    from .web import serve

    def ready(url: str) -> None:
        click.echo(f"realpolitik web app on {url} (database {db}, read-only; Ctrl-C to stop)")
        if token or allow_remote:
            click.echo("clients must send the token: 'Authorization: Bearer <token>' or ?token=<token>")

    serve(db, host=host, port=port, allow_remote=allow_remote, token=token, on_ready=ready)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and map project errors to messages and exit codes."""
    try:
        cli.main(args=argv, prog_name="realpolitik", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except RealpolitikError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
