"""The Traditional->Simplified character table a simplified-only model ships (docs/model-contract.md).

scripts/make-t2s-table.mjs dumps opencc-js's one-to-one character mappings; this step drops the
characters that simplified text itself uses (3+ times in MSRA train: 么, 著, 乾 — 著名 must not become
着名), and writes training/t2s.txt, which export copies into every model folder.
Usage: python -m shiti_train.t2s --opencc /tmp/opencc-t2s.txt --msra ../shared/data/ner/msra/train1.txt
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from . import readers

TABLE = Path(__file__).resolve().parents[1] / "t2s.txt"


def read_table(path: Path) -> dict[str, str]:
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        trad, simp = line.split("\t")
        table[trad] = simp
    return table


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--opencc", type=Path, required=True)
    p.add_argument("--msra", type=Path, required=True)
    p.add_argument("--min-count", type=int, default=3)
    args = p.parse_args(argv)
    counts = Counter(ch for rec in readers.read_msra(args.msra) for ch in rec.text)
    table = read_table(args.opencc)
    kept = {t: s for t, s in table.items() if counts[t] < args.min_count}
    TABLE.write_text("".join(f"{t}\t{s}\n" for t, s in kept.items()), encoding="utf-8")
    print(f"{len(kept)} of {len(table)} mappings kept; dropped: {sorted(set(table) - set(kept))}")


if __name__ == "__main__":
    main()
