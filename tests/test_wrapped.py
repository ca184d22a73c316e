"""Hard-wrapped text (a paper turned from PDF to text, a mail): one paragraph over several lines.

A sentence runs on over a line break; in a document that is wrapped (many lines run on in lower
case, at a width of prose) it runs on before a capital too, and the lines of one wrapped paragraph
share its quotations. The people are fictional."""
from conftest import extract_text, one, speaker_name

from claimx.attribute import lines_running_on
from claimx.segment import paragraphs

WRAPPED = """Water Diplomacy in the Fergana Valley

The dispute over the upstream dam has cooled since 2022. Speaking at a
conference in Bishkek, the energy minister Taalai Ormonov said the
project would be financed jointly with Kazakhstan and Uzbekistan, and that
Tashkent had dropped its objections. Uzbek officials have not confirmed it.

"We no longer see the dam as a threat," an Uzbek diplomat who asked not to
be named told the author. "The question now is who pays for it."

Kyrgyz officials, for their part, insist that the Collective Security Treaty
Organization remains the backbone of the country's defence in the region.
"""


def test_wrapped_sentence_runs_on_before_a_capital():
    r = one(extract_text(WRAPPED), "backbone")
    assert r["text"] == ("the Collective Security Treaty\nOrganization remains the backbone of the "
                         "country's defence in the region")
    assert speaker_name(r) == "Kyrgyz officials"


def test_wrapped_sentence_runs_on_in_lower_case():
    r = one(extract_text(WRAPPED), "financed")
    assert r["text"].startswith("the\nproject would be financed") and r["text"].endswith(
        "and that\nTashkent had dropped its objections")
    assert speaker_name(r) == "Taalai Ormonov"


def test_a_quotation_on_the_next_line_of_a_wrapped_paragraph_continues_its_speaker():
    recs = extract_text(WRAPPED)
    first, second = one(recs, "no longer see"), one(recs, "who pays")
    assert speaker_name(first) == "an Uzbek diplomat"
    assert second["resolution"] == "continuation" and speaker_name(second) == "an Uzbek diplomat"


def test_a_heading_above_wrapped_text_stays_its_own_line():
    text = ("Experts Doubt the Reservoir Figures\n"
            + WRAPPED.split("\n", 2)[2])
    paras = paragraphs(text, lang="en")
    assert 1 not in lines_running_on(text, paras)        # the short heading ends where it ends
    assert 3 in lines_running_on(text, paras)            # '… Speaking at a⏎conference …'


def test_unwrapped_text_keeps_a_paragraph_a_line():
    # a caption without a full stop over a paragraph: no document-wide wrap, no run-on before a capital
    text = ("Photo: the energy minister Taalai Ormonov at the forum in Bishkek, March 2023, by the author\n"
            "Officials said the dam would be finished within three years, and that the costs were shared.\n"
            "The minister said the reservoir would be filled in stages over two summers.\n")
    assert lines_running_on(text, paragraphs(text, lang="en")) == set()
    r = one(extract_text(text), "finished")
    assert r["text"] == "the dam would be finished within three years, and that the costs were shared"
    assert speaker_name(r) == "Officials"


def test_short_lines_are_not_wrapped_prose():
    # code or a list: lines that run on in lower case, but far narrower than prose
    text = "\n".join(["the items", "go on here", "and on", "with more", "Later items",
                      "follow them", "as before"]) + "\n"
    paras = paragraphs(text, lang="en")
    assert lines_running_on(text, paras) == {1, 2, 3, 5, 6}   # only the lower-case run-ons


def test_wrapped_translated_russian_with_a_dash_cue():
    text = ("According to the press service of the ministry, the talks with the delegation of\n"
            "Tajikistan lasted four hours. The minister Rustam Nazarov stressed that the\n"
            "Border Commission would meet again in the spring, and noted that both sides\n"
            "wanted to avoid a repeat of the clashes of 2022 on the disputed section.\n")
    r = one(extract_text(text), "Border Commission")
    assert r["text"] == "the\nBorder Commission would meet again in the spring"
    assert speaker_name(r) == "Rustam Nazarov"
