"""The per-article time budget counts the article's own work, not the process's one-time loading."""

from __future__ import annotations

import time

import pytest

from dragoman.deadline import Deadline, check_deadline, deadline_scope, loaded_once, setting_up
from dragoman.errors import InputRejected


@loaded_once
def _slow_loader(name: str) -> str:
    time.sleep(0.3)
    return name.upper()


def test_one_time_loading_moves_the_deadline_of_the_article_that_waits_for_it() -> None:
    with deadline_scope(Deadline(0.2, "first.txt")):
        assert _slow_loader("kb") == "KB"
        check_deadline("after loading")  # 0.3 s spent, none of it the article's
        assert _slow_loader("kb") == "KB"  # cached: no second wait


def test_the_articles_own_work_still_runs_out_its_budget() -> None:
    with deadline_scope(Deadline(0.2, "long.txt")), pytest.raises(InputRejected) as caught:
        time.sleep(0.3)
        check_deadline("the events stage")
    assert "time budget exceeded" in caught.value.reason and "long.txt" in str(caught.value)


def test_nested_setting_up_is_counted_once() -> None:
    deadline = Deadline(10.0, "nested.txt")
    assert deadline.ends is not None
    before = deadline.ends
    with deadline_scope(deadline), setting_up(), setting_up():
        time.sleep(0.1)
    assert 0.1 <= deadline.ends - before < 0.19
