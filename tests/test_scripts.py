"""scripts/report.sh run from another folder: its arguments are the user's paths, not the repository's.

The script is run in a copy of the repository whose ``.venv`` is already "installed" (the stamp
file that ``scripts/_venv.sh`` checks is there) and whose ``framing`` is a stand-in that records
its folder and arguments, so the test needs no network and no real install.
"""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _fake_repo(tmp_path: Path, extras: str) -> Path:
    repo = tmp_path / "framing-clone"
    (repo / "scripts").mkdir(parents=True)
    for name in ("_venv.sh", "report.sh"):
        shutil.copy(ROOT / "scripts" / name, repo / "scripts" / name)
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, repo / name)
    digest = hashlib.sha256((repo / "pyproject.toml").read_bytes() + (repo / "constraints.txt").read_bytes()).hexdigest()[:16]
    bin_dir = repo / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (repo / ".venv" / f".framing-installed-{digest}-{extras}").touch()
    (bin_dir / "python").symlink_to(shutil.which("python3") or "/usr/bin/python3")
    fake = bin_dir / "framing"
    fake.write_text('#!/usr/bin/env bash\n{ echo "cwd=$PWD"; printf "arg=%s\\n" "$@"; } > "$FAKE_LOG"\n', encoding="utf-8")
    fake.chmod(0o755)
    return repo


def _extras() -> str:
    line = next(x for x in (ROOT / "scripts" / "report.sh").read_text(encoding="utf-8").splitlines() if x.startswith("EXTRAS="))
    return line.split("=", 1)[1]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_report_sh_takes_relative_paths_from_where_the_user_stands(tmp_path):
    repo = _fake_repo(tmp_path, _extras())
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "log.txt"
    env = {**os.environ, "FAKE_LOG": str(log)}
    subprocess.run(["bash", str(repo / "scripts" / "report.sh"), "mycorpus", "myreport"], cwd=home, env=env, check=True)
    assert log.read_text(encoding="utf-8").splitlines() == [f"cwd={home}", "arg=report", "arg=mycorpus", "arg=--out", "arg=myreport"]
    assert not (repo / "myreport").exists()
    # with no arguments: the bundled corpus of the repository, written to report/ where the user stands
    subprocess.run(["bash", str(repo / "scripts" / "report.sh")], cwd=home, env=env, check=True)
    assert log.read_text(encoding="utf-8").splitlines() == [
        f"cwd={home}", "arg=report", f"arg={repo}/data/cecot-2025-03", "arg=--out", "arg=report"]


def test_report_sh_installs_the_html_extra():
    assert _extras() == "notebooks,html"
