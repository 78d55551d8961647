"""Encodings of .txt and .csv input: BOMs, UTF-16, legacy single-byte text, and binary refusal."""
from __future__ import annotations

import codecs
import gzip
import random

import pytest

from framing.io import Skipped, decode_bytes, read_corpus

CAFE = "café — ‘quoted’"
NEWS = "The café — ‘quoted’ said “hello” to the naïve résumé."

ENCODED = [
    pytest.param(CAFE.encode("utf-8"), CAFE, id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + CAFE.encode("utf-8"), CAFE, id="utf-8-bom"),
    pytest.param(codecs.BOM_UTF16_LE + CAFE.encode("utf-16-le"), CAFE, id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"), CAFE, id="utf-16-be-bom"),
    pytest.param(CAFE.encode("cp1252"), CAFE, id="cp1252-short"),
    pytest.param(NEWS.encode("cp1252"), NEWS, id="cp1252-sentence"),
    pytest.param("Zürich Straße".encode("latin-1"), "Zürich Straße", id="latin-1"),
    pytest.param("Kerry said the strikes must stop.".encode("utf-16-le"), "Kerry said the strikes must stop.",
                 id="utf-16-le-no-bom"),
    pytest.param("Москва заявила, что удары продолжатся по всему городу.".encode("cp1251"),
                 "Москва заявила, что удары продолжатся по всему городу.", id="cp1251-cyrillic"),
]


@pytest.mark.parametrize("data, expected", ENCODED)
def test_txt_encodings(tmp_path, data, expected):
    (tmp_path / "doc.txt").write_bytes(data)
    (doc,) = list(read_corpus(tmp_path / "doc.txt", clean=False))
    assert doc.text == expected


CSV_ENCODINGS = [
    pytest.param(b"", "utf-8", CAFE, id="utf-8"),
    pytest.param(codecs.BOM_UTF8, "utf-8", CAFE, id="utf-8-bom"),
    pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", CAFE, id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", CAFE, id="utf-16-be-bom"),
    pytest.param(b"", "cp1252", CAFE, id="cp1252-short"),
    pytest.param(b"", "cp1252", NEWS, id="cp1252-sentence"),
    pytest.param(b"", "latin-1", "Zürich Straße", id="latin-1"),
]


@pytest.mark.parametrize("bom, codec, text", CSV_ENCODINGS)
def test_csv_encodings(tmp_path, bom, codec, text):
    body = f'id,outlet,text\nx1,VOA,"{text}"\nx2,VOA,second row\n'
    (tmp_path / "c.csv").write_bytes(bom + body.encode(codec))
    docs = list(read_corpus(tmp_path / "c.csv", clean=False))
    assert [d.id for d in docs] == ["x1", "x2"]          # a BOM must not end up in the first column name
    assert [d.text for d in docs] == [text, "second row"]


def test_gzipped_cp1252_csv(tmp_path):
    body = f"id,text\nx1,{NEWS}\n".encode("cp1252")
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(body))
    (doc,) = list(read_corpus(tmp_path / "c.csv.gz", clean=False))
    assert doc.text == NEWS


def test_csv_with_late_legacy_byte_still_reads(tmp_path):
    rows = "".join(f"x{i},plain ascii row {i}\n" for i in range(2000))
    body = ("id,text\n" + rows).encode("ascii") + b"x-last,caf\xe9 late\n"
    (tmp_path / "c.csv").write_bytes(body)
    docs = list(read_corpus(tmp_path / "c.csv", clean=False))
    assert len(docs) == 2001
    assert docs[-1].text == "café late"


def _random_bytes(n: int, *, seed: int, nul: bool) -> bytes:
    data = random.Random(seed).randbytes(n)
    return data if nul else data.replace(b"\x00", b"\x01")


BINARY = [
    pytest.param(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + _random_bytes(600, seed=1, nul=True),
                 "NUL bytes", id="png-header"),
    pytest.param(b"%PDF-1.4\n" + _random_bytes(3000, seed=2, nul=True), "NUL bytes", id="pdf-like"),
    pytest.param(_random_bytes(3000, seed=3, nul=False), "no plausible text encoding", id="random-no-nul"),
]


@pytest.mark.parametrize("data, why", BINARY)
def test_binary_txt_is_refused(tmp_path, data, why):
    (tmp_path / "x.txt").write_bytes(data)
    (item,) = list(read_corpus(tmp_path / "x.txt", clean=False))
    assert isinstance(item, Skipped)
    assert item.reason.startswith("binary file (") and why in item.reason
    assert item.id == "x.txt"


@pytest.mark.parametrize("data, why", BINARY[:2])
def test_binary_csv_is_refused(tmp_path, data, why):
    (tmp_path / "x.csv").write_bytes(data)
    (item,) = list(read_corpus(tmp_path / "x.csv", clean=False))
    assert isinstance(item, Skipped) and item.reason.startswith("binary file (") and why in item.reason


@pytest.mark.parametrize("text", [
    "Plain ASCII news text.",
    "Tab\tseparated and a form feed\f are still text.",
    "Emoji 🙂 and CJK 北京 in UTF-8.",
])
def test_text_is_never_mistaken_for_binary(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


TRUNCATED = (NEWS + " “Kerry’s café").encode("utf-8")[:-1]    # cut inside the final "é"


def test_truncated_utf8_txt_stays_utf8(tmp_path):
    (tmp_path / "doc.txt").write_bytes(TRUNCATED)
    (doc,) = list(read_corpus(tmp_path / "doc.txt", clean=False))
    assert doc.text == NEWS + " “Kerry’s caf\ufffd"     # before: all of it read as cp1252 ("â€œKerryâ€™s")


def test_truncated_utf8_csv_stays_utf8(tmp_path):
    (tmp_path / "c.csv").write_bytes(b"id,text\nx1," + TRUNCATED)
    (doc,) = list(read_corpus(tmp_path / "c.csv", clean=False))
    assert doc.text == NEWS + " “Kerry’s caf\ufffd"


def test_invalid_utf8_inside_the_text_is_still_legacy(tmp_path):
    (tmp_path / "doc.txt").write_bytes(NEWS.encode("cp1252") + "ü".encode("utf-8")[:1])
    (doc,) = list(read_corpus(tmp_path / "doc.txt", clean=False))
    assert doc.text.startswith(NEWS)
