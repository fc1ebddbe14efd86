"""Spans of a document looked up by offset: which mentions start inside a sentence, which people a new
name overlaps, who was named before a sentence. Asked once per sentence, a scan of every mention makes
a stage quadratic in the length of the document (a page of 10,000 sentences naming 10,000 countries:
10^8 comparisons); these indexes answer by bisection."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasStart)
T = TypeVar("T", bound=HasSpan)


class ByStart(Generic[S]):
    """Items sorted by their start offset (a stable sort: items that start together keep their order)."""

    def __init__(self, items: Iterable[S]) -> None:
        self.items = sorted(items, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def starting_in(self, start: int, end: int) -> list[S]:
        """The items with `start <= item.start < end`, in order."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


class Disjoint(Generic[T]):
    """Spans that do not overlap one another (the people of a document), kept sorted: their starts and
    ends then rise together, so the spans overlapping a given one are a run found by bisection."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.items: list[T] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        for m in items:
            if not self.overlapping(m.start, m.end):
                self.add(m)

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        lo = bisect_right(self._ends, start)  # the first span ending after `start`
        hi = bisect_left(self._starts, end, lo)  # the first span starting at or after `end`
        return lo, max(lo, hi)

    def overlapping(self, start: int, end: int) -> list[T]:
        """The spans that share a character with [start, end), in order."""
        lo, hi = self._bounds(start, end)
        return self.items[lo:hi]

    def add(self, m: T) -> None:
        """Add a span that overlaps none held."""
        i = bisect_left(self._starts, m.start)
        self.items.insert(i, m)
        self._starts.insert(i, m.start)
        self._ends.insert(i, m.end)

    def remove(self, m: T) -> None:
        i = self.items.index(m, bisect_left(self._starts, m.start))
        del self.items[i], self._starts[i], self._ends[i]


class EndedBy(Generic[T]):
    """The items of a list (in its order) that end at or before a position, for positions asked in
    rising order (one sentence after another): each item is taken in once, however many sentences ask."""

    def __init__(self, items: Sequence[T]) -> None:
        self._items = items
        self._by_end = sorted(range(len(items)), key=lambda i: items[i].end)
        self._next = 0
        self._taken: list[int] = []  # indexes into `items`, in list order
        self.items: list[T] = []

    def upto(self, pos: int) -> list[T]:
        """The items ending at or before `pos`, in list order (the list is shared: do not change it)."""
        while self._next < len(self._by_end) and self._items[self._by_end[self._next]].end <= pos:
            i = self._by_end[self._next]
            at = bisect_left(self._taken, i)
            self._taken.insert(at, i)
            self.items.insert(at, self._items[i])
            self._next += 1
        return self.items
