"""The cache of a benchmark corpus under bench/work/: a folder with a Kennisbank root and a stamp.json
that records the key it was made from (generator, sources, scripts) and its stats. A corpus is made
again when the key changes or its root is gone."""
from __future__ import annotations

import json
import os


def cached_stats(out: str, key: dict) -> dict | None:
    """The stats of the corpus in `out` when it was made from `key` and is still there, else None."""
    try:
        with open(os.path.join(out, "stamp.json")) as f:
            stamp = json.load(f)
    except (OSError, ValueError):
        return None
    if stamp.get("key") == key and os.path.isdir(os.path.join(out, "kennisbank", "content")):
        return stamp["stats"] | {"dir": out}
    return None


def save_stats(out: str, key: dict, stats: dict) -> dict:
    """Records that `out` was made from `key`, with `stats`; returns the stats with the folder."""
    with open(os.path.join(out, "stamp.json"), "w") as f:
        json.dump({"key": key, "stats": stats}, f)
    return stats | {"dir": out}
