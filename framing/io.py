"""Reading corpora: folders of .txt with a manifest, CSV, JSONL, JSON and Parquet, streamed.

Inputs: a folder with manifest.csv (columns file, outlet, title, date; other columns go to `meta`;
id = file name); a folder of .txt files (no outlet); one .txt file; .csv/.tsv (also .gz);
.jsonl/.ndjson (also .gz); .json holding a list (loaded whole: prefer .jsonl for big corpora);
.parquet (read in batches); or a folder of such files (recursively, sorted; `key=value` folder
names go to `meta`). Every row or file becomes a Document or a `Skipped(id, source, reason)`.
.txt and .csv bytes are decoded as UTF-8 (with or without BOM), UTF-16/32 (BOM), BOM-less UTF-16,
or a legacy single-byte encoding (charset-normalizer); binary files are skipped.

>>> corpus = read_corpus("seeds")
>>> [doc.outlet for doc in corpus.documents()]
['Press TV', 'VOA']
"""
from __future__ import annotations

import codecs
import csv
import datetime as _dt
import gzip
import io
import json
import math
import re
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .document import Document
from .errors import InputError

__all__ = [
    "Corpus", "CorpusWarning", "Skipped", "SUPPORTED_FORMATS", "decode_bytes", "iter_raw", "read_corpus",
]

# Suffix -> reader kind. Longest suffixes are tried first.
_FORMATS = {
    ".csv": "csv", ".tsv": "tsv", ".csv.gz": "csv", ".tsv.gz": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".json": "json", ".parquet": "parquet", ".txt": "txt", ".html": "txt", ".htm": "txt",
}
SUPPORTED_FORMATS = (
    "a folder (with manifest.csv, or of .txt/.csv/.jsonl/.parquet files), .txt, .csv, .tsv, "
    ".csv.gz, .jsonl, .ndjson, .jsonl.gz, .json (a list of objects), .parquet, .html"
)
_SAMPLE_BYTES = 1 << 20          # bytes given to charset-normalizer when guessing a legacy encoding
_BINARY_PROBE = 1024             # NUL bytes in this many leading bytes mean "binary" (unless UTF-16)
_PARQUET_BATCH = 256            # rows per batch; with pre_buffer off pages are read as needed
_NON_LATIN_SCRIPTS = ("Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hangul", "Hiragana",
                      "Katakana", "Devanagari", "Armenian", "Georgian")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                         "ascii": "cp1252"}
_WESTERN_PUNCTUATION = set("‘’“”‚„–—…•€£¥§°±«»·©®™¢¡¿×÷\u00a0")


class CorpusWarning(UserWarning):
    """Something about a corpus the user should know, but that does not stop reading."""


@dataclass(frozen=True)
class Skipped:
    """An input row or file that did not become a Document, with where it was and why."""

    id: str
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: skipped {self.id or 'row'}: {self.reason}"


@dataclass(frozen=True)
class _Columns:
    """Which input column holds each Document field."""

    id: str = "id"
    text: str = "text"
    outlet: str = "outlet"
    title: str = "title"
    date: str = "date"

    def names(self) -> set[str]:
        return {self.id, self.text, self.outlet, self.title, self.date}

    def flag(self, field_name: str) -> str:
        return f"--{field_name}-column NAME (Python: {field_name}_column=...)"

    def require(self, present: Iterable[str], *, where: str) -> None:
        """Raise InputError if id/text (or an explicitly renamed column) is missing."""
        present = list(present)
        defaults = _Columns()
        for field_name in ("id", "text", "outlet", "title", "date"):
            column = getattr(self, field_name)
            required = field_name in ("id", "text") or column != getattr(defaults, field_name)
            if required and column not in present:
                raise InputError(
                    f"{where}: no column '{column}' for the article {field_name} "
                    f"(columns present: {', '.join(map(str, present)) or 'none'}); "
                    f"map the right column with {self.flag(field_name)}"
                )


class Corpus:
    """A re-iterable, streaming corpus: each pass re-reads `path` and yields Document or Skipped.

    >>> corpus = read_corpus("articles.jsonl")
    >>> for doc in corpus.documents(): ...
    >>> corpus.skipped      # the Skipped items seen in the latest pass
    >>> corpus.n_documents  # and how many Documents it yielded
    """

    def __init__(self, path, *, columns: _Columns, clean: bool = True, manifest: str = "manifest.csv"):
        self.path = Path(path)
        self.clean = clean
        self.manifest = manifest
        self._columns = columns
        self._plan = _plan(self.path, manifest=manifest, columns=columns)
        self.skipped: list[Skipped] = []
        self.n_documents = 0

    def __iter__(self) -> Iterator[Document | Skipped]:
        self.skipped = []
        self.n_documents = 0
        items = _iter_records(self._plan, self._columns)
        for item in _finish(items, clean=self.clean):
            if isinstance(item, Skipped):
                self.skipped.append(item)
            else:
                self.n_documents += 1
            yield item

    def documents(self) -> Iterator[Document]:
        """Only the Documents; skips are recorded in `self.skipped`."""
        for item in self:
            if isinstance(item, Document):
                yield item

    def sources(self) -> list[tuple[str, str, dict]]:
        """(path, kind, partition keys) of every file this corpus reads, in reading order."""
        return [(str(source.path), source.kind, dict(source.partition)) for source in self._plan.sources]

    def column_names(self) -> dict[str, str]:
        """The read_corpus column options of this corpus (id_column=..., text_column=..., ...)."""
        return {f"{name}_column": getattr(self._columns, name) for name in ("id", "text", "outlet", "title", "date")}

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r}, clean={self.clean})"


def read_corpus(path, *, id_column: str = "id", text_column: str = "text", outlet_column: str = "outlet",
                title_column: str = "title", date_column: str = "date", clean: bool = True,
                manifest: str = "manifest.csv") -> Corpus:
    """Open a corpus at `path` (folder, .txt, .csv, .jsonl, .json, .parquet, .gz) for streaming.

    Raises InputError at once for a missing path, an unsupported format or a bad manifest header;
    problems with single rows or files become `Skipped` items while iterating.
    """
    columns = _Columns(id=id_column, text=text_column, outlet=outlet_column, title=title_column,
                       date=date_column)
    return Corpus(path, columns=columns, clean=clean, manifest=manifest)


def iter_raw(path, *, id_column: str = "id", text_column: str = "text", outlet_column: str = "outlet",
             title_column: str = "title", date_column: str = "date",
             manifest: str = "manifest.csv") -> Iterator[Document | Skipped]:
    """Like iterating `read_corpus(..., clean=False)`: Documents hold the raw, uncleaned text."""
    return iter(read_corpus(path, id_column=id_column, text_column=text_column, outlet_column=outlet_column,
                            title_column=title_column, date_column=date_column, clean=False,
                            manifest=manifest))


# ---------------------------------------------------------------------------------------------
# Planning: which files, read how


@dataclass(frozen=True)
class _Source:
    kind: str                      # txt | manifest | csv | tsv | jsonl | json | parquet
    path: Path
    display: str                   # the path as shown in sources and messages
    partition: dict = field(default_factory=dict)   # hive partition keys (key=value folders)
    rel_id: str = ""               # id for .txt files in a folder


@dataclass(frozen=True)
class _Plan:
    sources: tuple
    notes: tuple = ()              # warnings to issue once per pass


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in sorted(_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return _FORMATS[suffix]
    return None


def _plan(path: Path, *, manifest: str, columns: _Columns) -> _Plan:
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if path.is_file() and path.name == manifest:
        path = path.parent                                  # the manifest itself names the corpus folder
    if path.is_file():
        kind = _kind_of(path)
        if kind is None:
            raise InputError(f"{path}: unsupported file type; supported: {SUPPORTED_FORMATS}")
        return _Plan((_Source(kind, path, str(path), rel_id=path.name),))
    manifest_path = path / manifest
    if manifest_path.is_file():
        header = _manifest_header(manifest_path)
        _check_manifest_header(header, manifest_path, columns)
        return _Plan((_Source("manifest", manifest_path, str(manifest_path)),))
    files, ignored = [], []
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith((".", "_")) for part in rel.parts) or not child.is_file():
            continue
        kind = _kind_of(child)
        if kind is None:
            ignored.append(rel.as_posix())
            continue
        partition = dict(part.split("=", 1) for part in rel.parts[:-1] if "=" in part)
        files.append(_Source(kind, child, str(child), partition=partition, rel_id=rel.as_posix()))
    if not files:
        raise InputError(
            f"{path}: the folder holds no {manifest} and no readable files; supported: {SUPPORTED_FORMATS}"
        )
    notes = []
    n_txt = sum(source.path.suffix.lower() == ".txt" for source in files)
    if n_txt:
        notes.append(f"{path}: no {manifest}, so the {n_txt} .txt file(s) have no outlet, title or date; "
                     f"add a {manifest} with columns file,outlet,title,date")
    if ignored:
        shown = ", ".join(ignored[:3]) + (", ..." if len(ignored) > 3 else "")
        notes.append(f"{path}: ignored {len(ignored)} file(s) of unsupported type ({shown})")
    return _Plan(tuple(files), tuple(notes))


# ---------------------------------------------------------------------------------------------
# Records: every input row or file becomes a Document (raw text) or a Skipped


def _iter_records(plan: _Plan, columns: _Columns) -> Iterator[Document | Skipped]:
    for note in plan.notes:
        warnings.warn(note, CorpusWarning, stacklevel=3)
    for source in plan.sources:
        reader = _READERS[source.kind]
        yield from reader(source, columns)


def _finish(items: Iterable[Document | Skipped], *, clean: bool) -> Iterator[Document | Skipped]:
    """Clean, drop empty documents and later duplicates (as Skipped, with the reason)."""
    from .text import without_surrogates

    cleaner = _cleaner() if clean else None
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        doc = item
        if cleaner is not None:
            text = cleaner(doc.text)
            if not text.strip():
                yield Skipped(doc.id, doc.source, "empty document after cleaning (all of it was whitespace "
                                                  "or boilerplate; see `framing clean --show`)")
                continue
            doc = Document(id=doc.id, text=text, outlet=doc.outlet, title=doc.title, date=doc.date,
                           meta=doc.meta, source=doc.source)
        elif not doc.text.strip():
            yield Skipped(doc.id, doc.source, "empty document (no text)")
            continue
        else:
            text = without_surrogates(doc.text)     # uncleaned text still has to be writable as UTF-8
            if text is not doc.text:
                doc = Document(id=doc.id, text=text, outlet=doc.outlet, title=doc.title, date=doc.date,
                               meta=doc.meta, source=doc.source)
        first = seen.get(doc.id)
        if first is not None:
            yield Skipped(doc.id, doc.source, f"duplicate id, first seen at {first}")
            continue
        seen[doc.id] = doc.source
        yield doc


def _cleaner() -> Callable[[str], str]:
    from .text import clean as clean_text

    return lambda raw: clean_text(raw).text


def _read_txt(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    yield _txt_document(source.path, doc_id=source.rel_id, display=source.display)


def _txt_document(path: Path, *, doc_id: str, display: str, outlet: str = "", title: str = "",
                  date: str = "", meta: dict | None = None) -> Document | Skipped:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(doc_id, display, f"cannot read file ({exc.strerror or exc})")
    is_html = path.name.lower().endswith((".html", ".htm"))
    try:
        text = _decode_html(data) if is_html else decode_bytes(data)[0]
    except _BinaryFile as exc:
        return Skipped(doc_id, display, f"binary file ({exc})")
    if is_html:
        page = _extract_html_article(text)
        text, outlet, title, date = page.text, outlet or page.outlet, title or page.title, date or page.date
    return Document(id=doc_id, text=text, outlet=outlet, title=title, date=date, meta=meta or {},
                    source=display)


def _decode_html(data: bytes) -> str:
    """Decode HTML bytes: a BOM wins, then a `<meta charset>` declaration, then detection."""
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    match = _HTML_CHARSET.search(data[:4096])
    if match and not data.startswith(boms):
        declared = match.group(1).decode("ascii").lower()
        declared = _HTML_CHARSET_ALIASES.get(declared, declared)   # browsers read latin-1 as cp1252
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)[0]


def _open_manifest(path: Path) -> io.TextIOBase:
    try:
        return _open_text(path)
    except _BinaryFile as exc:
        raise InputError(f"{path}: the manifest is not a text CSV file ({exc})") from None


def _manifest_header(path: Path) -> list[str]:
    with _open_manifest(path) as fh:
        return [name.strip() for name in next(csv.reader(fh), [])]


def _check_manifest_header(header: list[str], path: Path, columns: _Columns) -> None:
    have = ", ".join(header) or "none"
    if "file" not in header:
        raise InputError(f"{path}: manifest has no 'file' column (columns present: {have}); "
                         "add a 'file' column naming each .txt file, relative to the manifest")
    if columns.outlet not in header:
        raise InputError(f"{path}: manifest has no '{columns.outlet}' column (columns present: {have}); "
                         f"add it, or map another column with {columns.flag('outlet')}")
    for field_name in ("title", "date"):
        column = getattr(columns, field_name)
        if column != field_name and column not in header:
            raise InputError(f"{path}: manifest has no '{column}' column (columns present: {have}); "
                             f"fix {columns.flag(field_name)}")


def _read_manifest(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    folder = source.path.parent
    listed: set[str] = set()
    with _open_manifest(source.path) as fh:
        reader = csv.reader(fh)
        header = [name.strip() for name in next(reader, [])]
        _check_manifest_header(header, source.path, columns)
        used = {"file", columns.outlet, columns.title, columns.date}
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num
            where = f"{source.display}:{start}"
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                rows_at = _lines(source.display, start, line)
                hint = _field_count_hint(start, line, "a comma inside an unquoted title")
                yield Skipped("", rows_at, f"manifest row {rows_at} has {len(row)} fields but the header has "
                                           f"{len(header)} ({hint})")
                continue
            values = dict(zip(header, row))
            name = values["file"].strip()
            if not name:
                yield Skipped("", where, f"manifest row {where} has an empty 'file'")
                continue
            listed.add(name)
            if Path(name).is_absolute() or ".." in Path(name).parts:
                yield Skipped(name, where, f"manifest row {where} names '{name}', which is outside the corpus "
                                           f"folder {folder}; list files by their path inside the folder")
                continue
            path = folder / name
            if not path.is_file():
                yield Skipped(name, where, f"manifest row {where} names file '{name}', which does not exist "
                                           f"in {folder}")
                continue
            meta = {key: value for key, value in values.items() if key not in used}
            yield _txt_document(path, doc_id=name, display=str(path), outlet=values.get(columns.outlet, ""),
                                title=values.get(columns.title, ""), date=values.get(columns.date, ""),
                                meta=meta)
    unlisted = sorted(p.name for p in folder.glob("*.txt") if p.name not in listed)
    if unlisted:
        shown = ", ".join(unlisted[:3]) + (", ..." if len(unlisted) > 3 else "")
        warnings.warn(f"{folder}: {len(unlisted)} .txt file(s) are not listed in {source.path.name} and were "
                      f"not read ({shown})", CorpusWarning, stacklevel=3)


def _read_csv(source: _Source, columns: _Columns, *, delimiter: str = ",") -> Iterator[Document | Skipped]:
    try:
        handle = _open_text(source.path)
    except _BinaryFile as exc:
        yield Skipped(source.path.name, source.display, f"binary file ({exc})")
        return
    _raise_field_limit()
    with handle as fh:
        delimiter = _sniff_delimiter(fh, default=delimiter)
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            yield Skipped(source.path.name, source.display, "empty file (no header row)")
            return
        columns.require(header, where=source.display)
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num
            where = f"{source.display}:{start}"
            if not row:
                continue
            if len(row) != len(header):
                yield Skipped("", _lines(source.display, start, line),
                              f"row has {len(row)} fields but the header has {len(header)} "
                              f"({_field_count_hint(start, line, 'an unquoted delimiter or newline')})")
                continue
            yield _row_document(dict(zip(header, row)), columns, where=where, partition=source.partition)


def _lines(display: str, start: int, end: int) -> str:
    """`file:LINE`, or `file:FIRST-LAST` for a row that ran over several lines."""
    return f"{display}:{start}" if end <= start else f"{display}:{start}-{end}"


def _field_count_hint(start: int, end: int, one_line: str) -> str:
    """The likely cause of a row with the wrong number of fields."""
    if end > start:
        return (f"an unclosed double quote joined lines {start}-{end} into one row; the documents listed "
                "there were not read until the quote is closed")
    return one_line + "?"


def _sniff_delimiter(fh, *, default: str) -> str:
    """`default`, unless the header line only splits on ';', tab or '|' (spreadsheet exports)."""
    first = fh.readline()
    fh.seek(0)
    if default in first:
        return default
    counts = {candidate: first.count(candidate) for candidate in (";", "\t", "|") if candidate != default}
    best = max(counts, key=counts.get)
    return best if counts[best] else default


def _read_tsv(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    return _read_csv(source, columns, delimiter="\t")


def _read_jsonl(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    checked = False
    with _open_binary(source.path) as fh:
        for number, raw in enumerate(fh, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            where = f"{source.display}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line, _encoding = decode_bytes(raw)
                except _BinaryFile as exc:
                    yield Skipped("", where, f"line is not text ({exc})")
                    continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Skipped("", where, f"invalid JSON at {where}: {exc}")
                continue
            yield from _record_document(record, columns, source, where=where, what="line",
                                        first=not checked)
            checked = checked or isinstance(record, dict)


def _read_json(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    try:
        with _open_binary(source.path) as fh:
            data = json.load(fh)
    except (ValueError, OSError) as exc:
        yield Skipped(source.path.name, source.display, f"invalid JSON in {source.display}: {exc}")
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(f"{source.display}: holds a JSON {type(data).__name__}; expected a list of article "
                         "objects (or use .jsonl, one object a line)")
    checked = False
    for number, record in enumerate(data, start=1):
        yield from _record_document(record, columns, source, where=f"{source.display}:item {number}",
                                    what=f"item {number}", first=not checked)
        checked = checked or isinstance(record, dict)


def _record_document(record, columns: _Columns, source: _Source, *, where: str, what: str,
                     first: bool) -> Iterator[Document | Skipped]:
    """One JSON record as a Document (or Skipped); the first object's keys are checked for the columns."""
    if not isinstance(record, dict):
        yield Skipped("", where, f"{what} {'holds' if what == 'line' else 'is'} a JSON "
                                 f"{type(record).__name__}, expected an object")
        return
    if first:
        columns.require(record.keys(), where=f"{where} (first record)")
    yield _row_document(record, columns, where=where, partition=source.partition)


def _read_parquet(source: _Source, columns: _Columns) -> Iterator[Document | Skipped]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source.path, buffer_size=1 << 20, pre_buffer=False)
    except Exception as exc:  # pyarrow raises several types for unreadable files
        yield Skipped(source.path.name, source.display, f"not a readable Parquet file ({exc})")
        return
    columns.require(parquet.schema_arrow.names, where=source.display)
    number = 0
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH):
        for record in batch.to_pylist():
            number += 1
            yield _row_document(record, columns, where=f"{source.display}:row {number}",
                                partition=source.partition)


@dataclass(frozen=True)
class _HtmlArticle:
    text: str
    title: str = ""
    outlet: str = ""
    date: str = ""


def _extract_html_article(html: str) -> _HtmlArticle:
    """The readable text of a news page: headings, paragraphs, quotes and list items, one a paragraph.

    Text inside script, style, nav, header, footer, aside and form elements is dropped; when the page
    has an <article> element, only the blocks inside it are kept.
    """
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    blocks = parser.article_blocks or parser.blocks
    meta = parser.meta
    title = meta.get("og:title") or parser.title
    date = meta.get("article:published_time") or meta.get("date") or meta.get("pubdate") or ""
    return _HtmlArticle(text="\n\n".join(blocks), title=title.strip(), outlet=meta.get("og:site_name", "").strip(),
                        date=date.strip())


class _ArticleParser(HTMLParser):
    """Collects text blocks (all, and those inside <article>), the <title> and <meta> properties."""

    _BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "figcaption", "td"}
    _SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
             "template", "iframe", "select"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.article_blocks: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._skip = 0
        self._article = 0
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "article":
            self._article += 1
        elif tag in self._BLOCKS:
            self._flush()
        elif tag == "br":
            self._buffer.append(" ")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = dict(attrs)
            key = (values.get("property") or values.get("name") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"]

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self._flush()
        elif tag == "article":
            self._flush()
            self._article = max(0, self._article - 1)
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buffer.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            self.blocks.append(text)
            if self._article:
                self.article_blocks.append(text)


_READERS = {
    "txt": _read_txt, "manifest": _read_manifest, "csv": _read_csv, "tsv": _read_tsv,
    "jsonl": _read_jsonl, "json": _read_json, "parquet": _read_parquet,
}


def _row_document(record: dict, columns: _Columns, *, where: str, partition: dict) -> Document | Skipped:
    """One CSV/JSON/Parquet record -> Document (raw text), or Skipped saying what is wrong."""
    doc_id = _as_id(record.get(columns.id))
    if doc_id is None:
        return Skipped("", where, f"no id (column '{columns.id}' is missing or empty)")
    text = record.get(columns.text)
    if _is_null(text):
        return Skipped(doc_id, where, f"no text (column '{columns.text}' is missing or null)")
    if not isinstance(text, str):
        return Skipped(doc_id, where, f"text is a {type(text).__name__}, not a string")
    used = columns.names()
    meta = {**partition, **{key: value for key, value in record.items() if key not in used}}
    return Document(id=doc_id, text=text, outlet=_as_str(record.get(columns.outlet)),
                    title=_as_str(record.get(columns.title)), date=_as_date(record.get(columns.date)),
                    meta=meta, source=where)


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _as_id(value: Any) -> str | None:
    if _is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _as_str(value: Any) -> str:
    return "" if _is_null(value) else str(value)


def _as_date(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return _as_str(value)


# ---------------------------------------------------------------------------------------------
# Bytes and encodings


class _BinaryFile(Exception):
    """Raised by decode_bytes with the reason a file is not text."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to (text, encoding): BOMs, UTF-8, UTF-16, else a detected legacy encoding.

    Raises `_BinaryFile` (reason as message) for NUL-laden or undecodable data.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                          (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                break
    head = data[:_BINARY_PROBE]
    if b"\x00" in head:
        encoding = _bomless_utf16(head)
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
        raise _BinaryFile(f"NUL bytes in the first {_BINARY_PROBE} bytes and not UTF-16")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _truncated_utf8(exc, len(data)):
            return data[:exc.start].decode("utf-8") + "\ufffd", "utf-8"
    encoding = _guess_legacy(data[:_SAMPLE_BYTES])
    return data.decode(encoding, errors="replace"), encoding


def _bomless_utf16(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one byte parity only (ASCII-range UTF-16)."""
    even = head[0::2].count(0) / max(1, len(head[0::2]))
    odd = head[1::2].count(0) / max(1, len(head[1::2]))
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _guess_legacy(sample: bytes) -> str:
    """The single-byte encoding of non-UTF-8 text: a confident non-Latin guess, else cp1252."""
    import charset_normalizer

    try:
        best = charset_normalizer.from_bytes(sample).best()
    except Exception:  # charset-normalizer must never crash a read
        best = None
    if best is None:
        raise _BinaryFile("no plausible text encoding found by charset-normalizer")
    non_latin = any(script in alphabet for alphabet in best.alphabets for script in _NON_LATIN_SCRIPTS)
    if non_latin and best.coherence >= 0.1:
        return best.encoding
    for encoding in ("cp1252", "latin-1"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_western(text):
            return encoding
    return best.encoding


def _looks_western(text: str) -> bool:
    """True if nearly all non-ASCII characters are letters or common Western punctuation."""
    odd = [ch for ch in text if ord(ch) > 127]
    if not odd:
        return True
    good = sum(ch.isalpha() or ch in _WESTERN_PUNCTUATION for ch in odd)
    return good / len(odd) >= 0.95


def _open_binary(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _open_text(path: Path) -> io.TextIOBase:
    """Open a (possibly gzipped) text file in its detected encoding, streaming; newline='' for csv."""
    with _open_binary(path) as fh:
        head = fh.read(_BINARY_PROBE)
    encoding = _stream_encoding(path, head)
    return io.TextIOWrapper(_open_binary(path), encoding=encoding, errors="replace", newline="")


def _stream_encoding(path: Path, head: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return encoding
    if b"\x00" in head[:_BINARY_PROBE]:
        encoding = _bomless_utf16(head[:_BINARY_PROBE])
        if encoding:
            return encoding
        raise _BinaryFile(f"NUL bytes in the first {_BINARY_PROBE} bytes and not UTF-16")
    if _is_utf8_stream(path):
        return "utf-8"
    with _open_binary(path) as fh:
        return _guess_legacy(fh.read(_SAMPLE_BYTES))


def _is_utf8_stream(path: Path, *, chunk: int = 1 << 18) -> bool:
    """Check the whole file decodes as UTF-8, one chunk at a time (flat memory)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with _open_binary(path) as fh:
        try:
            while block := fh.read(chunk):
                decoder.decode(block)
        except UnicodeDecodeError:
            return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        pass  # only the last character is cut off: still UTF-8 (read with a replacement character)
    return True


def _truncated_utf8(exc: UnicodeDecodeError, size: int) -> bool:
    """True if the only UTF-8 error is a character cut off at the end (a truncated file)."""
    return exc.end == size and size - exc.start < 4 and exc.reason == "unexpected end of data"


def _raise_field_limit() -> None:
    """Let csv read whole articles (its default 128 KB field limit is too small for long texts)."""
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)
