"""A composed corpus of several events x several outlets x several articles (issue #15).

Every passage is written here for the tests; no real article text is shipped. The design plants
what the tests check:

* ``Hedger`` adds hedged sentences (*allegedly*, *may possibly*, *reportedly*, *apparently*)
  to every article, ``Plain`` and ``Mirror`` add the same facts without hedges: a difference in
  hedge density planted in every event.
* ``Mirror``'s article k about an event is ``Plain``'s article k+1 about the same event, word for
  word, so the two outlets have exactly the same per-article values in every event (no
  difference at all) and every ``Mirror`` article is largely one text with one ``Plain`` article.
* Every article ends with the same newsroom sentence, whatever its event: reuse across events
  must not be reported.

:func:`write_events_corpus` writes it as a corpus folder (``manifest.csv`` with an ``event``
column); :func:`events_articles` returns the articles.
"""

from __future__ import annotations

import csv
from pathlib import Path

from framing import Article

EVENTS: dict[str, dict[str, object]] = {
    "flood": {
        "headline": "River floods the lower town",
        "facts": [
            "The river rose over its banks in the lower town on Monday night.",
            "About four hundred homes were without power until Wednesday morning.",
            "The old stone bridge on Mill Road was closed to all traffic.",
            "Volunteers filled sandbags outside the public library for two days.",
            "The regional council opened three shelters in school gyms.",
            "Insurance adjusters began visiting damaged shops along Main Street.",
        ],
        "hedged": [
            "The old dam allegedly failed hours before any warning was sent.",
            "The damage may possibly be far worse than the first estimates.",
            "Engineers reportedly warned the council about the dam last spring.",
            "The water apparently rose by two metres within an hour.",
        ],
        "quote": "“We will rebuild every street in this town,” said Mayor Ana Ruiz.",
    },
    "strike": {
        "headline": "Port workers walk out over pay",
        "facts": [
            "Dock workers at the northern port stopped work at dawn on Tuesday.",
            "Forty container ships waited at anchor outside the harbour by Thursday.",
            "The union asked for a raise of nine percent over two years.",
            "The port authority offered a raise of four percent and a bonus.",
            "Trucks queued for several kilometres on the coastal highway.",
            "Supermarkets in the region reported gaps on their fruit shelves.",
        ],
        "hedged": [
            "Managers allegedly hired replacement crews from another country.",
            "The strike may possibly spread to the southern terminals next week.",
            "Negotiators reportedly came close to a deal on Wednesday night.",
            "The port apparently lost millions of dollars in fees every day.",
        ],
        "quote": "“We are not asking for anything unreasonable,” said union leader Tomas Berg.",
    },
    "election": {
        "headline": "Small party wins the mayoral race",
        "facts": [
            "Turnout in the city election reached sixty-one percent on Sunday.",
            "The Green List won the mayoral race by fewer than nine hundred votes.",
            "Counting in the eastern district went on until after midnight.",
            "The incumbent conceded the race in a short speech at his campaign office.",
            "The new council will hold its first session in the old town hall.",
            "Several polling stations ran out of ballot papers in the afternoon.",
        ],
        "hedged": [
            "Some ballots were allegedly counted twice in the eastern district.",
            "The result may possibly be challenged in court by the losing side.",
            "Campaign staff reportedly handed out leaflets near polling stations.",
            "Young voters apparently turned out in larger numbers than before.",
        ],
        "quote": "“The city asked for change and it will get change,” said mayor-elect Lena Vos.",
    },
}
OUTLETS = ("Hedger", "Plain", "Mirror")
NEWSROOM = "Readers can send tips about this story to our newsroom by email at any time."
PER_OUTLET = 3  # articles per outlet and event


def _text(event: str, k: int, hedged: bool) -> tuple[str, str]:
    """(title, text) of article ``k`` of an outlet about ``event``; facts rotate with ``k``."""
    spec = EVENTS[event]
    facts: list[str] = spec["facts"]  # type: ignore[assignment]
    picked = [facts[(k + i) % len(facts)] for i in range(4)]
    extra: list[str] = spec["hedged"] if hedged else []  # type: ignore[assignment]
    extra = extra[k % 2:k % 2 + 3] if hedged else []
    title = f"{spec['headline']} ({k + 1})"
    body = [" ".join(picked[:2] + extra[:1]), " ".join(picked[2:] + extra[1:]), str(spec["quote"]), NEWSROOM]
    return title, title + "\n\n" + "\n\n".join(body) + "\n"


def events_articles(events: tuple[str, ...] = tuple(EVENTS), *, with_event: bool = True) -> list[Article]:
    """The articles: for each event, ``PER_OUTLET`` per outlet, outlets in :data:`OUTLETS` order."""
    out = []
    for ev in events:
        for outlet in OUTLETS:
            for k in range(PER_OUTLET):
                src = (k + 1) % PER_OUTLET if outlet == "Mirror" else k
                title, text = _text(ev, src, outlet == "Hedger")
                meta = {"event": ev} if with_event else {}
                out.append(Article(f"{ev}-{outlet.lower()}-{k + 1}", text, outlet, title, metadata=meta))
    return out


def write_events_corpus(folder: Path, events: tuple[str, ...] = tuple(EVENTS)) -> Path:
    """Write the corpus folder (``manifest.csv`` with ``id, file, outlet, title, event``); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for a in events_articles(events):
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
        rows.append({"id": a.id, "file": f"{a.id}.txt", "outlet": a.outlet, "title": a.title, "event": a.event})
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "file", "outlet", "title", "event"])
        w.writeheader()
        w.writerows(rows)
    return folder
