"""Readers: text, Markdown, HTML, JSONL, folders, stdin, encodings and bad files."""

import io
import json
from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.ingest.readers import decode, expand_paths, read_source
from realpolitik.records import Skipped

ENGLISH = (
    "Azerbaijan and Armenia agreed in August 2025 to open talks on a transit route through southern "
    "Armenia. The foreign ministers initialled the text of a peace agreement in Washington."
)
RUSSIAN = (
    "Министры иностранных дел Армении и Азербайджана парафировали текст мирного соглашения в Вашингтоне "
    "в августе 2025 года. Стороны договорились продолжить переговоры о транзитном маршруте."
)
FRENCH = (
    "Les ministres des affaires étrangères de l'Arménie et de l'Azerbaïdjan ont paraphé à Washington, "
    "en août 2025, le texte d'un accord de paix. Les négociations sur une route de transit continuent."
)
SETTINGS = Settings()


def _read(path: Path, settings: Settings = SETTINGS):
    return read_source(str(path), settings)


@pytest.mark.parametrize(
    ("text", "encoding", "language"),
    [
        (RUSSIAN, "cp1251", "ru"),
        (FRENCH, "latin-1", "fr"),
        (RUSSIAN, "utf-16", "ru"),  # Python writes a byte-order mark for "utf-16"
        (FRENCH, "utf-8-sig", "fr"),
        (ENGLISH, "utf-8", "en"),
    ],
)
def test_readers_detect_encodings(tmp_path: Path, text: str, encoding: str, language: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(("Title line of the note\n\n" + text + "\n").encode(encoding))
    result = _read(path)
    assert result.skipped == []
    (art,) = result.articles
    assert art.text == text
    assert art.language == language


def test_readers_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(f"# Transit talks\n\n**August 9, 2025**\n\n{ENGLISH}\n", encoding="utf-8")
    (art,) = _read(path).articles
    assert (art.title, art.date, art.source) == ("Transit talks", "2025-08-09", str(path))


HTML = f"""<!DOCTYPE html>
<html><head>
<title>Transit talks open | Example Ledger</title>
<meta property="og:title" content="Transit talks open">
<meta property="og:site_name" content="Example Ledger">
<meta name="author" content="Jane Holloway">
<meta property="article:published_time" content="2025-08-09T08:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Transit talks open</h1>
<p>{ENGLISH}</p>
<p>Officials of both states said the next round would take place in the autumn, and that the
border commissions would meet before then to prepare the details of the route.</p>
<p>Follow us on Telegram: https://t.me/exampleledger</p>
</article>
<footer>© 2025 Example Ledger. All rights reserved.</footer>
</body></html>
"""


def test_readers_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    result = _read(path)
    assert result.skipped == []
    (art,) = result.articles
    assert art.title == "Transit talks open"
    assert (art.date, art.author, art.outlet, art.language) == (
        "2025-08-09",
        "Jane Holloway",
        "Example Ledger",
        "en",
    )
    assert art.text.startswith("Azerbaijan and Armenia agreed")
    assert "Home" not in art.text and "Telegram" not in art.text and "rights reserved" not in art.text


def test_readers_jsonl_lines_and_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        json.dumps(
            {
                "text": ENGLISH,
                "title": "Talks",
                "date": "2025-08-08",
                "outlet": "Example Wire",
                "author": "Ruth Adler",
                "url": "https://example.org/a",
            }
        ),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": RUSSIAN, "date": "8 August 2025"}),
        json.dumps({"text": FRENCH, "date": "someday"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = _read(path)
    assert [(a.start_line, a.title, a.date, a.language) for a in result.articles] == [
        (1, "Talks", "2025-08-08", "en"),
        (5, None, "2025-08-08", "ru"),
    ]
    first = result.articles[0]
    assert (first.outlet, first.author, first.url) == ("Example Wire", "Ruth Adler", "https://example.org/a")
    assert [(s.source, s.line) for s in result.skipped] == [(str(path), 2), (str(path), 3), (str(path), 6)]
    assert (
        "not valid JSON" in result.skipped[0].reason
        and "one JSON object per line" in result.skipped[0].reason
    )
    assert "'text'" in result.skipped[1].reason
    assert "YYYY-MM-DD" in result.skipped[2].reason


def test_readers_folder_recursive_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b" / "c" / "d.md").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b" / "e.jsonl").write_text(json.dumps({"text": RUSSIAN}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nNotes on the corpus.\n", encoding="utf-8")
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(expand_paths([tmp_path]))
    files = [Path(i).relative_to(tmp_path).as_posix() for i in items if isinstance(i, str)]
    assert files == ["a.txt", "b/e.jsonl", "b/c/d.md"]
    (skip,) = [i for i in items if isinstance(i, Skipped)]
    assert skip.source.endswith("photo.png") and "unsupported" in skip.reason


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        (ENGLISH.encode(), "text"),
        ((json.dumps({"text": ENGLISH, "title": "From a pipe"}) + "\n").encode(), "jsonl"),
    ],
)
def test_readers_stdin(payload: bytes, kind: str) -> None:
    result = read_source("-", SETTINGS, io.BytesIO(payload))
    (art,) = result.articles
    assert art.source == "-"
    assert art.text == ENGLISH
    assert (art.title == "From a pipe") is (kind == "jsonl")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        ("blob.txt", bytes(range(256)) * 40, "binary"),
        ("only-boilerplate.txt", b"Related News\n\nSomething else\n", "no article text"),
    ],
)
def test_readers_bad_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _read(path)
    assert result.articles == []
    (skip,) = result.skipped
    assert skip.source == str(path)
    assert message in skip.reason


def test_readers_oversized_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 10, encoding="utf-8")
    (skip,) = _read(path, Settings(max_file_bytes=500)).skipped
    assert "too large" in skip.reason and "max_file_bytes" in skip.reason


def test_readers_unreadable_file_is_skipped(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    (skip,) = _read(link).skipped
    assert "cannot read" in skip.reason and skip.source == str(link)


def test_readers_permission_denied_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")

    import os

    real_open = os.open

    def refuse(name: str, flags: int, *args: int) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, flags, *args)

    # The suite may run as root, where chmod cannot make a file unreadable.
    monkeypatch.setattr(os, "open", refuse)
    (skip,) = _read(path).skipped
    assert "Permission denied" in skip.reason and "readable" in skip.reason


def test_readers_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    from realpolitik.ingest import read_articles

    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    result = read_articles([tmp_path / "bad.txt", tmp_path / "nowhere.txt", tmp_path / "good.txt"])
    assert [a.text for a in result.articles] == [ENGLISH]
    assert [Path(s.source).name for s in result.skipped] == ["bad.txt", "nowhere.txt"]


def test_readers_decode_prefers_utf8_and_refuses_nul_bytes() -> None:
    assert decode("Şuşa və Bakı".encode(), "x") == "Şuşa və Bakı"
    with pytest.raises(Exception, match="binary"):
        decode(b"abc\x00\x01\x02def" * 100, "x")


# --- issue 11: special files, bounded reading, text hygiene ----------------------------------------


def test_readers_symlink_to_dev_zero_is_skipped_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    # Before: stat reported size 0 and the file was read until MemoryError.
    (skip,) = _read(link, Settings(max_file_bytes=1000)).skipped
    assert skip.source == str(link) and "character device" in skip.reason and "regular file" in skip.reason


def test_readers_fifo_is_skipped_without_hanging(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (skip,) = _read(fifo).skipped  # before: opening it blocked forever waiting for a writer
    assert "named pipe" in skip.reason


def test_readers_socket_in_a_folder_is_skipped(tmp_path: Path) -> None:
    import socket

    from realpolitik.ingest import read_articles

    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "listen.txt"))
        result = read_articles([tmp_path])
    finally:
        sock.close()
    assert [a.text for a in result.articles] == [ENGLISH]
    (skip,) = result.skipped
    assert skip.source.endswith("listen.txt") and "socket" in skip.reason


def test_readers_reading_is_bounded_by_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 20, encoding="utf-8")
    (skip,) = _read(path, Settings(max_file_bytes=500)).skipped
    assert "too large" in skip.reason


def test_readers_jsonl_lone_surrogate_is_replaced_and_the_others_stored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"text": f"{ENGLISH} Line {i}."}) for i in range(3)]
    rows.insert(1, '{"text": "' + ENGLISH + ' A broken \\ud800 character.", "title": "Bad \\ud800 title"}')
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="realpolitik.ingest"):
        result = _read(path)
    assert result.skipped == [] and len(result.articles) == 4
    bad = result.articles[1]
    assert "broken \ufffd character" in bad.text and bad.title == "Bad \ufffd title"
    assert bad.language == "en"  # language detection no longer fails on the surrogate
    for art in result.articles:
        art.text.encode("utf-8")
    assert "2 characters removed or replaced" in caplog.text


def test_readers_bidi_override_is_removed_from_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Transit talks\n\n" + ENGLISH.replace("Washington", "\u202eWashington\u202c") + "\n")
    (art,) = _read(path).articles
    assert "\u202e" not in art.text and "\u202c" not in art.text and "in Washington" in art.text


def test_readers_damaged_utf8_gets_replacement_characters_not_another_codec(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "damaged.txt"
    body = "Transit talks – the “route” question\n\n" + ENGLISH + " " + ENGLISH + "\n"
    raw = body.encode("utf-8")
    cut = raw.index(b"southern")
    path.write_bytes(raw[:cut] + b"\xff\xfe" + raw[cut:])
    with caplog.at_level("WARNING", logger="realpolitik.ingest"):
        (art,) = _read(path).articles
    # Before: charset detection read the whole file as a Cyrillic code page.
    assert art.title == "Transit talks – the “route” question"
    assert "\ufffd\ufffdsouthern" in art.text and art.language == "en"
    assert "2 invalid UTF-8 byte sequences" in caplog.text


def test_readers_html_title_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = HTML.replace("<h1>Transit talks open</h1>", "<h1><script>alert(2)</script>Transit talks open</h1>")
    page = page.replace("<title>", "<title><b></b>")
    assert "alert(2)" in page
    path.write_text(page, encoding="utf-8")
    (art,) = _read(path).articles
    assert "alert" not in (art.title or "") and "alert" not in art.text
    assert art.title == "Transit talks open"


def test_readers_jsonl_title_with_markup_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": ENGLISH, "title": "<h1><script>alert(2)</script>Route talks</h1>"}) + "\n"
    )
    (art,) = _read(path).articles
    assert art.title == "Route talks"
