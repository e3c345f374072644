"""The log file opens after the window's first paint; nothing logged before it is lost."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from posapp.logging_setup import open_deferred_log, setup_logging_deferred


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    logger = logging.getLogger()
    before, level = list(logger.handlers), logger.level
    yield logger
    open_deferred_log()  # nothing left pending for the next test
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def test_records_before_the_file_opens_are_written_then_masked(
        root: logging.Logger, tmp_path: Path) -> None:
    setup_logging_deferred(directory=tmp_path)
    logging.getLogger("posapp").info("started for +46701740605")
    assert not (tmp_path / "posapp.log").exists()  # the file waits for the first paint
    path = open_deferred_log()
    assert path == tmp_path / "posapp.log"
    logging.getLogger("posapp").info("after")
    for handler in root.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "started for +46•••" in text and "740605" not in text
    assert text.index("started") < text.index("after")
    assert open_deferred_log() is None  # once only


def test_a_warning_opens_the_file_at_once(root: logging.Logger, tmp_path: Path) -> None:
    setup_logging_deferred(directory=tmp_path)
    logging.getLogger("posapp").info("first")
    logging.getLogger("posapp").warning("the configuration has a problem")
    for handler in root.handlers:
        handler.flush()
    text = (tmp_path / "posapp.log").read_text(encoding="utf-8")
    assert "first" in text and "configuration has a problem" in text
    assert open_deferred_log() is None


def test_nothing_put_off_opens_nothing(root: logging.Logger) -> None:
    assert open_deferred_log() is None
