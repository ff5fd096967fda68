import pytest

from framing.text.boilerplate import classify_lines
from framing.text.quotes import find_quotes
from framing.text.segment import split_sentences
from framing.text import count_words, text_layer

from casefiles import read_cases

SENTENCE_CASES = read_cases("sentence_cases.txt", "|")
QUOTE_CASES = read_cases("quote_cases.txt", "=")


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=[c.comment for c in SENTENCE_CASES])
def test_sentence_cases(case):
    layer = text_layer(case.text)
    assert [case.text[s.start:s.end] for s in layer.sentences] == case.expected


@pytest.mark.parametrize("case", QUOTE_CASES, ids=[c.comment for c in QUOTE_CASES])
def test_quote_cases(case):
    text = case.text
    paras, pos = [], 0
    for p in case.paragraphs:
        paras.append((pos, pos + len(p)))
        pos += len(p) + 1
    quotes, _ = find_quotes(text, paras)
    got = []
    for q in quotes:
        flags = [f for f, on in (("nested", q.nested), ("unbalanced", q.unbalanced), ("continued", q.continued)) if on]
        got.append(text[q.start:q.end] + ("\t" + " ".join(flags) if flags else ""))
    assert got == case.expected


def test_quote_offsets_and_content_exact():
    t = 'Officials said it was "a disaster," and left.'
    (q,), stray = find_quotes(t, [(0, len(t))])
    assert (q.start, q.end, q.content_start, q.content_end) == (22, 35, 23, 34)
    assert t[q.content_start:q.content_end] == "a disaster,"
    assert stray == []


def test_multi_paragraph_quote_shares_group_and_skips_excluded_lines():
    t = 'He wrote: "One.\nAdvert\n"Two.\n"Three." Done.'
    layer = text_layer(t)
    assert [(t[q.start:q.end], q.group, q.continued) for q in layer.quotes] == [
        ('"One.', 0, True), ('"Two.', 0, True), ('"Three."', 0, False)]
    assert [(e.start, e.end, e.label) for e in layer.excluded] == [(16, 22, "placeholder")]


def test_stray_closing_mark_is_recorded_not_raised():
    t = "It was over.” Then rain."
    layer = text_layer(t)
    assert layer.quotes == () and layer.stray_marks == (12,)


def test_boilerplate_roles_on_composed_article():
    t = ("en de fr\n"
         "Storm hits the coast\n"
         "Rain fell all night. Roads closed.\n"
         "A man walks through floodwater in the town centre on Sunday morning after the river burst its banks (Photo: Reuters)\n"
         "Advertisement\n"
         "What happens next\n"
         "Residents were told to wait.\n"
         "Firefighters carry a resident from a flooded house on the outskirts of the town near the old bridge\n")
    roles = [(t[b.start:b.end][:12], b.role, b.reason) for b in classify_lines(t)]
    assert roles == [
        ("en de fr", "excluded", "language_switcher"),
        ("Storm hits t", "headline", ""),
        ("Rain fell al", "body", ""),
        ("A man walks ", "excluded", "caption"),
        ("Advertisemen", "excluded", "placeholder"),
        ("What happens", "subheading", ""),
        ("Residents we", "body", ""),
        ("Firefighters", "excluded", "caption"),
    ]


def test_a_line_ending_in_a_comma_before_a_quotation_paragraph_is_body():
    # issue #14: "According to Rathbun, ... Rathbun stated," introduces the quotation below it (was a caption);
    # the same line before a paragraph without a quotation mark stays a caption
    intro = "According to the lawyer, a detective was given material by the church to build a case. The lawyer stated,"
    t = f"Storm hits\nRain fell.\n{intro}\n\"He was picked up by an investigator.\"\n{intro}\nIt rained again.\n"
    assert [(b.role, b.reason) for b in classify_lines(t)] == [
        ("headline", ""), ("body", ""), ("body", ""), ("body", ""), ("excluded", "caption"), ("body", "")]


def test_a_quotation_signed_with_a_dash_is_body_not_a_caption():
    # issue #13: a pull quote signed with a name ends in the name, not a full stop; it is an attributed
    # quotation (GUM_news_hackers).
    signed = "\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - Matthew Ingram"
    # a quotation and a dash before a description, not a name: a photo caption
    caption = "‘Don’t shoot’ – Protesters raise their hands outside the police station in Ferguson, Missouri, on Monday night"
    t = f"Hackers hit church\nThe site went down.\n{signed}\n{caption}\nIt stayed down.\n"
    assert [(b.role, b.reason) for b in classify_lines(t)] == [
        ("headline", ""), ("body", ""), ("body", ""), ("excluded", "caption"), ("body", "")]


def test_manifest_title_line_is_a_headline_even_if_terminated():
    t = "It rained.\nThe town flooded overnight."
    assert [b.role for b in classify_lines(t, title="It rained.")] == ["headline", "body"]


def test_windows_line_ends_keep_offsets_into_the_text_as_read():
    t = "First line here.\r\nSecond one.\r\n"
    layer = text_layer(t)
    assert [(s.start, s.end) for s in layer.sentences] == [(0, 16), (18, 29)]


def test_voice_segments_split_at_quote_boundaries():
    t = 'She said "we won" today.'
    layer = text_layer(t)
    assert layer.voice_segments(0, len(t)) == [(0, 10, "author"), (10, 16, "quoted"), (16, 24, "author")]
    assert layer.words_by_voice() == {"author": 3, "quoted": 2}


def test_count_words_keeps_contractions_and_abbreviations():
    assert count_words("They’re in the U.S. now, 40,000 of them.") == 8


def test_segmenter_yields_nothing_for_blank():
    assert list(split_sentences("   ")) == []


def test_text_layer_rejects_non_str():
    with pytest.raises(TypeError, match="must be a str"):
        text_layer(b"bytes")  # type: ignore[arg-type]


def test_voice_at_inside_and_outside_quotes_including_marks():
    t = "He said \"we won\" and 'they lost'."
    layer = text_layer(t)
    assert [layer.voice_at(i) for i in (0, 8, 9, 14, 15, 22, 30, 31)] == [
        "author", "author", "quoted", "quoted", "author", "quoted", "quoted", "author"]
    assert layer.quote_at(9) is layer.top_quotes[0] and layer.quote_at(25) is layer.top_quotes[1]


# --- issue #14: the three voices --------------------------------------------------------------------

def test_voices_names_titles_block_quotes_and_reported_speech():
    from framing.text import Voices, text_layer

    t = ('Microsoft launched "The Internet Explorer 6 Countdown" on Friday. Lee said the site "works".\n'
         "The firm said in a statement:\nWe did nothing wrong. They also said more.")
    layer = text_layer(t)
    said = t.index("said the site")
    also = t.index("said more")
    attrs = [{"kind": "mixed", "content_span": (said + 5, t.index(".\nThe")), "cue_span": (said, said + 4)},
             {"kind": "indirect", "content_span": (also + 5, len(t) - 1), "cue_span": (also, also + 4)},
             {"kind": "according_to", "content_span": (0, 10), "flags": ("unsourced",)}]
    v = Voices.of(layer, attrs)
    assert v.voice_at(t.index("Countdown")) == "author"  # a title in quotation marks: nobody speaks
    assert v.voice_at(t.index("the site")) == "reported" and v.voice_at(t.index("works")) == "quoted"
    assert v.voice_at(t.index("nothing")) == "quoted"  # a block quotation after 'said in a statement:'
    assert v.voice_at(t.index("They")) == "author" and v.voice_at(t.index("more")) == "reported"
    assert v.voice_at(t.index("Microsoft")) == "author"  # an unsourced attribution names no one
    # author: "Microsoft launched The Internet Explorer 6 Countdown on Friday", "Lee said",
    # "The firm said in a statement", "They also said"
    assert v.words_by_voice() == {"author": 20, "quoted": 5, "reported": 3}


def test_ptb_quotes_are_quotation_regions_with_the_original_offsets():
    # LDC newswire (Gigaword, TimeBank, FactBank) writes ``...'' and `...'; the layer reads them as
    # curly marks of the same length, so regions and sentences index the original text
    t = "``If it's rusted, they may fail,'' said Walter Rowe. He cited `God save the Queen,' a song."
    layer = text_layer(t)
    assert len(layer.text) == len(t)
    assert [(t[q.start:q.end], t[q.content_start:q.content_end]) for q in layer.quotes] == [
        ("``If it's rusted, they may fail,''", "If it's rusted, they may fail,"),
        ("`God save the Queen,'", "God save the Queen,")]
    assert [t[s.start:s.end] for s in layer.sentences] == [
        "``If it's rusted, they may fail,'' said Walter Rowe.", "He cited `God save the Queen,' a song."]


def test_two_apostrophes_without_ptb_quotes_are_left_alone():
    t = "He wrote '' there and left."
    assert text_layer(t).text == t
