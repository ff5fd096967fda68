from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "cecot-2025-03"


@pytest.fixture(scope="session")
def bundled():
    from framing import load_corpus

    return load_corpus(BUNDLED)
