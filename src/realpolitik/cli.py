"""The `realpolitik` command: a thin shell that parses arguments and calls library functions.

Only this module turns exceptions into messages and exit codes.
"""

from __future__ import annotations

import sys

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
# --- system ---------------------------------------------------------------------------------------
# --- web ------------------------------------------------------------------------------------------


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
