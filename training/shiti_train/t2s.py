"""The Traditional->Simplified character table a simplified-only model ships (docs/model-contract.md).
Corner-bracket quotation marks (「」『』) are mapped to the mainland ones (QUOTES).

scripts/make-t2s-table.mjs dumps opencc-js's one-to-one character mappings; this step drops the
characters that simplified text itself uses (3+ times in MSRA train: 么, 著, 乾 — 著名 must not become
着名), and writes training/t2s.txt, which export copies into every model folder.
With --radicals (Unicode's EquivalentUnifiedIdeograph.txt; Debian's unicode-data package installs it in
/usr/share/unicode/) the table also maps the CJK radical code points (U+2E80-U+2FDF) to the ideographs
they stand for, then to Simplified: text copied or extracted from PDFs often carries them (⼈⺠⼤会堂 for
人民大会堂), because CJK fonts draw a radical and its ideograph with one glyph and the PDF's reverse
mapping picks the radical.
Usage: python -m shiti_train.t2s --opencc /tmp/opencc-t2s.txt --msra ../shared/data/ner/msra/train1.txt
         --radicals /usr/share/unicode/EquivalentUnifiedIdeograph.txt
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from . import readers

TABLE = Path(__file__).resolve().parents[1] / "t2s.txt"
APP_TABLE = Path(__file__).resolve().parents[2] / "src" / "app" / "cjk-radicals.json"


def read_table(path: Path) -> dict[str, str]:
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        trad, simp = line.split("\t")
        table[trad] = simp
    return table


# Quotation marks as Traditional text writes them (Taiwan, Hong Kong) mapped to the ones MSRA and mainland
# text use; 」 and 』 stay closing marks. The MSRA dev block with its quotes written so scored 87.99, 88.84 with
# this (the block as written 88.82 -> 88.84: it holds a few).
QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}
RADICAL_BLOCKS = (0x2E80, 0x2FDF)  # CJK Radicals Supplement and Kangxi Radicals; the strokes are left out


def read_radicals(path: Path) -> dict[str, str]:
    """radical -> equivalent unified ideograph, from lines such as `2E8C..2E8D ; 5C0F  # ...`."""
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split(";")
        if len(fields) != 2:
            continue
        first, _, last = fields[0].strip().partition("..")
        for cp in range(int(first, 16), int(last or first, 16) + 1):
            if RADICAL_BLOCKS[0] <= cp <= RADICAL_BLOCKS[1]:
                table[chr(cp)] = chr(int(fields[1].strip(), 16))
    return table


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--opencc", type=Path, required=True)
    p.add_argument("--msra", type=Path, required=True)
    p.add_argument("--radicals", type=Path, help="EquivalentUnifiedIdeograph.txt")
    p.add_argument("--app-table", type=Path, default=APP_TABLE,
                   help="with --radicals: where the page's own radical -> ideograph table goes (PDF import)")
    p.add_argument("--min-count", type=int, default=3)
    args = p.parse_args(argv)
    counts = Counter(ch for rec in readers.read_msra(args.msra) for ch in rec.text)
    table = read_table(args.opencc)
    kept = {t: s for t, s in table.items() if counts[t] < args.min_count}
    print(f"{len(kept)} of {len(table)} mappings kept; dropped: {sorted(set(table) - set(kept))}")
    kept.update(QUOTES)
    if args.radicals:
        equivalents = read_radicals(args.radicals)
        # The page puts the ideographs themselves into a PDF's text (a Traditional PDF keeps 見), so its
        # table stops there; the model's goes on to Simplified.
        args.app_table.write_text(json.dumps(equivalents, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        radicals = {r: kept.get(i, i) for r, i in equivalents.items()}
        kept.update(radicals)
        print(f"{len(radicals)} radicals mapped to their ideographs; {args.app_table} written")
    TABLE.write_text("".join(f"{t}\t{s}\n" for t, s in kept.items()), encoding="utf-8")


if __name__ == "__main__":
    main()
