"""Scorecard section for actor naming: which names each outlet gives each actor, in whose voice."""
from __future__ import annotations

from typing import Mapping

from ..scorers.actors import parse_name_key

NAMES = "Actor names"
CONTRAST = "Actor names across outlets (narrator voice)"
CONTRAST_QUOTED = "Actor names across outlets (quoted voice)"
TAGS = "Actor name tags"


def name_counts(groups: Mapping):
    """Long table: group, actor, name, tag, voice, count (from the merged "actors.name.*" metrics)."""
    import pandas as pd

    rows = []
    for group, result in groups.items():
        for key, value in result.metrics.items():
            parsed = parse_name_key(key) if key.startswith("actors.") else None
            if parsed and value:
                actor, voice, tag, name = parsed
                rows.append((group, actor, name, tag, voice, int(value)))
    return pd.DataFrame(rows, columns=["outlet", "actor", "name", "tag", "voice", "count"])


def tables(groups: Mapping) -> dict:
    """Per outlet the names of each actor (narrator vs quoted, share), the cross-outlet contrast and tags."""
    import pandas as pd

    long = name_counts(groups)
    if long.empty:
        return {}
    outlets = list(groups)
    wide = (long.pivot_table(index=["outlet", "actor", "name", "tag"], columns="voice", values="count",
                             aggfunc="sum", fill_value=0)
            .reindex(columns=["narrator", "quoted"], fill_value=0).reset_index())
    wide.columns.name = None
    wide["total"] = wide["narrator"] + wide["quoted"]
    actor_narrator = wide.groupby(["outlet", "actor"])["narrator"].transform("sum")
    wide["narrator_share"] = (wide["narrator"] / actor_narrator.where(actor_narrator > 0)).round(3)
    wide["outlet"] = pd.Categorical(wide["outlet"], categories=outlets, ordered=True)
    names = (wide.sort_values(["outlet", "actor", "narrator", "total", "name"],
                              ascending=[True, True, False, False, True])
             .reset_index(drop=True))
    names["outlet"] = names["outlet"].astype(str)
    out = {NAMES: names[["outlet", "actor", "name", "tag", "narrator", "quoted", "narrator_share"]]}
    for title, voice in ((CONTRAST, "narrator"), (CONTRAST_QUOTED, "quoted")):
        part = long[long["voice"] == voice]
        if part.empty:
            continue
        contrast = (part.pivot_table(index=["actor", "name", "tag"], columns="outlet", values="count",
                                     aggfunc="sum", fill_value=0)
                    .reindex(columns=outlets, fill_value=0))
        contrast = contrast.copy()  # defragment the wide pivot before adding a column
        contrast = contrast.assign(_total=contrast.sum(axis=1)).sort_values(
            ["actor", "_total"], ascending=[True, False], kind="mergesort").drop(columns="_total")
        contrast = contrast.reset_index()
        contrast.columns.name = None
        out[title] = contrast
    tags = (long.pivot_table(index=["outlet", "actor", "tag"], columns="voice", values="count",
                             aggfunc="sum", fill_value=0)
            .reindex(columns=["narrator", "quoted"], fill_value=0).reset_index())
    tags.columns.name = None
    per_actor = tags.groupby(["outlet", "actor"])["narrator"].transform("sum")
    tags["narrator_share"] = (tags["narrator"] / per_actor.where(per_actor > 0)).round(3)
    tags["outlet"] = pd.Categorical(tags["outlet"], categories=outlets, ordered=True)
    tags = tags.sort_values(["outlet", "actor", "narrator"], ascending=[True, True, False]).reset_index(drop=True)
    tags["outlet"] = tags["outlet"].astype(str)
    out[TAGS] = tags
    return out


def contrast(groups: Mapping, *, actor: str, voice: str = "narrator"):
    """Rows name/tag, columns outlets: how each outlet names one `actor` in `voice`."""
    table = tables(groups).get(CONTRAST if voice == "narrator" else CONTRAST_QUOTED)
    if table is None:
        import pandas as pd

        return pd.DataFrame(columns=["name", "tag", *groups])
    return table[table["actor"] == actor].drop(columns="actor").reset_index(drop=True)
