"""Draw examples/allsides_sample.jsonl from the Apache-2.0 AllSides corpus (run once; needs FRAMING_DATA)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUTLETS = ["CNN (Web News)", "Politico", "NPR Online News", "Reuters", "Washington Times", "Fox News"]
TOPIC = "elections"
PER_OUTLET = 50
SEED = 7
COLUMNS = ["id", "outlet", "title", "date", "url", "topic", "bias_label", "text"]


def draw(data_dir: Path, out: Path) -> int:
    """Write PER_OUTLET random articles on TOPIC from each outlet, sorted by outlet and id."""
    import pandas as pd

    frame = pd.read_parquet(data_dir / "allsides" / "articles.parquet", columns=COLUMNS)
    frame = frame[frame["outlet"].isin(OUTLETS) & (frame["topic"] == TOPIC)]
    parts = [part.sample(n=min(PER_OUTLET, len(part)), random_state=SEED) for _, part in frame.groupby("outlet")]
    sample = pd.concat(parts).sort_values(["outlet", "id"])
    with out.open("w", encoding="utf-8") as handle:
        for record in sample.to_dict(orient="records"):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(sample)


if __name__ == "__main__":
    from framing.datasets import data_dir

    target = Path(__file__).resolve().parent / "allsides_sample.jsonl"
    print(draw(Path(sys.argv[1]) if len(sys.argv) > 1 else data_dir(), target), "articles written to", target)
