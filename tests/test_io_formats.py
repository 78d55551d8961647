"""read_corpus: every input format, column mapping, metadata, seeds and the shared BASIL corpus."""
from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from framing.document import Document
from framing.io import Corpus, Skipped, iter_raw, read_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"

ROWS = [
    {"id": "a1", "outlet": "Press TV", "title": "Strikes", "date": "2016-10-07",
     "text": "Foreign-backed militants shelled the city, officials said.", "lang": "en"},
    {"id": "a2", "outlet": "VOA", "title": "Kerry, on Aleppo", "date": "2016-10-07",
     "text": "Kerry said the attacks \u201cbeg for an investigation.\u201d\n\nMoscow denied it.", "lang": "en"},
    {"id": "a3", "outlet": "VOA", "title": "Rebel-held east", "date": "2016-10-08",
     "text": "Rebel-held districts were hit again, \"again\" on Saturday.", "lang": "fr"},
]


def _jsonl_bytes(rows) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")


def _csv_bytes(rows, *, delimiter=",") -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _parquet(path: Path, rows, *, row_group_size=None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)


def write_jsonl(tmp: Path, rows) -> Path:
    (tmp / "c.jsonl").write_bytes(_jsonl_bytes(rows))
    return tmp / "c.jsonl"


def write_ndjson(tmp: Path, rows) -> Path:
    (tmp / "c.ndjson").write_bytes(_jsonl_bytes(rows))
    return tmp / "c.ndjson"


def write_jsonl_gz(tmp: Path, rows) -> Path:
    (tmp / "c.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(rows)))
    return tmp / "c.jsonl.gz"


def write_json_list(tmp: Path, rows) -> Path:
    (tmp / "c.json").write_text(json.dumps(rows), encoding="utf-8")
    return tmp / "c.json"


def write_csv(tmp: Path, rows) -> Path:
    (tmp / "c.csv").write_bytes(_csv_bytes(rows))
    return tmp / "c.csv"


def write_csv_gz(tmp: Path, rows) -> Path:
    (tmp / "c.csv.gz").write_bytes(gzip.compress(_csv_bytes(rows)))
    return tmp / "c.csv.gz"


def write_tsv(tmp: Path, rows) -> Path:
    (tmp / "c.tsv").write_bytes(_csv_bytes(rows, delimiter="\t"))
    return tmp / "c.tsv"


def write_parquet(tmp: Path, rows) -> Path:
    _parquet(tmp / "c.parquet", rows, row_group_size=2)   # two row groups: order must hold across them
    return tmp / "c.parquet"


def write_folder_of_jsonl(tmp: Path, rows) -> Path:
    folder = tmp / "parts"
    folder.mkdir()
    (folder / "part-1.jsonl").write_bytes(_jsonl_bytes(rows[2:]))   # sorted by name: part-0 first
    (folder / "part-0.jsonl").write_bytes(_jsonl_bytes(rows[:2]))
    (folder / "_SUCCESS").write_bytes(b"")                           # ignored marker file
    return folder


def write_folder_mixed(tmp: Path, rows) -> Path:
    folder = tmp / "mixed"
    folder.mkdir()
    (folder / "a.csv").write_bytes(_csv_bytes(rows[:1]))
    (folder / "b.json").write_text(json.dumps(rows[1:2]), encoding="utf-8")
    _parquet(folder / "c.parquet", rows[2:])
    return folder


WRITERS = [write_jsonl, write_ndjson, write_jsonl_gz, write_json_list, write_csv, write_csv_gz, write_tsv,
           write_parquet, write_folder_of_jsonl, write_folder_mixed]


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__)
def test_each_format_reads_every_field(tmp_path, writer):
    corpus = read_corpus(writer(tmp_path, ROWS), clean=False)
    docs = list(corpus.documents())
    assert corpus.skipped == []
    assert [d.id for d in docs] == ["a1", "a2", "a3"]
    assert [d.outlet for d in docs] == ["Press TV", "VOA", "VOA"]
    assert [d.title for d in docs] == ["Strikes", "Kerry, on Aleppo", "Rebel-held east"]
    assert [d.date for d in docs] == ["2016-10-07", "2016-10-07", "2016-10-08"]
    assert [d.text for d in docs] == [row["text"] for row in ROWS]
    assert [d.meta["lang"] for d in docs] == ["en", "en", "fr"]
    assert all(isinstance(d, Document) and d.source for d in docs)


@pytest.mark.parametrize("writer, expected_sources", [
    (write_jsonl, ["c.jsonl:1", "c.jsonl:2", "c.jsonl:3"]),
    (write_csv, ["c.csv:2", "c.csv:3", "c.csv:6"]),       # a2 spans lines 3-5 (a blank line in its text)
    (write_json_list, ["c.json:item 1", "c.json:item 2", "c.json:item 3"]),
    (write_parquet, ["c.parquet:row 1", "c.parquet:row 2", "c.parquet:row 3"]),
])
def test_source_names_file_and_line(tmp_path, writer, expected_sources):
    docs = list(read_corpus(writer(tmp_path, ROWS), clean=False).documents())
    assert [Path(d.source).name for d in docs] == expected_sources


MAPPING = {"id_column": "doc_id", "text_column": "content", "outlet_column": "source",
           "title_column": "headline", "date_column": "published"}


def _renamed(rows):
    names = {"id": "doc_id", "text": "content", "outlet": "source", "title": "headline", "date": "published"}
    return [{names.get(key, key): value for key, value in row.items()} for row in rows]


@pytest.mark.parametrize("writer", [write_jsonl, write_csv, write_parquet, write_json_list],
                         ids=lambda w: w.__name__)
def test_column_mapping_renames_columns(tmp_path, writer):
    docs = list(read_corpus(writer(tmp_path, _renamed(ROWS)), clean=False, **MAPPING).documents())
    assert [d.id for d in docs] == ["a1", "a2", "a3"]
    assert [d.outlet for d in docs] == ["Press TV", "VOA", "VOA"]
    assert docs[2].text == ROWS[2]["text"]
    assert docs[0].meta == {"lang": "en"}          # mapped columns are fields, not meta


def test_mapped_fixture_csv_keeps_unmapped_default_names_in_meta():
    docs = list(read_corpus(FIXTURES / "mapped.csv", clean=False, **MAPPING).documents())
    assert [(d.id, d.outlet, d.date) for d in docs] == [("m1", "Press TV", "2016-10-07"), ("m2", "VOA", "2016-10-07")]
    assert docs[1].text == 'Kerry said the attacks "beg for an investigation."'
    assert docs[0].meta == {"section": "world"}


@pytest.mark.parametrize("record, field_name, expected", [
    ({"id": 7, "text": "Numeric ids become strings."}, "id", "7"),
    ({"id": "x", "text": "t", "outlet": None, "date": None}, "outlet", ""),     # PTC has null outlets
    ({"id": "x", "text": "t", "outlet": None, "date": None}, "date", ""),
    ({"id": "x", "text": "t"}, "title", ""),                                      # optional columns may be absent
    ({"id": "x", "text": "t", "outlet": 3}, "outlet", "3"),
])
def test_jsonl_values_are_normalised(tmp_path, record, field_name, expected):
    doc = next(read_corpus(write_jsonl(tmp_path, [record]), clean=False).documents())
    assert getattr(doc, field_name) == expected


def test_parquet_dates_and_partition_folders(tmp_path):
    import datetime as dt

    folder = tmp_path / "dataset"
    for year, rows in (("2016", ROWS[:2]), ("2017", ROWS[2:])):
        (folder / f"year={year}").mkdir(parents=True)
        typed = [{**row, "date": dt.date(int(year), 1, 2)} for row in rows]
        _parquet(folder / f"year={year}" / "part-0.parquet", typed)
    docs = list(read_corpus(folder, clean=False).documents())
    assert [d.id for d in docs] == ["a1", "a2", "a3"]
    assert [d.date for d in docs] == ["2016-01-02", "2016-01-02", "2017-01-02"]
    assert [d.meta["year"] for d in docs] == ["2016", "2016", "2017"]


def test_single_txt_file_id_is_file_name(tmp_path):
    path = tmp_path / "kerry.txt"
    path.write_text("Kerry spoke.\n", encoding="utf-8")
    (doc,) = list(read_corpus(path, clean=False))
    assert (doc.id, doc.outlet, doc.source, doc.text) == ("kerry.txt", "", str(path), "Kerry spoke.\n")


def test_folder_of_txt_without_manifest_warns_and_has_no_outlet():
    with pytest.warns(UserWarning, match="no manifest.csv"):
        docs = list(read_corpus(FIXTURES / "folder_txt", clean=False))
    assert [(d.id, d.outlet) for d in docs] == [("a.txt", ""), ("b.txt", "")]


def test_manifest_extra_unlisted_txt_is_announced(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,outlet,title,date\na.txt,VOA,T,2016-01-01\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Listed.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Not listed.", encoding="utf-8")
    with pytest.warns(UserWarning, match="not listed in manifest.csv"):
        docs = list(read_corpus(tmp_path, clean=False))
    assert [d.id for d in docs] == ["a.txt"]


def test_seeds_read_with_outlets_and_language(seeds_dir):
    corpus = read_corpus(seeds_dir, clean=False)
    docs = list(corpus.documents())
    assert corpus.skipped == []
    assert [d.id for d in docs] == ["000_89466effa35fe06b.txt", "003_e60f7068ae8a88b7.txt"]
    assert [d.outlet for d in docs] == ["Press TV", "VOA"]
    assert [d.meta for d in docs] == [{"language": "en"}, {"language": "en"}]
    assert docs[0].title == "Kerry seeks war crimes investigation against Russia, Syria"
    assert docs[1].date == "2016-10-07"
    assert docs[0].text.startswith("Kerry seeks war crimes investigation")


def test_seeds_read_cleaned(seeds_dir):
    raw = {d.id: d.text for d in iter_raw(seeds_dir)}
    assert raw["003_e60f7068ae8a88b7.txt"] == (seeds_dir / "003_e60f7068ae8a88b7.txt").read_text(encoding="utf-8")
    docs = list(read_corpus(seeds_dir).documents())
    assert [d.outlet for d in docs] == ["Press TV", "VOA"]
    assert all(d.text.strip() and len(d.text) <= len(raw[d.id]) for d in docs)
    assert "SHARE THIS ARTICLE" in raw["000_89466effa35fe06b.txt"]
    assert "SHARE THIS ARTICLE" not in docs[0].text


def test_corpus_is_reiterable_and_resets_skips(tmp_path):
    path = write_jsonl(tmp_path, [*ROWS, ROWS[0]])       # a duplicate: one skip per pass
    corpus = read_corpus(path, clean=False)
    assert isinstance(corpus, Corpus)
    first = [getattr(item, "id") for item in corpus]
    second = [getattr(item, "id") for item in corpus]
    assert first == second == ["a1", "a2", "a3", "a1"]
    assert len(corpus.skipped) == 1 and isinstance(corpus.skipped[0], Skipped)


@pytest.mark.parametrize("clean", [False, True])
def test_basil_reads_as_is(shared_data, clean):
    corpus = read_corpus(shared_data / "basil" / "articles.jsonl", clean=clean)
    docs = list(corpus.documents())
    assert len(docs) == 240
    assert corpus.skipped == []
    assert {d.outlet for d in docs} >= {"New York Times", "Fox News"}
    assert all(d.text and d.source for d in docs)
    assert set(docs[0].meta) == {"event", "triplet"}         # dataset extras land in meta


@pytest.mark.parametrize("content, expected_text", [
    ('id;outlet;text\nx1;VOA;"Kerry, in Geneva; again"\n', "Kerry, in Geneva; again"),   # Excel in many locales
    ("id\toutlet\ttext\nx1\tVOA\tKerry; spoke, twice\n", "Kerry; spoke, twice"),
    ("id|outlet|text\nx1|VOA|Kerry spoke\n", "Kerry spoke"),
    ('id,outlet,text\nx1,VOA,"Kerry; spoke | twice"\n', "Kerry; spoke | twice"),            # commas win when present
])
def test_csv_delimiter_is_sniffed_from_the_header(tmp_path, content, expected_text):
    (tmp_path / "c.csv").write_text(content, encoding="utf-8")
    (doc,) = list(read_corpus(tmp_path / "c.csv", clean=False))
    assert (doc.id, doc.outlet, doc.text) == ("x1", "VOA", expected_text)


def test_gzipped_semicolon_csv(tmp_path):
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"id;text\nx1;Kerry spoke.\n"))
    (doc,) = list(read_corpus(tmp_path / "c.csv.gz", clean=False))
    assert doc.text == "Kerry spoke."


def test_manifest_file_itself_reads_its_folder(seeds_dir):
    docs = list(read_corpus(seeds_dir / "manifest.csv", clean=False).documents())
    assert [d.outlet for d in docs] == ["Press TV", "VOA"]
