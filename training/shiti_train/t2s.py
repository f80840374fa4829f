"""The Traditional->Simplified tables a simplified-only model ships (docs/model-contract.md).
Corner-bracket quotation marks (「」『』) are mapped to the mainland ones (QUOTES).

scripts/make-t2s-table.mjs dumps opencc-js's one-to-one character mappings; this step drops the
characters that simplified text itself uses (3+ times in MSRA train: 么, 著, 乾 — 著名 must not become
着名), and writes training/t2s.txt, which export copies into every model folder.
With --phrases (the candidates make-t2s-table.mjs writes next to the characters) it also writes
training/t2s-phrases.txt: the words whose Simplified form the final character table gets wrong, of equal
length, so 傢俱 is read 家具 and 乾淨 干净 while 乾隆 stays (phrases() says which are kept).
With --radicals (Unicode's EquivalentUnifiedIdeograph.txt; Debian's unicode-data package installs it in
/usr/share/unicode/) the table also maps the CJK radical code points (U+2E80-U+2FDF) to the ideographs
they stand for, then to Simplified: text copied or extracted from PDFs often carries them (⼈⺠⼤会堂 for
人民大会堂), because CJK fonts draw a radical and its ideograph with one glyph and the PDF's reverse
mapping picks the radical.
Usage: node scripts/make-t2s-table.mjs /tmp/opencc-t2s.txt /tmp/opencc-phrases.txt .venv/.../jieba/dict.txt
       python -m shiti_train.t2s --opencc /tmp/opencc-t2s.txt --msra ../shared/data/ner/msra/train1.txt
         --phrases /tmp/opencc-phrases.txt --radicals /usr/share/unicode/EquivalentUnifiedIdeograph.txt
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from . import summary
from . import readers
from .lexicon import jieba_dict_path
from .text import PhraseTable

TABLE = Path(__file__).resolve().parents[1] / "t2s.txt"
PHRASE_TABLE = Path(__file__).resolve().parents[1] / "t2s-phrases.txt"
APP_TABLE = Path(__file__).resolve().parents[2] / "src" / "app" / "cjk-radicals.json"


def read_table(path: Path) -> dict[str, str]:
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        trad, simp = line.split("\t")
        table[trad] = simp
    return table


def read_phrases(path: Path) -> PhraseTable:
    """The model folder's phrase table: `traditional<TAB>simplified`, equal lengths (docs/model-contract.md)."""
    return PhraseTable(read_table(path))


# jieba's name tags: a regional word read character by character as one of these names the same thing.
NAME_POS = ("nr", "ns", "nt", "nz")


def phrases(candidates: list[tuple[str, str, str]], table: dict[str, str], words: dict[str, str]) -> dict[str, str]:
    """The candidates (traditional, simplified, kind) the character table alone would get wrong. A regional word
    (kind "vocabulary") is kept only where it is no other word: it needs a character of its own in the table, so
    a word Simplified text writes too is never rewritten (雪梨 is a pear there, and Sydney in Taiwan), and read
    character by character it must not be a word of jieba's dictionary (`words`: word -> part of speech) other
    than a name. So 紐西蘭 -> 新西兰 (纽西兰 is a place name there too), but 執行 stays 执行, not Taiwan's 运行 of
    a program: 執行董事 is an executive director."""
    kept = {}
    for trad, simp, kind in candidates:
        if len(trad) != len(simp) or len(trad) < 2:
            continue
        if "".join(table.get(c, c) for c in trad) == simp:
            continue
        if kind == "vocabulary":
            as_characters = "".join(table.get(c, c) for c in trad)
            if not any(c in table for c in trad):
                continue
            if as_characters in words and not words[as_characters].startswith(NAME_POS):
                continue
        kept[trad] = simp
    return kept


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
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--opencc", type=Path, required=True)
    p.add_argument("--msra", type=Path, required=True)
    p.add_argument("--phrases", type=Path, help="phrase candidates (make-t2s-table.mjs): traditional, simplified, kind")
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
    if args.phrases:
        candidates = [tuple(line.split("\t")) for line in args.phrases.read_text(encoding="utf-8").splitlines()]
        words = {}
        for line in jieba_dict_path().read_text(encoding="utf-8").splitlines():
            word, _, pos = (line.split(" ") + ["", ""])[:3]
            words[word] = pos
        table = phrases(candidates, kept, words)
        # A phrase MSRA's Simplified text writes is Simplified usage there, not a Traditional spelling.
        msra = "\n".join(rec.text for rec in readers.read_msra(args.msra))
        written = sorted(trad for trad in table if trad in msra)
        # ... and so is any phrase that holds one (成效卓著 holds 卓著).
        table = {trad: simp for trad, simp in table.items() if not any(w in trad for w in written)}
        PHRASE_TABLE.write_text("".join(f"{t}\t{s}\n" for t, s in sorted(table.items())), encoding="utf-8")
        print(f"{len(table)} of {len(candidates)} phrase candidates kept (dropped as written in MSRA train: {written}); "
              f"{PHRASE_TABLE} written")


if __name__ == "__main__":
    main()
