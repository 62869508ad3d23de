"""The dump splitter: article boundaries, headers, boilerplate, dates and provenance."""

import pytest

from realpolitik.ingest.split import article_starts, content_hash, split_text

from .dumps import MIXED_DUMP, MIXED_EXPECTED


@pytest.fixture(scope="module")
def mixed() -> list:
    return split_text(MIXED_DUMP, "mixed.txt")


def test_split_finds_every_article_of_a_mixed_dump(mixed: list) -> None:
    got = [(a.title, a.date, a.author, a.outlet, a.language) for a in mixed]
    assert got == MIXED_EXPECTED


@pytest.mark.parametrize(
    "fragment",
    [
        "Follow us on Telegram",
        "please consider a small donation",
        "Related News",
        "Monitoring centre in Aghdam closes",  # a related-news headline, not an article
        "All rights reserved",
        "MORE ON THE TOPIC",
        "Leave a Reply",
        "Illustrative image",
        "By Jane Holloway",  # bylines and signatures go to `author`, not the text
    ],
)
def test_split_removes_boilerplate_from_article_text(mixed: list, fragment: str) -> None:
    assert all(fragment not in a.text for a in mixed)
    assert all(a.title is None or fragment not in a.title for a in mixed)


def test_split_keeps_bullets_and_transcript_turns_in_the_text(mixed: list) -> None:
    shusha, transcript = mixed[1], mixed[4]
    assert "- a transport link through the Zangezur route;" in shusha.text
    assert "Armenia criticised the visit" in shusha.text  # text after the list stays in the article
    assert transcript.text.startswith("Host minister: Good afternoon.")
    assert "Question: Will Georgia take part in the next meeting?" in transcript.text


def test_split_records_provenance_lines_and_hash(mixed: list) -> None:
    lines = MIXED_DUMP.splitlines()
    for art in mixed:
        assert 1 <= art.start_line <= art.end_line <= len(lines)
        assert art.id == content_hash(art.text)
        # the last line of the article's text is the source line at end_line
        assert art.text.splitlines()[-1].strip() == lines[art.end_line - 1].strip()
    assert lines[mixed[0].start_line - 1] == "PEACEKEEPERS BEGIN TO LEAVE KARABAKH"
    assert lines[mixed[3].start_line - 1] == "14.01.2022"  # the date stands before that title


SINGLE = """\
Aliyev and Pashinyan Meet in Brussels

Yerevan and Baku Have Different Aims

The leaders of Azerbaijan and Armenia met in Brussels on 14 May 2023 with the President of the European Council. The talks covered the border commission, the release of detainees and transport links.

Border commission

The two deputy prime ministers lead the commissions that work on the border between the two states. Their meetings take place in turn on each side of the border.

A later round

A further meeting of the two leaders with European Union mediation took place in July 2023.

By Maria Lenz
Source: Example Review

Similar Posts

Another headline about the region
"""


def test_split_single_article_keeps_section_headings_and_reads_the_signature() -> None:
    arts = split_text(SINGLE, "single.txt")
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Aliyev and Pashinyan Meet in Brussels"
    assert (art.author, art.outlet, art.date, art.language) == ("Maria Lenz", "Example Review", None, "en")
    assert "Border commission" in art.text and "A later round" in art.text
    assert "Similar Posts" not in art.text and "Another headline" not in art.text
    assert "Source:" not in art.text
    assert art.end_line == 13  # the signature and the Similar Posts block are not part of it


REPEATED = """\
Türkiye and Armenia open the border for aid.
Türkiye and Armenia open the border for aid.
In February 2023 the Margara crossing between Armenia and Türkiye opened for trucks carrying aid to the regions hit by the earthquake of 6 February. It was the first such opening in decades.
The step was welcomed in both capitals as a sign that the normalisation talks could produce results.
"""


def test_split_repeated_title_line_is_one_title() -> None:
    arts = split_text(REPEATED, "repeated.txt")
    assert [a.title for a in arts] == ["Türkiye and Armenia open the border for aid."]
    assert arts[0].text.startswith("In February 2023")


AUTHOR_BLOCK = """\
Iran and Azerbaijan Reopen an Embassy

15.07.2024 Off By Admin
Iran and Azerbaijan Reopen an Embassy

Senior fellow of an example institute,
Nadia Petrosyan

Azerbaijan closed its embassy in Tehran after the armed attack on it in January 2023, in which a security guard was killed. Relations between the two neighbours improved in 2024, and the embassy resumed work in July of that year.

Senior fellow of an example institute,
"""


def test_split_author_line_after_title_and_role_signature() -> None:
    arts = split_text(AUTHOR_BLOCK, "author.txt")
    assert len(arts) == 1
    art = arts[0]
    assert (art.title, art.date, art.author) == (
        "Iran and Azerbaijan Reopen an Embassy",
        "2024-07-15",
        "Nadia Petrosyan",
    )
    assert not art.date_ambiguous  # 15 cannot be a month
    assert "Senior fellow" not in art.text
    assert art.text.startswith("Azerbaijan closed its embassy")


AMBIGUOUS = """\
Envoys Meet Again

04.03.2022

The special envoys of Armenia and Türkiye met again in Antalya, at the diplomacy forum held there, and agreed to go on with the talks without preconditions between the two states.
"""


def test_split_flags_an_undecidable_numeric_date() -> None:
    (art,) = split_text(AMBIGUOUS, "amb.txt")
    assert (art.date, art.date_ambiguous) == ("2022-03-04", True)


def test_split_resolves_numeric_dates_from_the_files_own_convention() -> None:
    text = AMBIGUOUS + "\nA note in the margin, dated 21.03.2022, repeats that the talks go on.\n"
    (art,) = split_text(text, "amb.txt")
    assert (art.date, art.date_ambiguous) == ("2022-03-04", False)


MARKDOWN = """\
# The Zangezur Route

*August 8, 2025*

Leaders of Armenia and Azerbaijan met in Washington on 8 August 2025, where a route through southern Armenia was discussed under United States involvement, and the two foreign ministers initialled the text of a peace agreement.

## What comes next

The agreement still has to be signed and ratified.
"""


def test_split_markdown_heading_and_emphasised_date() -> None:
    (art,) = split_text(MARKDOWN, "note.md")
    assert (art.title, art.date) == ("The Zangezur Route", "2025-08-08")
    assert "## What comes next" in art.text


def test_split_drops_a_short_fragment_and_keeps_a_lone_short_text() -> None:
    lone = "Brief note\n\nArmenia and Azerbaijan exchanged prisoners in December 2023.\n"
    assert len(split_text(lone, "lone.txt")) == 1
    assert split_text("\n\n   \n", "blank.txt") == []


MORE_FORMATS = """\
Talks on the Peace Treaty Continue in Almaty

The foreign ministers of Armenia and Azerbaijan met in Kazakhstan to work on the text of a peace treaty between the two states.

By Timur Akhmetov

The ministers, Ararat Mirzoyan and Jeyhun Bayramov, met in Almaty on 10 and 11 May 2024 at the invitation of Kazakhstan. Both sides said that progress had been made on several articles of the draft.

***

Meeting with the President of Azerbaijan

May 9, 2024 / 13:40 / The Kremlin, Moscow

The President of Russia met the President of Azerbaijan in the Kremlin after the Victory Day events. They discussed trade, transport routes across the region and the situation in the South Caucasus.

***

ARMENIA FREEZES ITS PARTICIPATION IN THE CSTO

In February 2024 the Prime Minister of Armenia said that his country had frozen its participation in the Collective Security Treaty Organization, accusing the alliance of failing to act when Armenia asked for help.
"""


def test_split_standfirst_before_byline_kremlin_dateline_and_separators() -> None:
    arts = split_text(MORE_FORMATS, "more.txt")
    assert [(a.title, a.date, a.author) for a in arts] == [
        ("Talks on the Peace Treaty Continue in Almaty", None, "Timur Akhmetov"),
        ("Meeting with the President of Azerbaijan", "2024-05-09", None),
        ("ARMENIA FREEZES ITS PARTICIPATION IN THE CSTO", None, None),
    ]
    assert arts[0].text.startswith("The foreign ministers of Armenia and Azerbaijan met in Kazakhstan")
    assert "Kremlin, Moscow" not in arts[1].text


HEADER_OUTLET = """\
A Corridor Closed by Protesters

2022-12-14
The Example Observer
By Nora Lind

People presenting themselves as environmental activists stopped traffic on the Lachin road on 12 December 2022, cutting the only land link between Armenia and the Armenians of Karabakh.

— Ivo Brenner, Yerevan
"""


def test_split_outlet_line_inside_header_and_dash_signature() -> None:
    (art,) = split_text(HEADER_OUTLET, "h.txt")
    assert (art.title, art.date, art.outlet) == (
        "A Corridor Closed by Protesters",
        "2022-12-14",
        "The Example Observer",
    )
    assert art.author == "Nora Lind"
    assert "Ivo Brenner" not in art.text


def test_split_arabic_double_month_name() -> None:
    text = (
        "اجتماع إقليمي في موسكو\n\nموسكو، 10 ديسمبر/كانون الأول 2021\n\n"
        "عقد ممثلو ست دول من المنطقة اجتماعهم الأول في موسكو لبحث التعاون الاقتصادي وفتح طرق النقل بعد حرب عام 2020.\n"
    )
    (art,) = split_text(text, "ar.txt")
    assert (art.date, art.language, art.author) == ("2021-12-10", "ar", None)


SCRIPT_SWITCH = """\
Baku and Tehran Open a Bridge

Iran and Azerbaijan opened a road bridge over the Aras river in October 2023, part of a route that links mainland Azerbaijan with Nakhchivan through Iranian territory.

افتتاح جسر على نهر آراس

افتتحت إيران وأذربيجان جسراً جديداً على نهر آراس في أكتوبر 2023، وهو جزء من طريق يربط البر الأذربيجاني بنخجوان عبر الأراضي الإيرانية.
"""


def test_split_embedded_article_in_another_script_without_a_dateline() -> None:
    arts = split_text(SCRIPT_SWITCH, "switch.txt", min_words=10)
    assert [(a.title, a.language) for a in arts] == [
        ("Baku and Tehran Open a Bridge", "en"),
        ("افتتاح جسر على نهر آراس", "ar"),
    ]


TRANSCRIPT_PARTS = """\
Talks with the President of Armenia

March 3, 2022

Host: Good afternoon, Mr President. We are glad to see you in the capital again.

Guest: Thank you. Our delegations have a long agenda for today.

<…>

Press statements following the talks

Host: We discussed trade, energy and the transport links of the region.

Guest: We agreed that our ministers will meet again before the summer.
"""


def test_split_undated_transcript_part_after_an_omission_mark_keeps_the_date() -> None:
    arts = split_text(TRANSCRIPT_PARTS, "t.txt", min_words=5)
    assert [(a.title, a.date) for a in arts] == [
        ("Talks with the President of Armenia", "2022-03-03"),
        ("Press statements following the talks", "2022-03-03"),
    ]
    # an unrelated article after such a mark does not inherit anything
    assert split_text(MIXED_DUMP, "m.txt")[-1].date is None


SIGNED_THEN_QUESTION = """\
Iran Watches the Aras Border

Iranian officials said in 2022 that any change to the border between Iran and Armenia would be unacceptable, and the army held exercises near the Aras river that autumn.

By Leila Farahani

Will the Peace Treaty Be Signed This Year?

The foreign ministers of Armenia and Azerbaijan initialled the text of a peace agreement in August 2025, but Baku has said it wants changes to the Armenian constitution before signing it.
"""


def test_split_signature_closes_an_article_and_a_question_headline_opens_the_next() -> None:
    arts = split_text(SIGNED_THEN_QUESTION, "signed.txt")
    assert [(a.title, a.author) for a in arts] == [
        ("Iran Watches the Aras Border", "Leila Farahani"),
        ("Will the Peace Treaty Be Signed This Year?", None),
    ]


LIST_THEN_BARE_ARTICLE = """\
Georgia Stays Out of the 3+3 Format

Georgia did not attend the first meeting of the 3+3 regional platform in Moscow in December 2021, saying it could not sit at one table with Russia while Russian troops remain in Abkhazia and South Ossetia.

Related News

A road bridge opens over the Aras

Envoys meet again in Vienna

Baku hosts a climate conference.

Azerbaijan hosted the COP29 climate conference in Baku in November 2024, the largest international gathering the country had held, and its officials used the event to speak about energy, transport and the region with delegations from many states, including some from Armenia.
"""


def test_split_prose_after_a_related_list_is_not_lost() -> None:
    arts = split_text(LIST_THEN_BARE_ARTICLE, "list.txt")
    assert [a.title for a in arts] == [
        "Georgia Stays Out of the 3+3 Format",
        "Baku hosts a climate conference.",
    ]
    assert arts[1].text.startswith("Azerbaijan hosted the COP29 climate conference")
    assert "Vienna" not in arts[0].text + arts[1].text


def test_split_article_starts_are_where_split_text_cuts(mixed: list) -> None:
    # the coder ends a transcript turn at these offsets when a whole dump is coded as one text
    starts = article_starts(MIXED_DUMP)
    assert len(starts) == len(mixed) - 1
    for start, article in zip(starts, mixed[1:], strict=True):
        assert article.title in MIXED_DUMP[start : start + 200]
    assert article_starts("Armenia and Azerbaijan held talks in Brussels.\n\nThe talks went on.") == []
