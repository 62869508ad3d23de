"""Date finding: dateline formats, numeric day/month order learned from the file, ambiguity flag."""

import pytest

from realpolitik.ingest._dates import find_dates, learn_convention, parse_dateline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("JUL 21, 2023", "2023-07-21"),
        ("March 17 2023", "2023-03-17"),
        ("February 10, 2022", "2022-02-10"),
        ("Sept. 20, 2023", "2023-09-20"),
        ("20 September 2023", "2023-09-20"),
        ("20th of September, 2023", "2023-09-20"),
        ("2023-09-20", "2023-09-20"),
        ("2023/09/20", "2023-09-20"),
        ("20.09.2023", "2023-09-20"),
        ("Wednesday, 20 September 2023 10:15 GMT", "2023-09-20"),
        ("Posted on September 20, 2023 by Jane Holloway", "2023-09-20"),
        ("THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS", "2020-11-11"),
        ("03.12.2020 Off By Admin", "2020-12-03"),
        ("20 сентября 2023", "2023-09-20"),
        ("20 Eylül 2023", "2023-09-20"),
        ("٢٠ سبتمبر ٢٠٢٣", "2023-09-20"),
        ("20 أيلول 2023", "2023-09-20"),
        ("10 تشرين الثاني 2020", "2020-11-10"),
        ("الثلاثاء 5 تشرين اول 2021", "2021-10-05"),
        ("موسكو، 10 ديسمبر/كانون الأول 2021", "2021-12-10"),
        ("THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS • 129 COMMENTS • REPLY", "2020-11-11"),
        ("February 11, 2022 16:45 The Kremlin, Moscow", "2022-02-11"),
    ],
)
def test_dates_parse_dateline_formats(line: str, iso: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.found.iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        "On 10 November 2020 the war ended with a statement signed in Moscow.",
        "The ceasefire of 2020 held for almost three years",
        "Baku and Yerevan",
        "31.02.2021",  # not a real day
        "",
    ],
)
def test_dates_parse_dateline_rejects_sentences_and_non_dates(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS", "THE SAKER"),
        ("03.12.2020 Off By Admin", "By Admin"),
        ("February 10, 2022", ""),
    ],
)
def test_dates_parse_dateline_keeps_the_words_beside_the_date(extra: str, expected: str) -> None:
    dateline = parse_dateline(extra)
    assert dateline is not None
    assert dateline.extra == expected


@pytest.mark.parametrize(
    ("file_lines", "expected", "ambiguous"),
    [
        # another dotted date with a day above 12 proves day-first
        (["03.12.2020", "The meeting of 25.11.2020 was postponed."], "2020-12-03", False),
        # a slashed date with a second number above 12 proves month-first
        (["03/12/2020", "Filed 11/25/2020."], "2020-03-12", False),
        # nothing to learn from: day-first is chosen and the date is flagged
        (["03.12.2020"], "2020-12-03", True),
        # proof for another separator does not count
        (["03/12/2020", "Filed 25.11.2020."], "2020-12-03", True),
        # not ambiguous at all
        (["25.11.2020"], "2020-11-25", False),
        (["05.05.2021"], "2021-05-05", False),
    ],
)
def test_dates_convention_resolves_day_first_or_flags(
    file_lines: list[str], expected: str, ambiguous: bool
) -> None:
    conv = learn_convention(file_lines)
    found = find_dates(file_lines[0])[0]
    assert conv.resolve(found) == (expected, ambiguous)


def test_dates_convention_named_month_order_is_only_a_hint() -> None:
    conv = learn_convention(["03/12/2020", "July 14, 2021", "August 2, 2021"])
    assert conv.resolve(find_dates("03/12/2020")[0]) == ("2020-03-12", True)
    # a dotted date stays day-first even in a file that writes "July 14, 2021"
    assert conv.resolve(find_dates("03.12.2020")[0]) == ("2020-12-03", True)
