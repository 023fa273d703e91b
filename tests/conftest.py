"""Shared helpers: run the CLI in-process and capture (exit code, stdout, stderr)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from nhaoxh_cli.cli.app import main

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "data" / "plans"
SEEDS = ROOT.parent / "shared" / "seeds"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def hermetic_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the same environment, whatever the shell or runner that started it:
    no terminal size ($COLUMNS is set by some runners and would re-flow text), no reader's language
    (English unless a test chooses), no plans folder."""
    for name in ("COLUMNS", "LINES", "NHAOXH_LANG", "LC_ALL", "LC_MESSAGES", "NHAOXH_PLANS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Call `nhaoxh ARGS...` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.delenv("NHAOXH_PLANS_DIR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        with pytest.raises(SystemExit) as done:
            main(list(args))
        out, err = capsys.readouterr()
        code = done.value.code
        return (code if isinstance(code, int) else 1), out, err

    return invoke


# Hypothesis: a fixed seed and a small budget by default (CI); a longer search by hand:
#   HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
