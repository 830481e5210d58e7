"""Download makers are let go only once unused for a while (see dashboard/util/reprieve.py)."""

from __future__ import annotations

from dashboard.util.reprieve import Reprieve


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_thing_unused_for_less_than_the_reprieve_is_kept():
    clock = Clock()
    reprieve = Reprieve(60, clock=clock)
    assert reprieve.expired({"a"}) == []
    clock.now = 59.9
    assert reprieve.expired({"a"}) == []
    clock.now = 60
    assert reprieve.expired({"a"}) == ["a"]


def test_a_thing_used_again_starts_over():
    clock = Clock()
    reprieve = Reprieve(60, clock=clock)
    reprieve.expired({"a", "b"})
    clock.now = 30
    reprieve.expired({"b"})  # "a" is named by a button again
    clock.now = 61
    assert reprieve.expired({"a", "b"}) == ["b"]  # "a" unused again since 61 only
    clock.now = 120
    assert reprieve.expired({"a"}) == []
    clock.now = 121
    assert reprieve.expired({"a"}) == ["a"]


def test_what_is_let_go_is_forgotten():
    clock = Clock()
    reprieve = Reprieve(10, clock=clock)
    reprieve.expired({"a"})
    clock.now = 10
    assert reprieve.expired({"a"}) == ["a"]
    assert reprieve.expired(set()) == []
    assert reprieve.expired({"a"}) == []  # a new "a" starts its own reprieve
