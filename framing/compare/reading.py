"""A plain-language reading of how the outlets differ, and how sure we can be.

:func:`plain_reading` turns the comparison measures into a short paragraph for
a reader who will not read tables: which texts are largely one text, what only
one outlet reports, and which differences in hedging, quoting, sentiment and
sourcing survive a permutation test. Every sentence is built from numbers the
function also returns (``Reading.evidence``), so the paragraph can be checked.

Wording rules (decided here, stated in docs/notebooks.md):

* a difference is called *clear* when its Holm-adjusted permutation p-value
  (:func:`framing.pairwise_tests` per pair of outlets: sentences permuted when each outlet has
  one article, else articles permuted within each event) is below ``ALPHA``;
  otherwise the paragraph says the measure does not separate any two outlets;
* articles, outlets and events are counted; with several articles per outlet, reuse is
  summarised per pair of outlets and names the articles of the highest pair; at most
  ``TOP_FINDINGS`` findings of a kind are written out, the rest counted;
* two articles are called *largely one text* from a reuse score of
  ``ONE_TEXT`` (half of their sentences aligned) and *partly shared* from
  ``SHARED_TEXT``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Reading", "plain_reading", "ALPHA", "ONE_TEXT", "SHARED_TEXT", "READING_MEASURES", "TOP_FINDINGS"]

#: Family-wise error rate for calling a difference clear (Holm 1979, over all pairs of outlets).
ALPHA = 0.05
#: Reuse score (share of both articles' sentences aligned) from which two articles are "largely one text".
ONE_TEXT = 0.5
#: Reuse score from which two articles are "partly shared" (one aligned sentence in five).
SHARED_TEXT = 0.2
#: The measures the reading tests, with the words used for them.
READING_MEASURES = {
    "hedge_density": "hedging in the outlet's own voice (markers per 1,000 words)",
    "quoted_share": "the share of words inside quotation marks",
    "sentiment:author": "the sentiment of the outlet's own sentences (mean VADER compound)",
    "attribution_density": "how often sources are cited (attributions per 1,000 words)",
}


@dataclass(frozen=True)
class Reading:
    """The paragraph, its sentences, and the numbers each sentence rests on.

    Attributes
    ----------
    text : str
        The paragraph (Markdown; article text is never quoted in it, only outlet labels and numbers).
    sentences : tuple of str
        The paragraph's sentences, in order.
    evidence : dict
        ``"reuse"``: list of (outlet_a, outlet_b, score, longest_run); ``"claims"``: counts;
        ``"tests"``: per measure, the smallest Holm-adjusted p-value and its pair.
    """

    text: str
    sentences: tuple[str, ...]
    evidence: dict[str, Any] = field(default_factory=dict, compare=False)

    def _repr_markdown_(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _fmt(x: float) -> str:
    return f"{x:.2f}" if abs(x) < 10 else f"{x:.1f}"


def _n(k: int, noun: str) -> str:
    return f"{k} {noun}" + ("" if k == 1 else "s")


def _v(k: int, plural: str, singular: str) -> str:
    """The verb that agrees with a count: ``_v(1, "appear", "appears")`` -> "1 appears"."""
    return f"{k} {singular if k == 1 else plural}"


def _outlet_list(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


#: Findings of one kind named in full before the rest are counted ("... and 12 more").
TOP_FINDINGS = 3


def _reuse_sentences(items: list[Any], pairs: list[Any], one_each: bool) -> list[str]:
    """The reuse findings: per pair of articles when each outlet has one article, else per pair of outlets."""
    art = {a.article.id: a.article for a in items}
    if one_each:  # the outlet names its article: today's wording, one sentence per pair
        out = []
        for p in pairs[:TOP_FINDINGS]:
            a, b = art[p.a].label, art[p.b].label
            if p.score >= ONE_TEXT:
                out.append(f"{a} and {b} are largely one text: {_pct(p.score)} of their sentences have a near-duplicate "
                           f"in the other (longest aligned run: {_n(p.longest_run, 'sentence')}), so they are not independent reports.")
            else:
                out.append(f"{a} and {b} share part of their text ({_pct(p.score)} of their sentences aligned).")
        if len(pairs) > TOP_FINDINGS:
            out.append(f"{_n(len(pairs) - TOP_FINDINGS, 'more pair')} of articles share at least {_pct(SHARED_TEXT)} "
                       "of their sentences (framing.reuse_table lists them all).")
        return out
    by_outlets: dict[tuple[str, str], list[Any]] = {}
    same = 0
    for p in pairs:  # highest score first
        a, b = art[p.a].label, art[p.b].label
        if a == b:
            same += 1
            continue
        by_outlets.setdefault((a, b) if (a, b) <= (b, a) else (b, a), []).append(p)
    out = []
    for (a, b), ps in list(by_outlets.items())[:TOP_FINDINGS]:
        top = ps[0]
        one = sum(p.score >= ONE_TEXT for p in ps)
        out.append(f"{a} and {b} share text in {_n(len(ps), 'pair')} of articles ({one} largely one text); the most: "
                   f"{top.a} ({art[top.a].label}) and {top.b} ({art[top.b].label}), {_pct(top.score)} of their sentences "
                   f"aligned (longest run: {_n(top.longest_run, 'sentence')}).")
    if len(by_outlets) > TOP_FINDINGS:
        rest = list(by_outlets.values())[TOP_FINDINGS:]
        out.append(f"Text is also shared between {_n(len(rest), 'more pair')} of outlets "
                   f"({_n(sum(len(r) for r in rest), 'pair')} of articles; framing.reuse_table lists them all).")
    if same:
        out.append(f"Within one outlet, {_n(same, 'pair')} of articles share at least {_pct(SHARED_TEXT)} of their "
                   "sentences (an outlet reusing its own copy).")
    return out


def plain_reading(analyses: Sequence[Any], *, n_perm: int = 5000, seed: int = 0) -> Reading:
    """Write a one-paragraph reading of what differs between the outlets and how sure we can be.

    Parameters
    ----------
    analyses : list of Analysis
        The analysed articles: one or more per outlet, about one or more events (``Article.event``).
    n_perm : int
        Permutations per pairwise test (default 5,000).
    seed : int
        Seed of the permutation tests; the same seed gives the same paragraph.

    Returns
    -------
    Reading

    Examples
    --------
    >>> from framing import Article, analyze
    >>> arts = [Article("a", "A judge halted the flights on Saturday. Both flights landed in San Salvador anyway.", outlet="A"),
    ...         Article("b", "A judge halted the flights on Saturday. Both flights landed in San Salvador anyway.", outlet="B")]
    >>> print(plain_reading([analyze(x) for x in arts], n_perm=200).sentences[1])
    A and B are largely one text: 100% of their sentences have a near-duplicate in the other (longest aligned run: 2 sentences), so they are not independent reports.
    """
    from ..analyze import analyses_of
    from .claims import find_claims
    from .reuse import text_reuse

    items = analyses_of(analyses)
    if len(items) < 2:
        raise ValueError(f"plain_reading() compares outlets and needs at least two analysed articles, got {len(items)}")
    label = {a.article.id: a.article.label for a in items}
    outlets = list(dict.fromkeys(label.values()))
    events = list(dict.fromkeys(a.article.event for a in items))
    one_each = len(outlets) == len(items)
    about = f" about {len(events)} events" if len(events) > 1 else ""
    out: list[str] = [f"The corpus has {len(items)} articles from {len(outlets)} outlets{about}."]
    evidence: dict[str, Any] = {}

    pairs = [p for p in text_reuse(items) if p.score >= SHARED_TEXT]
    evidence["reuse"] = [(label[p.a], label[p.b], float(p.score), p.longest_run) for p in pairs]
    evidence["reuse_articles"] = [(p.a, p.b, float(p.score)) for p in pairs]
    out += _reuse_sentences(items, pairs, one_each)
    if not pairs:
        out.append(f"No two articles share more than {_pct(SHARED_TEXT)} of their sentences: they read as independent reports.")

    out.append(_claims_sentence(items, find_claims(items), outlets, events, evidence))
    out += _test_sentences(items, outlets, events, one_each, evidence, n_perm=n_perm, seed=seed)
    return Reading(" ".join(out), tuple(out), evidence)


def _claims_sentence(items: list[Any], claims: list[Any], outlets: list[str], events: list[str],
                     evidence: dict[str, Any]) -> str:
    """Shared, universal and lone statements; "all" means every outlet that covers the claim's event."""
    covering: dict[str, set[str]] = {}
    for a in items:
        covering.setdefault(a.article.event, set()).add(a.article.label)
    shared = [c for c in claims if len(c.outlets) > 1]
    everywhere = [c for c in claims if len(covering[c.event]) > 1 and set(c.outlets) == covering[c.event]]
    alone = {o: sum(1 for c in claims if set(c.outlets) == {o}) for o in outlets}
    evidence["claims"] = {"claims": len(claims), "shared": len(shared), "in_all": len(everywhere), "alone": alone}
    n_alone = sum(alone.values())
    most = max(outlets, key=lambda o: (alone[o], -outlets.index(o)))
    if len(events) > 1:
        return (f"Of {_n(len(claims), 'distinct statement')} (claims are found within each event), {_v(len(shared), 'appear', 'appears')} "
                f"in more than one outlet and {len(everywhere)} in every outlet that covers their event; {_v(n_alone, 'are', 'is')} "
                f"reported by one outlet alone (most: {most}, {alone[most]}).")
    in_all = f"{len(everywhere)} in all {len(outlets)}" if everywhere else f"none in all {len(outlets)}"
    return (f"Of {_n(len(claims), 'distinct statement')}, {_v(len(shared), 'appear', 'appears')} in more than one outlet and {in_all}; "
            f"{_v(n_alone, 'are', 'is')} reported by one outlet alone (most: {most}, {alone[most]}).")


def _test_sentences(items: list[Any], outlets: list[str], events: list[str], one_each: bool, evidence: dict[str, Any],
                    *, n_perm: int, seed: int) -> list[str]:
    """The clear differences (Holm-adjusted over the pairs of outlets) and what does not separate any two."""
    from .stats import available_measures, pairwise_tests

    clear, unclear = [], []
    evidence["tests"] = {}
    measures = available_measures(items)
    for measure, words in READING_MEASURES.items():
        if measure not in measures:
            continue
        t = pairwise_tests(items, measure, by="outlet", n_perm=n_perm, seed=seed).dropna(subset=["p_holm"])
        if t.empty:
            continue
        best = t.sort_values(["p_holm", "p_value"], kind="stable").iloc[0]
        hi, lo = (best.outlet_a, best.outlet_b) if best.value_a >= best.value_b else (best.outlet_b, best.outlet_a)
        vhi, vlo = max(best.value_a, best.value_b), min(best.value_a, best.value_b)
        n_clear = int((t["p_holm"] < ALPHA).sum())
        evidence["tests"][measure] = {"outlet_high": hi, "outlet_low": lo, "value_high": float(vhi), "value_low": float(vlo),
                                      "p_holm": float(best.p_holm), "n_clear": n_clear, "n_pairs": len(t)}
        if best.p_holm < ALPHA:
            verb = "differs" if n_clear == 2 else "differ"
            more = f"; {_n(n_clear - 1, 'other pair')} of outlets {verb} clearly too" if n_clear > 1 else ""
            clear.append(f"{words} is higher in {hi} than in {lo} ({_fmt(vhi)} vs {_fmt(vlo)}, Holm-adjusted p = "
                         f"{best.p_holm:.3f}{more})")
        else:
            unclear.append((words, float(best.p_holm)))
    out = []
    if clear:
        out.append("Clear differences: " + "; ".join(clear) + ".")
    if unclear:
        if one_each:
            basis = "with one article per outlet, each such difference is within what reshuffling the sentences produces"
        else:
            per = len(items) / len(outlets)
            blocks = f" within each of the {len(events)} events" if len(events) > 1 else ""
            basis = (f"with {per:.3g} articles per outlet on average, each such difference is within what reshuffling "
                     f"the outlets' articles{blocks} produces")
        out.append(f"No pair of outlets differs clearly in {_outlet_list([w for w, _ in unclear])}: {basis} "
                   f"(smallest Holm-adjusted p-value {min(p for _, p in unclear):.2f}), so read those bars as "
                   "description, not as evidence of a house style.")
    return out
