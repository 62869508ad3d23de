"""Language identification of article texts (lingua, ISO 639-1 codes)."""

import pytest

from realpolitik.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The foreign ministers of Armenia and Azerbaijan met in Washington to discuss the peace treaty.",
            "en",
        ),
        ("Министры иностранных дел Армении и Азербайджана встретились в Вашингтоне.", "ru"),
        ("Ermenistan ve Azerbaycan dışişleri bakanları Washington'da bir araya geldi.", "tr"),
        ("Les ministres des affaires étrangères de l'Arménie et de l'Azerbaïdjan se sont rencontrés.", "fr"),
        ("التقى وزيرا خارجية أرمينيا وأذربيجان في واشنطن لبحث معاهدة السلام.", "ar"),
        ("وزیران امور خارجه ارمنستان و جمهوری آذربایجان در واشنگتن دیدار کردند.", "fa"),
        ("Die Außenminister Armeniens und Aserbaidschans trafen sich in Washington.", "de"),
        ("Հայաստանի և Ադրբեջանի արտաքին գործերի նախարարները հանդիպեցին Վաշինգտոնում։", "hy"),
    ],
)
def test_language_detects_the_languages_of_the_region(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "—"])
def test_language_too_little_text_is_none(text: str) -> None:
    assert detect_language(text) is None
