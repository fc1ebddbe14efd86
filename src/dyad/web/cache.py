"""Answers of the read API kept until the record changes: the same question costs one query.

A dashboard and a monitoring team ask the same few things over and over while the record changes
only when an ingest commits. So a successful GET under /api is kept, keyed by its path and query
and by the record's generation: the size and modification time of the database file, its
write-ahead log and the search index's metadata. Any commit (of this process or another) changes
one of them, and the next request reads the record afresh. Bounded in entries and bytes; ingest
routes are never cached.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_ENTRIES = 512
MAX_BYTES = 64_000_000
MAX_ANSWER_BYTES = 2_000_000  # a larger answer (a huge CSV page) is not worth holding


def generation(files: list[Path]) -> tuple[tuple[int, int], ...]:
    out = []
    for f in files:
        try:
            st = os.stat(f)
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((-1, -1))
    return tuple(out)


class AnswerCache:
    """ASGI middleware: GET /api/... answers by (path, query, record generation)."""

    def __init__(self, app: App, db: Path, index_meta: Path) -> None:
        self.app = app
        self.files = [db, db.with_name(db.name + ".wal"), index_meta]
        self.entries: OrderedDict[tuple[Any, ...], tuple[list[Message], int]] = OrderedDict()
        self.bytes = 0
        self.lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") != "GET" or not path.startswith("/api/") \
                or path.startswith("/api/ingest"):
            await self.app(scope, receive, send)
            return
        key = (path, scope.get("query_string", b""), generation(self.files))
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
        if hit is not None:
            for message in hit[0]:
                await send(message)
            return
        messages: list[Message] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal size
            messages.append(message)
            size += len(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        if messages and messages[0].get("status") == 200 and size <= MAX_ANSWER_BYTES:
            self._store(key, messages, size)

    def _store(self, key: tuple[Any, ...], messages: list[Message], size: int) -> None:
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = (messages, size)
            self.bytes += size
            while len(self.entries) > MAX_ENTRIES or self.bytes > MAX_BYTES:
                _, (_, dropped) = self.entries.popitem(last=False)
                self.bytes -= dropped


__all__ = ["AnswerCache", "generation"]
