"""The tables across articles (framing.tables) take the same inputs and give the same rows for them."""

import pytest

from framing import (Article, analyze, analyze_many, attributions_table, hedges_table, load_corpus, sentences_table,
                     speakers_table)

TABLES = [hedges_table, attributions_table, speakers_table, sentences_table]
TEXT = "The suspect allegedly fled. “It is over,” said Judge Ann Lee. Officials said the plan had failed."
# rows each table gives for TEXT: 1 hedge (allegedly); 2 attributions; 2 speakers (Ann Lee, [unnamed]);
# 3 sentences, the second cut in a quoted and an author segment
# sentences_table: 5 segments (issue #14: the reported clause of "Officials said ..." is its own segment; was 4)
ROWS = {hedges_table: 1, attributions_table: 2, speakers_table: 2, sentences_table: 5}


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.__name__)
def test_every_table_accepts_articles_analyses_texts_and_a_corpus(table, tmp_path):
    """Issue #12: given Articles, hedges_table analysed them but attributions_table and sentences_table
    returned no rows; now every table analyses Articles (and texts) the same way."""
    article = Article("a1", TEXT, outlet="Daily")
    by_analysis = table([analyze(article)])
    assert len(by_analysis) == ROWS[table]
    assert set(by_analysis["id"]) == {"a1"}
    for items in ([article], article, [analyze(article)], analyze(article), list(analyze_many([article]))):
        assert table(items).equals(by_analysis), items
    texts = table([TEXT, TEXT])
    assert len(texts) == 2 * ROWS[table] and list(dict.fromkeys(texts["id"])) == ["0", "1"]
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    assert table(load_corpus(tmp_path))[["id"]].equals(by_analysis[["id"]])


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.__name__)
def test_every_table_skips_error_rows_and_refuses_one_str(table):
    rows = table([Article("a", TEXT), Article("empty", "  ")])  # the empty article is an error row: skipped
    assert set(rows["id"]) == {"a"} and len(rows) == ROWS[table]
    with pytest.raises(TypeError, match="not one str"):
        table(TEXT)
    with pytest.raises(TypeError, match="item 0 is a int"):
        table([3])
