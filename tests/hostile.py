"""Malformed and hostile inputs, made from a seed: what the fuzz tests and `bench/fuzz.py` feed to
`dyad ingest`, `dyad code`, `dyad dates` and `POST /api/ingest`.

Each input is (name, bytes, kind) where kind says how it is meant: "txt", "html", "jsonl" or
"json". The generator is deterministic for a seed, so a failure can be made again.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator

GOOD = ("Pakistan and Russia signed an agreement on energy in Moscow on 3 March 2021.",
        "The foreign ministers of Japan and India met in Tokyo on Monday to discuss trade.",
        "Officials said the railway project would resume next year after a pause.")  # fmt: skip

Hostile = tuple[str, bytes, str]


def _deep_json(r: random.Random) -> bytes:
    n = r.choice([1_000, 5_000, 100_000])
    return ('{"text": ' + "[" * n + "]" * n + "}").encode()


def _deep_objects(r: random.Random) -> bytes:
    n = r.choice([2_000, 50_000])
    return ('{"text": "x", "a": ' + '{"a": ' * n + "1" + "}" * n + "}").encode()


def _lone_surrogate(r: random.Random) -> bytes:
    return json.dumps({"id": f"s{r.randrange(10**6)}", "text": r.choice(GOOD) + " \ud800 \udfff"}).encode()


def _invalid_utf8(r: random.Random) -> bytes:
    return r.choice(GOOD).encode() + bytes(r.randrange(128, 256) for _ in range(r.randrange(1, 40)))


def _binary(r: random.Random) -> bytes:
    return bytes(r.randrange(256) for _ in range(r.randrange(1, 5000)))


def _legacy(r: random.Random) -> bytes:
    text = r.choice(["Россия и Пакистан подписали соглашение в Москве 3 марта 2021 года.",
                     "Pakistan und Russland unterzeichneten ein Abkommen über Energie.",
                     "中国和巴基斯坦在北京签署了协议。", "日本とインドは東京で会談した。"])  # fmt: skip
    for enc in r.sample(["utf-16", "cp1251", "koi8_r", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252"], 8):
        try:
            return text.encode(enc)
        except UnicodeEncodeError:
            continue
    return text.encode("utf-16")


def _repeated_word(r: random.Random) -> bytes:
    return (r.choice(["Monday ", "word ", "Russia ", "1 ", "the "]) * r.choice([2_000, 20_000])).encode()


def _one_token(r: random.Random) -> bytes:
    return ("x" * r.choice([10_000, 200_000])).encode()


def _many_lines(r: random.Random) -> bytes:
    return ("\n".join(r.choice(GOOD) if r.random() < 0.1 else "-" for _ in range(r.choice([1_000, 10_000])))).encode()


def _huge_html(r: random.Random) -> bytes:
    return ("<html><body>" + "<p>" + " ".join([r.choice(GOOD)] * r.choice([100, 2_000])) + "</p>" * 1
            + "<div>" * r.choice([10, 3_000]) + "</body></html>").encode()


def _controls(r: random.Random) -> bytes:
    return "".join(chr(r.randrange(0, 32)) if r.random() < 0.3 else c for c in r.choice(GOOD)).encode()


def _jsonl_mix(r: random.Random) -> bytes:
    lines = [json.dumps({"id": f"g{r.randrange(10**6)}", "text": r.choice(GOOD)}), "{", "[]", '"text"', "null",
             json.dumps({"text": 5}), json.dumps({"html": "<p>" + r.choice(GOOD) + "</p>"}),
             json.dumps({"text": r.choice(GOOD), "published": "not a date"}), json.dumps({"text": ""}),
             json.dumps({"text": r.choice(GOOD), "id": {"nested": [1, 2]}})]
    r.shuffle(lines)
    return "\n".join(lines).encode()


def _mutated(r: random.Random) -> bytes:
    data = bytearray(r.choice(GOOD).encode())
    for _ in range(r.randrange(1, 10)):
        data[r.randrange(len(data))] = r.randrange(256)
    return bytes(data)


def _dates(r: random.Random) -> bytes:
    parts = ["on 3 March 2021", "last week", "31/02/2020", "the 99th of Smarch", "in 20211", "2021-13-45",
             "from 1999 to 2001", "Monday, Tuesday and Wednesday", "9999-12-31", "0000-00-00", "early 1990s"]
    return " ".join(r.choice(parts) for _ in range(r.randrange(1, 400))).encode()


MAKERS: list[tuple[str, str, Callable[[random.Random], bytes]]] = [
    ("deep-json", "jsonl", _deep_json), ("deep-objects", "jsonl", _deep_objects),
    ("surrogate", "jsonl", _lone_surrogate), ("bad-utf8", "txt", _invalid_utf8), ("binary", "txt", _binary),
    ("legacy", "txt", _legacy), ("repeated", "txt", _repeated_word), ("one-token", "txt", _one_token),
    ("many-lines", "txt", _many_lines), ("huge-html", "html", _huge_html), ("controls", "txt", _controls),
    ("jsonl-mix", "jsonl", _jsonl_mix), ("mutated", "txt", _mutated), ("dates", "txt", _dates),
]  # fmt: skip


HEAVY = ("repeated", "one-token", "many-lines", "huge-html")  # large inputs, slow however linear
HEAVY_EVERY = 25  # one input in this many is a heavy one (when heavy ones are wanted)


def hostile_inputs(n: int, seed: int = 0, heavy: bool = True, heavy_every: int = HEAVY_EVERY) -> Iterator[Hostile]:
    """`n` inputs, cycling through every kind; the large ones one in `heavy_every`, none without
    `heavy` (CI)."""
    r = random.Random(seed)
    light = [m for m in MAKERS if m[0] not in HEAVY]
    large = [m for m in MAKERS if m[0] in HEAVY]
    for i in range(n):
        if heavy and i % heavy_every == heavy_every - 1:
            name, kind, make = large[(i // heavy_every) % len(large)]
        else:
            name, kind, make = light[i % len(light)]
        yield f"{i:05d}-{name}", make(r), kind


def odd_file_names() -> list[bytes]:
    """File names a folder from another system may hold: not UTF-8, spaces, a leading dash."""
    return [b"bad\xff\xfename.txt", b"-dash.txt", b"with space.txt", "ünïcödé.txt".encode(), b"latin\xe9.txt"]


__all__ = ["GOOD", "HEAVY", "Hostile", "hostile_inputs", "odd_file_names"]
