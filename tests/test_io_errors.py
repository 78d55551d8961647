"""Bad input: clear InputErrors for unusable corpora, Skipped items (never silence) for bad rows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.document import Document
from framing.errors import FramingError, InputError
from framing.io import CorpusWarning, Skipped, read_corpus


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _parquet(path: Path, rows) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


# --- errors that stop reading: (setup, options, fragments every message must contain) -------------

def manifest_without_outlet(tmp):
    _write(tmp / "a.txt", "Text.")
    _write(tmp / "manifest.csv", "file,source,title,date\na.txt,VOA,T,2016-01-01\n")
    return tmp


def manifest_without_file(tmp):
    _write(tmp / "a.txt", "Text.")
    _write(tmp / "manifest.csv", "path,outlet\na.txt,VOA\n")
    return tmp


def csv_without_text(tmp):
    return _write(tmp / "c.csv", "id,content,outlet\n1,Some text,VOA\n")


def jsonl_without_text(tmp):
    return _write(tmp / "c.jsonl", json.dumps({"id": "1", "body": "Some text", "outlet": "VOA"}) + "\n")


def jsonl_without_id(tmp):
    return _write(tmp / "c.jsonl", json.dumps({"doc": "1", "text": "Some text"}) + "\n")


def parquet_without_text(tmp):
    return _parquet(tmp / "c.parquet", [{"id": "1", "content": "Some text"}])


def csv_mapped_outlet_missing(tmp):
    return _write(tmp / "c.csv", "id,text,outlet\n1,Some text,VOA\n")


def unknown_extension(tmp):
    return _write(tmp / "article.docx", b"PK\x03\x04")


def missing_path(tmp):
    return tmp / "nope.jsonl"


def empty_folder(tmp):
    _write(tmp / "notes.md", "not a corpus")
    return tmp


FATAL = [
    (manifest_without_outlet, {}, ["manifest.csv", "'outlet'", "file, source, title, date", "--outlet-column"]),
    (manifest_without_file, {}, ["manifest.csv", "'file'", "path, outlet"]),
    (csv_without_text, {}, ["c.csv", "'text'", "id, content, outlet", "--text-column"]),
    (jsonl_without_text, {}, ["c.jsonl:1", "'text'", "id, body, outlet", "--text-column"]),
    (jsonl_without_id, {}, ["c.jsonl:1", "'id'", "doc, text", "--id-column"]),
    (parquet_without_text, {}, ["c.parquet", "'text'", "id, content", "--text-column"]),
    (csv_mapped_outlet_missing, {"outlet_column": "source"}, ["c.csv", "'source'", "--outlet-column"]),
    (unknown_extension, {}, ["article.docx", "unsupported", ".jsonl", ".parquet", ".csv"]),
    (missing_path, {}, ["no such file or folder", "nope.jsonl"]),
    (empty_folder, {}, ["no manifest.csv", "supported"]),
]


@pytest.mark.parametrize("setup, options, fragments", FATAL, ids=[case[0].__name__ for case in FATAL])
def test_unusable_input_raises_input_error(tmp_path, setup, options, fragments):
    path = setup(tmp_path)
    with pytest.raises(InputError) as info:
        list(read_corpus(path, clean=False, **options))
    message = str(info.value)
    assert isinstance(info.value, FramingError)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing from: {message}"


@pytest.mark.parametrize("setup", [manifest_without_outlet, manifest_without_file, unknown_extension, missing_path])
def test_path_level_errors_raise_before_iterating(tmp_path, setup):
    with pytest.raises(InputError):
        read_corpus(setup(tmp_path), clean=False)


@pytest.mark.parametrize("setup, options", [
    (csv_without_text, {"text_column": "content"}),                     # mapping the column fixes it
    (manifest_without_outlet, {"outlet_column": "source"}),
    (jsonl_without_id, {"id_column": "doc"}),
])
def test_mapping_the_named_column_fixes_the_error(tmp_path, setup, options):
    items = list(read_corpus(setup(tmp_path), clean=False, **options))
    assert len(items) == 1 and isinstance(items[0], Document)


# --- rows that become Skipped: (file name, content, expected items as id or (id, reason fragments)) ---

GOOD = json.dumps({"id": "ok", "text": "Kerry spoke."})
SKIPS = [
    pytest.param(
        "c.jsonl",
        "\n".join([GOOD, '{"id": "bad", "text": ', json.dumps({"id": "after", "text": "Still read."})]),
        ["ok", ("", ["invalid JSON at", "c.jsonl:2"]), "after"],
        id="invalid-json-line"),
    pytest.param(
        "c.jsonl",
        "\n".join([GOOD, json.dumps({"id": "ok", "text": "Again."})]),
        ["ok", ("ok", ["duplicate id, first seen at", "c.jsonl:1"])],
        id="duplicate-id"),
    pytest.param(
        "c.jsonl",
        "\n".join([GOOD, json.dumps({"id": "n", "text": 42}), json.dumps({"id": "l", "text": ["a"]})]),
        ["ok", ("n", ["text is a int, not a string"]), ("l", ["text is a list"])],
        id="non-string-text"),
    pytest.param(
        "c.jsonl",
        "\n".join([GOOD, json.dumps({"id": "e", "text": "  \n "}), json.dumps({"id": "z", "text": None})]),
        ["ok", ("e", ["empty document"]), ("z", ["no text", "null"])],
        id="empty-and-null-text"),
    pytest.param(
        "c.jsonl",
        "\n".join([GOOD, "[1, 2]", json.dumps({"id": "", "text": "No id."})]),
        ["ok", ("", ["JSON list, expected an object"]), ("", ["no id"])],
        id="non-object-and-empty-id"),
    pytest.param(
        "c.csv",
        'id,text\nok,Kerry spoke.\nok,Again.\nshort\nx,"a",extra\nblank,\n',
        ["ok", ("ok", ["duplicate id, first seen at", "c.csv:2"]), ("", ["1 fields", "header has 2"]),
         ("", ["3 fields"]), ("blank", ["empty document"])],
        id="csv-bad-rows"),
    pytest.param(
        "c.json",
        json.dumps([{"id": "ok", "text": "Kerry spoke."}, "stray", {"id": "t", "text": 1.5}]),
        ["ok", ("", ["item 2", "expected an object"]), ("t", ["text is a float"])],
        id="json-list-bad-items"),
]


@pytest.mark.parametrize("name, content, expected", SKIPS)
def test_bad_rows_become_skipped_with_reason(tmp_path, name, content, expected):
    corpus = read_corpus(_write(tmp_path / name, content), clean=False)
    items = list(corpus)
    assert len(items) == len(expected)                 # every row is accounted for
    for item, want in zip(items, expected):
        if isinstance(want, str):
            assert isinstance(item, Document) and item.id == want
        else:
            want_id, fragments = want
            assert isinstance(item, Skipped), item
            assert item.id == want_id
            assert name in item.source
            for fragment in fragments:
                assert fragment in item.reason, f"{fragment!r} not in {item.reason!r}"
    assert corpus.skipped == [item for item in items if isinstance(item, Skipped)]


def test_manifest_row_with_missing_file_is_skipped_naming_the_row(tmp_path):
    _write(tmp_path / "a.txt", "Kerry spoke.")
    _write(tmp_path / "manifest.csv",
           "file,outlet,title,date,language\na.txt,VOA,T,2016-01-01,en\ngone.txt,VOA,T2,2016-01-02,en\n"
           ",VOA,T3,,\n")
    items = list(read_corpus(tmp_path, clean=False))
    assert isinstance(items[0], Document) and items[0].meta == {"language": "en"}
    missing, empty = items[1], items[2]
    assert isinstance(missing, Skipped) and missing.id == "gone.txt"
    assert "manifest row" in missing.reason and "manifest.csv:3" in missing.reason
    assert "'gone.txt'" in missing.reason and "does not exist" in missing.reason
    assert isinstance(empty, Skipped) and "manifest.csv:4" in empty.reason and "empty 'file'" in empty.reason


def test_empty_txt_in_manifest_is_skipped(tmp_path):
    _write(tmp_path / "a.txt", "")
    _write(tmp_path / "b.txt", "Body.")
    _write(tmp_path / "manifest.csv", "file,outlet\na.txt,VOA\nb.txt,VOA\n")
    items = list(read_corpus(tmp_path, clean=False))
    assert isinstance(items[0], Skipped) and items[0].reason.startswith("empty document")
    assert isinstance(items[1], Document) and items[1].text == "Body."


def test_empty_after_cleaning_is_skipped(tmp_path):
    path = _write(tmp_path / "c.jsonl", "\n".join([
        json.dumps({"id": "junk", "text": "\u00a0\u00a0\n\n\u200b \n"}),
        json.dumps({"id": "real", "text": "Kerry said the strikes must stop."}),
    ]))
    items = list(read_corpus(path))
    assert isinstance(items[0], Skipped) and "empty document after cleaning" in items[0].reason
    assert isinstance(items[1], Document) and items[1].text.strip() == "Kerry said the strikes must stop."


@pytest.mark.parametrize("name, content, fragment", [
    ("x.parquet", b"PAR1 this is not really parquet PAR1", "not a readable Parquet file"),
    ("x.json", b'[{"id": "a", "text": "unterminated', "invalid JSON in"),
    ("x.csv", b"", "empty file (no header row)"),
])
def test_unreadable_file_is_one_skipped_item(tmp_path, name, content, fragment):
    items = list(read_corpus(_write(tmp_path / name, content), clean=False))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].id == name and fragment in items[0].reason


def test_a_bad_file_in_a_folder_does_not_stop_the_others(tmp_path):
    _write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": "First file."}) + "\n")
    _write(tmp_path / "b.parquet", b"garbage")
    _write(tmp_path / "c.jsonl", json.dumps({"id": "c", "text": "Third file."}) + "\n")
    items = list(read_corpus(tmp_path, clean=False))
    assert [type(item).__name__ for item in items] == ["Document", "Skipped", "Document"]
    assert [item.id for item in items] == ["a", "b.parquet", "c"]


def test_manifest_row_with_an_unclosed_quote_names_the_lines_it_swallowed(tmp_path, seeds_dir):
    import shutil

    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    first, second = sorted(p.name for p in seeds_dir.glob("*.txt"))
    (tmp_path / "manifest.csv").write_text(f'file,outlet,title,date\n{first},"Press TV,a,2016\n{second},VOA,b,2016\n',
                                           encoding="utf-8")
    with pytest.warns(CorpusWarning, match="not listed in manifest.csv"):     # the swallowed files are named too
        items = list(read_corpus(tmp_path))
    assert [type(item).__name__ for item in items] == ["Skipped"]
    (skipped,) = items
    assert skipped.source.endswith("manifest.csv:2-3")            # before: ":2", and line 3's file was never named
    assert "unclosed double quote joined lines 2-3" in skipped.reason


def test_csv_row_with_an_unclosed_quote_names_its_lines(tmp_path):
    (tmp_path / "a.csv").write_text('id,outlet,text\n1,"X,first text\n2,Y,second text\n3,Z,third\n', encoding="utf-8")
    items = list(read_corpus(tmp_path / "a.csv"))
    assert len(items) == 1 and items[0].source.endswith("a.csv:2-4")
    assert "unclosed double quote joined lines 2-4" in items[0].reason
