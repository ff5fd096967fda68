"""One name per person across a corpus (framing.compare.names) and its use in who_speaks."""

import pytest

from framing import Article, analyze, who_speaks
from framing.compare.names import corpus_names


@pytest.mark.parametrize("names, expected", [
    # a middle initial in one outlet and not in another: one person, the fuller form wins
    (["James E. Boasberg", "James Boasberg"], {"James E. Boasberg": "James E. Boasberg", "James Boasberg": "James E. Boasberg"}),
    # a surname alone joins the only full name that ends with it
    (["Boasberg", "James Boasberg"], {"Boasberg": "James Boasberg", "James Boasberg": "James Boasberg"}),
    # two people share the surname: the surname alone stays as it is
    (["Trump", "Donald Trump", "Melania Trump"], {"Trump": "Trump", "Donald Trump": "Donald Trump", "Melania Trump": "Melania Trump"}),
    # a different first name is a different person
    (["Maria Lopez", "Ana Lopez"], {"Maria Lopez": "Maria Lopez", "Ana Lopez": "Ana Lopez"}),
    # unnamed groups and organisations are never merged with people
    (["(legal)", "Trump administration", "Donald Trump"],
     {"(legal)": "(legal)", "Trump administration": "Trump administration", "Donald Trump": "Donald Trump"}),
    # None is ignored
    ([None, "Ana Lopez"], {"Ana Lopez": "Ana Lopez"}),
])
def test_corpus_names(names, expected):
    assert corpus_names(names) == expected


def test_who_speaks_names_a_speaker_the_same_way_in_every_outlet():
    a = Article("a", "“The flights must turn around,” said Judge James E. Boasberg on Saturday.\n", outlet="A")
    b = Article("b", "“The flights must turn around,” said Judge James Boasberg on Saturday.\n", outlet="B")
    w = who_speaks([analyze(a), analyze(b)])
    assert w[["outlet", "speaker", "speaker_article"]].values.tolist() == [
        ["A", "James E. Boasberg", "James E. Boasberg"], ["B", "James E. Boasberg", "James Boasberg"]]
