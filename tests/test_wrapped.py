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


WRAPPED_NAMES = """Water security in the Fergana Valley remains a source of tension between
the three riparian states, and the summer releases are still set year by year.
The talks stalled again in May. According to the hydrologist Dilnoza
Rakhimova, the new treaty leaves the question of the upstream dam open and
will not settle the dispute over summer releases for another decade. Aibek
Tursunov said that Bishkek would hold the water back until the tariffs were
paid by both neighbours in full and on time.
"""


def test_a_wrap_inside_a_name_in_a_paragraphs_last_lines():
    # a line that itself continues the one before and ends without a sentence end runs on, short
    # as it is: the wrap fell between a first name and a surname
    recs = extract_text(WRAPPED_NAMES)
    treaty, bishkek = one(recs, "upstream dam"), one(recs, "hold the water")
    assert speaker_name(treaty) == "Dilnoza Rakhimova"
    assert treaty["speaker"]["mention"]["text"] == "Dilnoza\nRakhimova"
    assert speaker_name(bishkek) == "Aibek Tursunov"
    assert bishkek["speaker"]["mention"]["text"] == "Aibek\nTursunov"


def test_a_short_line_that_starts_a_block_still_ends_there():
    # 'Contents' is not continued from a line before it: the wrap rule for short lines does not apply
    text = WRAPPED_NAMES + "\nContents\nThe minister said the reservoir would be filled in stages.\n"
    paras = paragraphs(text, lang="en")
    idx = next(p.index for p in paras if text[p.start:p.end] == "Contents")
    assert idx not in lines_running_on(text, paras) and idx + 1 not in lines_running_on(text, paras)
