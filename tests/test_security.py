"""Hostile lexicons and manifests give one clear error line; no code runs; HTML escapes input text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main

PACKAGE = Path(__file__).resolve().parent.parent / "framing"
MARKER = "framing-security-marker"

HOSTILE_LEXICONS = {
    "broken table header": ('[lexicon]\nname = "x"\nfamily = "loaded"\n[categories.a\nterms = ["x"]\n', "line 4"),
    "not a number": ('[lexicon]\nname = "x"\nfamily = "loaded"\ndescription = "d"\n[categories.a]\n'
                     'explanation = "e"\nterms = [1]\n', "hostile.toml:5"),
    "deep nesting": ("[lexicon]\nx = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    "not UTF-8": (b'[lexicon]\nname = "\xff\xfe"\n', "not UTF-8"),
    "code in a term": ('[lexicon]\nname = "x"\nfamily = "loaded"\ndescription = "d"\n[categories.a]\n'
                       'explanation = "e"\nterms = ["__import__(\'pathlib\').Path(\'{marker}\').touch()", '
                       '"{{{{ cycler.__init__.__globals__ }}}}"]\n[categories.b]\nexplanation = 3\n', "hostile.toml"),
    "unknown keys": ('[lexicon]\nname = "x"\nfamily = "loaded"\ndescription = "d"\n[categories.a]\n'
                     'explanation = "e"\nterms = ["x"]\nexec = "rm -rf /"\n', "hostile.toml"),
    "empty file": ("", "hostile.toml"),
}


@pytest.mark.parametrize("case", list(HOSTILE_LEXICONS))
def test_hostile_lexicon_is_one_clear_error(tmp_path, seeds_dir, monkeypatch, case):
    content, where = HOSTILE_LEXICONS[case]
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "hostile.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content.replace("{marker}", str(tmp_path / MARKER)), encoding="utf-8")
    outcome = CliRunner().invoke(main, ["scorecard", str(seeds_dir), "--lexicon", str(path)])
    assert outcome.exit_code == 1, outcome.output
    assert outcome.output.startswith("Error: ") and "Traceback" not in outcome.output
    assert "hostile.toml" in outcome.output and where in outcome.output
    assert not (tmp_path / MARKER).exists()                  # nothing in the file was executed


def manifest_corpus(folder: Path, seeds_dir: Path, manifest: bytes) -> Path:
    folder.mkdir()
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "manifest.csv").write_bytes(manifest)
    return folder


HOSTILE_MANIFESTS = {
    "no file column": (b"name,outlet\nx.txt,VOA\n", 1, "manifest.csv: manifest has no 'file' column"),
    "binary manifest": (b"file,outlet\n\x00\x01\x02" * 400, 1, "manifest.csv: the manifest is not a text CSV file"),
    "path outside the folder": (b"file,outlet\n../../../../etc/passwd,X\n/etc/hostname,X\n", 0,
                                "manifest.csv:2 names '../../../../etc/passwd', which is outside the corpus folder"),
    "formula and markup in fields": (b"file,outlet,title\n000_89466effa35fe06b.txt,=cmd|'/c calc'!A1,"
                                     b"<script>alert(1)</script>\n", 0, "scored 1 document(s), skipped 0"),
    "unbalanced quote eats the file": (b'file,outlet\n"000_89466effa35fe06b.txt,VOA\n003_e60f7068ae8a88b7.txt,X\n',
                                       0, "manifest.csv:2-3 has 1 fields but the header has 2 (an unclosed double quote"),
}


@pytest.mark.parametrize("case", list(HOSTILE_MANIFESTS))
def test_hostile_manifest(tmp_path, seeds_dir, case):
    manifest, exit_code, message = HOSTILE_MANIFESTS[case]
    folder = manifest_corpus(tmp_path / "corpus", seeds_dir, manifest)
    outcome = CliRunner().invoke(main, ["scorecard", str(folder), "--format", "json"])
    assert outcome.exit_code == exit_code, outcome.output
    assert message in outcome.stderr
    assert "Traceback" not in outcome.output
    if exit_code:
        assert outcome.stderr.startswith("Error: ") and outcome.stderr.count("\n") == 1


def test_manifest_rows_outside_the_folder_are_not_read(tmp_path, seeds_dir):
    from framing.io import read_corpus

    secret = tmp_path / "secret.txt"
    secret.write_text("The password is swordfish.", encoding="utf-8")
    folder = manifest_corpus(tmp_path / "corpus", seeds_dir,
                             f"file,outlet\n../secret.txt,X\n{secret},X\n000_89466effa35fe06b.txt,VOA\n".encode())
    with pytest.warns(UserWarning, match="not listed in manifest.csv"):
        items = list(read_corpus(folder))
    texts = [getattr(item, "text", "") for item in items]
    assert not any("swordfish" in text for text in texts)
    reasons = [item.reason for item in items if hasattr(item, "reason")]
    assert len(reasons) == 2 and all("outside the corpus folder" in r for r in reasons)


def test_report_escapes_markup_from_the_corpus(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "<img src=x onerror=alert(2)>", "outlet": "<b>Evil</b>", '
                      '"title": "<script>alert(1)</script>", '
                      '"text": "Militants <script>alert(3)</script> reportedly attacked \\"terrorists\\"."}\n',
                      encoding="utf-8")
    out = tmp_path / "r.html"
    outcome = CliRunner().invoke(main, ["report", str(corpus), "--output", str(out)])
    assert outcome.exit_code == 0, outcome.output
    html = out.read_text(encoding="utf-8")
    for raw in ("<script>alert(1)</script>", "<script>alert(3)</script>", "<img src=x onerror", "<b>Evil</b>"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)" in html or "\\u003cscript\\u003ealert(1)" in html


FORBIDDEN = {
    r"\bpickle\.loads?\(": "pickle loading",
    r"\bjoblib\b": "joblib (pickle) loading",
    r"allow_pickle\s*=\s*True": "numpy pickle loading",
    r"(?<![\w.])eval\(": "eval",
    r"(?<![\w.])exec\(": "exec",
    r"\byaml\.load\(": "yaml.load",
    r"\bmarshal\.loads?\(": "marshal",
    r"\bos\.system\(|\bsubprocess\b": "shell commands",
    r"\burllib\.request\b|\bhttp\.client\b|\brequests\.(get|post)\b|\bsocket\.": "network access",
    r"nltk\.download": "downloads",
}


@pytest.mark.parametrize("pattern", list(FORBIDDEN))
def test_package_source_has_no_code_loading_or_network(pattern):
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "distributed.py" and "socket" in pattern:
            continue          # the optional Dask engine talks to a scheduler by design
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert not offenders, f"{FORBIDDEN[pattern]}:\n" + "\n".join(offenders)
