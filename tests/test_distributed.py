"""The Dask engine gives the local engine's results, in the same order (2-worker LocalCluster)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.engine import analyze, default_scorers
from framing.errors import FramingError
from framing.io import read_corpus

distributed = pytest.importorskip("distributed")


def write_parquet_folder(folder: Path, seeds_dir: Path) -> Path:
    """Seed paragraphs as three Parquet files (one in a key=value folder) with a duplicate id and a bad row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for doc in read_corpus(seeds_dir).documents():
        for paragraph in doc.text.split("\n"):
            if len(paragraph.split()) >= 5:
                rows.append({"id": f"p{len(rows):02d}", "outlet": doc.outlet, "text": paragraph})
    rows = rows[:18]
    parts = [rows[:6], rows[6:12] + [{"id": "p00", "outlet": "X", "text": "A later duplicate id."}],
             rows[12:] + [{"id": "empty", "outlet": "X", "text": "  "}]]
    names = ["a.parquet", "year=2016/b.parquet", "year=2017/c.parquet"]
    for name, part in zip(names, parts):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(part), path, row_group_size=4)
    return folder


@pytest.fixture(scope="module")
def client():
    """A LocalCluster with 2 single-threaded worker processes (as `--engine dask` starts it)."""
    from framing.distributed import dask_client

    with dask_client(n_workers=2) as local_client:
        yield local_client


def test_local_cluster_does_not_claim_port_8787():
    import socket
    import warnings

    from framing.distributed import dask_client

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))      # hold the dashboard port (or another program already does)
        holder.listen()
    except OSError:
        pass
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with dask_client(n_workers=1) as local_client:
                assert local_client.submit(sum, [1, 2]).result() == 3
    finally:
        holder.close()
    assert not [w for w in caught if "8787" in str(w.message)]   # before: "Port 8787 is already in use"


@pytest.fixture(scope="module")
def scorers():
    return default_scorers()


def same(local, remote) -> None:
    assert [r.to_dict() for r in remote.results] == [r.to_dict() for r in local.results]
    assert remote.spans == local.spans
    assert [(s.id, s.source, s.reason) for s in remote.skipped] == [(s.id, s.source, s.reason) for s in local.skipped]


@pytest.mark.parametrize("partition_size", [3, pytest.param(1, marks=pytest.mark.slow), pytest.param(1000, marks=pytest.mark.slow)])
def test_client_batches_equal_local_engine(client, scorers, seeds_dir, tmp_path, partition_size):
    from framing.distributed import analyze_dask

    corpus = write_parquet_folder(tmp_path, seeds_dir)
    local = analyze(read_corpus(corpus), scorers=scorers)
    remote = analyze_dask(read_corpus(corpus), scorers=scorers, client=client, partition_size=partition_size,
                          read_on_workers=False)
    same(local, remote)
    assert len(local.results) == 18 and len(local.skipped) == 2


def test_workers_read_their_own_files(client, scorers, seeds_dir, tmp_path):
    from framing.distributed import _worker_files, analyze_dask

    corpus = write_parquet_folder(tmp_path, seeds_dir)
    assert [Path(path).name for path, _partition, _options in _worker_files(str(corpus))] == \
        ["a.parquet", "b.parquet", "c.parquet"]
    local = analyze(read_corpus(corpus), scorers=scorers)
    remote = analyze_dask(str(corpus), scorers=scorers, client=client, read_on_workers=True)
    same(local, remote)
    assert [remote.documents[r.doc_id].meta for r in remote.results] == \
        [local.documents[r.doc_id].meta for r in local.results]
    assert any("duplicate id" in s.reason for s in remote.skipped)


@pytest.mark.parametrize("corpus_kind", ["seeds folder (manifest)", "list of documents"])
def test_non_file_corpora_go_through_the_client(client, scorers, seeds_dir, corpus_kind):
    from framing.distributed import _worker_files, analyze_dask

    corpus = str(seeds_dir) if corpus_kind.startswith("seeds") else list(read_corpus(seeds_dir).documents())
    assert _worker_files(corpus) is None
    same(analyze(corpus, scorers=scorers), analyze_dask(corpus, scorers=scorers, client=client))


def test_results_only_mode_sends_no_texts(client, scorers, seeds_dir):
    from framing.distributed import DocRef, iter_scored_dask

    items = list(iter_scored_dask(str(seeds_dir), scorers=scorers, client=client, keep_spans=False))
    assert all(isinstance(item, DocRef) and spans is None for item, spans, _result in items)
    assert [r.to_dict() for _i, _s, r in items] == [r.to_dict() for r in analyze(seeds_dir, scorers=scorers).results]


def test_cli_scorecard_on_a_running_scheduler(client, seeds_dir):
    from framing.cli import main

    runner = CliRunner()
    address = client.scheduler.address
    remote = runner.invoke(main, ["scorecard", str(seeds_dir), "--engine", "dask", "--scheduler", address,
                                  "--format", "json"])
    local = runner.invoke(main, ["scorecard", str(seeds_dir), "--format", "json"])
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.stdout) == json.loads(local.stdout)


@pytest.mark.slow
def test_store_with_dask_engine(client, seeds_dir, tmp_path):
    from framing.cli import main

    address = client.scheduler.address
    outcome = CliRunner().invoke(main, ["run", str(seeds_dir), "--results", str(tmp_path / "r"), "--engine", "dask",
                                        "--scheduler", address])
    assert outcome.exit_code == 0, outcome.output
    assert "scored 2" in outcome.stderr


def test_missing_dask_says_how_to_install(monkeypatch, seeds_dir):
    from framing.distributed import analyze_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(FramingError, match=r'pip install "framing-analyser\[dask\]"'):
        analyze_dask(seeds_dir)


def test_unreachable_scheduler_is_one_clear_error():
    from framing.distributed import DaskUnavailableError, dask_client

    with pytest.raises(DaskUnavailableError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with dask_client("tcp://127.0.0.1:9", timeout=1):
            pass
