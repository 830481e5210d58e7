"""Things let go only once they have gone unused for a while.

Streamlit forgets a download button's file-maker as soon as a run ends without naming it, and a run
stopped by a newer one (a filter changed twice in a row) ends without naming any: the buttons still
on screen then name makers that are gone, and a click on one gives nothing. Kept until they have
gone unused for a while, every maker a button on screen names is still there when it is clicked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class Reprieve(Generic[T]):
    """Which of the things now unused have been unused for ``seconds`` or more, without a break.

    ``expired`` is told what is unused each time there is a chance to let things go; a thing used
    again (absent from a later call) starts over. Only what ``expired`` returns may be let go."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._since: dict[T, float] = {}

    def expired(self, unused: Iterable[T]) -> list[T]:
        now = self._clock()
        current = set(unused)
        self._since = {thing: self._since.get(thing, now) for thing in current}
        return [thing for thing, since in self._since.items() if now - since >= self.seconds]
