"""Read the data-file test cases in tests/data (one comment per case)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass
class Case:
    comment: str
    paragraphs: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def read_cases(name: str, marker: str) -> list[Case]:
    cases: list[Case] = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            cases.append(Case(line[3:]))
        elif line.startswith("> "):
            cases[-1].paragraphs.append(line[2:])
        elif line.startswith(marker + " "):
            cases[-1].expected.append(line[2:])
    return cases
