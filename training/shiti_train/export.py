"""Export a trained run to a model folder: ONNX (opset 17, dynamic batch and length) -> INT8 dynamic
quantization -> vocabularies, lexicon, manifest.json, parity.json, MODEL_CARD.md.

Usage: python -m shiti_train.export --run training/.work/runs/news-v1 --out public/models/shiti-news-v1 \
           --id shiti-news-v1 [--data ../shared/data]   (with --data: dev F1 of FP32 vs INT8 in onnxruntime)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

from . import summary
from . import readers
from .decode import (balance_brackets, decode_window, drop_impossible_spans, force_outside, keep_dots_inside, never_in_name,
                     repair_edges, repair_surnames, trim_whitespace)
from .features import Vocab, encode
from .lexicon import CATEGORIES, MAX_LEN, MIN_LEN, WORD_SLOTS, write_lexicon
from .metrics import span_prf
from .model import Tagger, tagger_for
from .parity_cases import PARITY_CASES
from .t2s import PHRASE_TABLE, TABLE as T2S_TABLE, read_phrases, read_table as read_t2s
from .train import TYPES, Batcher, batch_emissions, entity_types, load_data, normalized_record, read_source, to_item
from .text import (DROP, FULLWIDTH_SPACE, PAD_ID, SENTENCE_END, UNK_ID, PhraseTable, line_breaks, normalize, tabs_of, apart_of,
                   pair_straight_quotes, pictographs_of, sentence_ends, text_windows, utf16_offsets)

OPSET = 17
EVAL_SETS = Path(__file__).resolve().parents[1] / "eval"  # hand-written sets, see eval/README.md
# How the manifest names the corpus its dev block was cut from.
DEV_SOURCE_NAMES = {"msra": "MSRA train1.txt", "cluener": "CLUENER train.json"}

# Corpora of other domains in the shared data, their types mapped onto PER/LOC/ORG as `npm run eval` maps them
# (scripts/lib/gold.ts); nominal mentions (Weibo's *.NOM) and types with no counterpart are not scored.
OTHER_DOMAINS = {
    "weibo-dev": {"format": "bio", "path": "ner/weibo/weiboNER_2nd_conll.dev", "strip_position_digits": True,
                  "type_map": {"PER.NAM": "PER", "LOC.NAM": "LOC", "GPE.NAM": "LOC", "ORG.NAM": "ORG"}},
    "resume-dev": {"format": "bmes", "path": "ner/resume/dev.char.bmes",
                   "type_map": {"NAME": "PER", "CONT": "LOC", "LOC": "LOC", "ORG": "ORG"}},
    "cluener-train": {"format": "cluener", "path": "ner/cluener/train.json"},
}
# The LSTM stays FP32: onnxruntime's DynamicQuantizeLSTM rounds differently in native x86 and in WASM
# (entity scores off by up to 0.005 on the tiny model), so dev F1 measured here would not be the
# browser's. Same speed in WASM either way (about 20 ms per 200 characters under load), +2 MB.
QUANTIZED_OPS = ["Gather", "MatMul"]
INPUTS = ["char_ids", "bigram_left_ids", "bigram_right_ids", "lexicon_feats", "lexicon_word_ids"]


class EmissionsOnly(torch.nn.Module):
    def __init__(self, tagger: Tagger):
        super().__init__()
        self.tagger = tagger

    def forward(self, char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats=None, lexicon_word_ids=None):
        return self.tagger.emissions(char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats,
                                     lexicon_word_ids=lexicon_word_ids)


def load_run(run: Path):
    bundle = torch.load(run / "best.pt")
    cfg, m = bundle["config"], bundle["config"]["model"]
    lexicon = bundle.get("lexicon")
    model = tagger_for(m, len(bundle["chars"]), len(bundle["bigrams"]), len(bundle["labels"]),
                       3 * len(CATEGORIES) if lexicon else 0, bundle.get("word_rows"))
    model.load_state_dict(bundle["model"], strict=False)
    from .tags import allowed_transitions
    model.crf.constrain(*allowed_transitions(bundle["labels"]))
    model.eval()
    return bundle, model


def run_emissions(bundle, model: Tagger, sentences: list[list[str]], batch_size=256) -> list[np.ndarray]:
    """A trained run's emissions [n, labels] for each (normalized) sentence, in PyTorch, batched."""
    chars_v, bigrams_v = Vocab(bundle["chars"]), Vocab(bundle["bigrams"])
    lexicon, word_rows = bundle["lexicon"], bundle.get("word_rows")
    items = [to_item(encode(c, chars_v, bigrams_v, lexicon, word_rows), [0] * len(c), []) for c in sentences]
    out: list[np.ndarray] = [np.zeros(0)] * len(items)
    model.eval()
    with torch.no_grad():
        for idx, batch in Batcher(items, batch_size, shuffle=False):
            em = batch_emissions(model, batch).double().numpy()
            for row, k in enumerate(idx):
                out[k] = em[row, :len(sentences[k])]
    return out


def run_outputs(run: Path, sentences: list[list[str]]):
    """-> (bundle, CRF (transitions, start, end) as float64 arrays, emissions per sentence): what every
    consumer of a trained run (comparison, pseudo-labels, distillation) decodes from."""
    bundle, model = load_run(run)
    crf = tuple(t.detach().double().numpy() for t in model.crf.scores())
    return bundle, crf, run_emissions(bundle, model, sentences)


def export_onnx(model: Tagger, path: Path, with_lexicon: bool):
    n = 7
    args = [torch.ones(1, n, dtype=torch.long)] * 3
    names = INPUTS[:3]
    if with_lexicon:
        args.append(torch.zeros(1, n, 3 * len(CATEGORIES)))
        names = INPUTS[:4]
    if model.word_emb is not None:
        args.append(torch.ones(1, n, 3, dtype=torch.long))
        names = INPUTS
    dyn = {k: {0: "batch", 1: "length"} for k in names}
    dyn["emissions"] = {0: "batch", 1: "length"}
    torch.onnx.export(EmissionsOnly(model), tuple(args), str(path), opset_version=OPSET, input_names=names,
                      output_names=["emissions"], dynamic_axes=dyn, do_constant_folding=True)
    onnx.checker.check_model(onnx.load(str(path)))


def quantize(fp32: Path, int8: Path):
    # INT8 weights, activations quantized dynamically at run time. Embedding tables (Gather) are the bulk
    # of the bytes. Unsigned weights: native x86 onnxruntime runs
    # u8 x s8 MatMulInteger with a saturating instruction (off by thousands), while WASM is exact, so
    # QInt8 made Python and browser disagree; u8 x u8 is exact in both.
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QUInt8, per_channel=False,
                     op_types_to_quantize=QUANTIZED_OPS)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class OnnxTagger:
    """Runs a model folder's preprocessing + ONNX model + decoding in Python, the engine's twin."""

    def __init__(self, onnx_path: Path, chars: Vocab, bigrams: Vocab, lexicon, labels, decoding, t2s=None,
                 word_rows=None, max_window: int = 256, pair_quotes: bool = True, phrases: PhraseTable | None = None):
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_path), so, providers=["CPUExecutionProvider"])
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.chars, self.bigrams, self.lexicon, self.labels, self.decoding = chars, bigrams, lexicon, labels, decoding
        self.t2s, self.word_rows, self.max_window, self.pair_quotes = t2s, word_rows, max_window, pair_quotes
        self.phrases = phrases

    @classmethod
    def from_folder(cls, folder: Path) -> "OnnxTagger":
        """A shipped model folder, read the way the engine reads it (manifest + runtime files)."""
        from .lexicon import read_lexicon, read_word_rows
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        lex, norm = manifest.get("lexicon"), manifest["normalization"]
        return cls(folder / manifest["onnx"]["file"], Vocab.load(folder / manifest["tokenizer"]["vocab_file"]),
                   Vocab.load(folder / manifest["tokenizer"]["bigram_file"]),
                   read_lexicon(folder / lex["file"]) if lex else None, manifest["labels"], manifest["decoding"],
                   read_t2s(folder / manifest["normalization"]["t2s_file"]),
                   read_word_rows(folder / lex["file"]) if lex and lex.get("word_slots") else None,
                   manifest["max_window"], norm.get("pair_straight_quotes", False),
                   read_phrases(folder / norm["t2s_phrase_file"]) if norm.get("t2s_phrase_file") else None)

    def encode(self, text: str):
        norm = normalize(text, self.t2s, self.pair_quotes, self.phrases)
        return norm, encode(norm.chars, self.chars, self.bigrams, self.lexicon, self.word_rows)

    def emissions(self, enc) -> np.ndarray:
        feeds = {"char_ids": enc.char_ids[None], "bigram_left_ids": enc.bigram_left_ids[None],
                 "bigram_right_ids": enc.bigram_right_ids[None]}
        if "lexicon_feats" in self.input_names:
            feeds["lexicon_feats"] = enc.lexicon_feats[None]
        if "lexicon_word_ids" in self.input_names:
            feeds["lexicon_word_ids"] = enc.lexicon_word_ids[None]
        return self.session.run(["emissions"], feeds)[0][0]

    def predict_chars(self, chars: list[str]):
        """Spans (start, end, type) of already normalized text (predict_scored without the scores)."""
        return [(s, e, t) for s, e, t, _ in self.predict_scored(chars)]

    def predict_scored(self, chars: list[str]):
        """Spans (start, end, type, score) of already normalized text, windowed as the engine windows it (one
        sentence per window). Sentence ends are read off the normalized units, which keep 。！？；… (line
        breaks, which become spaces, are not seen: the corpora and hand-written sets hold one line per text)."""
        if self.t2s:  # the tables map CJK only, where normalization is the identity: same as mapping first
            chars = self.phrases.simplify(chars, self.t2s) if self.phrases else [self.t2s.get(c, c) for c in chars]
        if self.pair_quotes:
            chars = pair_straight_quotes(chars)
        ends = [ord(c) in SENTENCE_END for c in chars]
        return self.windowed_spans(chars, ends)

    def windowed_spans(self, chars: list[str], ends: list[bool], breaks: list[bool] | None = None,
                       tabs: list[bool] | None = None, apart: list[bool] | None = None,
                       pictographs: list[bool] | None = None):
        """[(start, end, type, score)] over `chars`, window by window (src/engine/model.ts, analyzeMany): each
        window keeps the spans starting in the units it owns, and one overlapping a span already kept is dropped.
        A span over a line wrap that was not fed (text.unwrap_lines) covers it."""
        out = []
        last_end = 0
        for w in text_windows(chars, ends, self.max_window, breaks=breaks, tabs=tabs, pictographs=pictographs):
            piece = [chars[u] for u in w.units]
            enc = encode(piece, self.chars, self.bigrams, self.lexicon, self.word_rows)
            for s, e, t, score in self.spans(enc, piece, [apart[u] for u in w.units] if apart else None):
                start, end = w.units[s], w.units[e - 1] + 1
                if w.own_from <= s < w.own_to and start >= last_end:
                    out.append((start, end, t, score))
                    last_end = end
        return out

    def spans(self, enc, chars: list[str], apart: list[bool] | None = None):
        """Contract steps 7a-8: units that are never in a name forced to O (and those `apart` marks: a tab or an emoji
        of the original text, text.apart_of), the decoded spans, brackets balanced, whitespace trimmed off, spans that
        cannot be names dropped, middle dots kept inside names (decode.keep_dots_inside), span edges repaired
        (decode.repair_edges), PER spans repaired around compound surnames (decode.repair_surnames)."""
        forced = never_in_name(chars)
        if apart:
            forced |= np.array(apart, dtype=bool)
        em = keep_dots_inside(force_outside(self.emissions(enc), forced, self.labels), chars, self.labels)
        spans = trim_whitespace(balance_brackets(decode_window(em, self.decoding, self.labels, chars), chars), chars)
        return repair_surnames(repair_edges(drop_impossible_spans(spans, chars), chars), chars)

    def entities(self, text: str):
        """The engine's `analyze(text)`: entities with UTF-16 offsets into `text`, one sentence per window."""
        norm = normalize(text, self.t2s, self.pair_quotes, self.phrases)
        spans = self.windowed_spans(norm.chars, sentence_ends(text, norm), line_breaks(text, norm), tabs_of(text, norm),
                                    apart_of(text, norm), pictographs_of(text, norm))
        return self._with_offsets(text, norm, spans)

    def window_entities(self, text: str):
        """The whole text as one window (the parity fixture's cases): its encoding and entities."""
        norm, enc = self.encode(text)
        if not norm.chars:
            return enc, []
        return enc, self._with_offsets(text, norm, self.spans(enc, norm.chars, apart_of(text, norm)))

    @staticmethod
    def _with_offsets(text: str, norm, spans):
        u16 = utf16_offsets(text)
        out = []
        for s, e, t, score in spans:
            start, end = u16[norm.source_index[s]], u16[norm.source_end[e - 1]]
            out.append({"start": start, "end": end, "type": t, "text": _utf16_slice(text, start, end),
                        "score": round(score, 6)})
        return out


def _utf16_slice(text: str, start: int, end: int) -> str:
    # surrogatepass: a lone surrogate (a string cut inside a pair) is one UTF-16 unit, as in JavaScript
    return text.encode("utf-16-le", "surrogatepass")[2 * start:2 * end].decode("utf-16-le", "surrogatepass")


def dev_f1(tagger: OnnxTagger, dev_items) -> dict:
    gold, pred = [], []
    for chars, spans in dev_items:
        gold.append(spans)
        pred.append(tagger.predict_chars(chars))
    return span_prf(gold, pred)


# The page's confidence slider, 0 to 1 by 0.05, less 1.00: no score reaches it (the page shows no curve there).
THRESHOLD_STEPS = [round(k * 0.05, 2) for k in range(20)]


def threshold_curve(tagger: OnnxTagger, dev_items) -> list[dict]:
    """Dev precision, recall and F1 of the names scoring at least each of THRESHOLD_STEPS: what the page's
    confidence slider trades (metrics.dev_thresholds; the first step is dev_int8_onnx's overall)."""
    gold, scored = [], []
    for chars, spans in dev_items:
        gold.append(spans)
        scored.append(tagger.predict_scored(chars))
    return [{"min_score": t} | span_prf(gold, [[(s, e, ty) for s, e, ty, score in p if score >= t] for p in scored])["overall"]
            for t in THRESHOLD_STEPS]


def parity_fixture(tagger: OnnxTagger, model_id: str, max_window: int) -> dict:
    cases = []
    for name, text in PARITY_CASES:
        assert len(normalize(text).chars) <= max_window, name
        enc, ents = tagger.window_entities(text)
        case = {"name": name, "text": text, "windows": window_offsets(text, max_window, tagger.pair_quotes),
                "char_ids": enc.char_ids.tolist(),
                "bigram_left_ids": enc.bigram_left_ids.tolist(), "bigram_right_ids": enc.bigram_right_ids.tolist()}
        if enc.lexicon_feats is not None:
            case["lexicon_active"] = [[int(i), int(j)] for i, j in zip(*np.nonzero(enc.lexicon_feats))]
        if enc.lexicon_word_ids is not None:
            case["lexicon_word_ids"] = enc.lexicon_word_ids.tolist()
        case["entities"] = ents
        cases.append(case)
    return {"model_id": model_id, "note": "written by training/shiti_train/export.py; inputs written for it, "
            "not taken from any corpus", "cases": cases}


def window_offsets(text: str, max_window: int, pair_quotes: bool = False) -> list[list[int]]:
    """The engine's windows of `text` for the parity fixture: UTF-16 [start, end) and the number of units fed."""
    norm = normalize(text, pair_quotes=pair_quotes)
    u16 = utf16_offsets(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), max_window, breaks=line_breaks(text, norm),
                           tabs=tabs_of(text, norm), pictographs=pictographs_of(text, norm))
    return [[u16[norm.source_index[w.units[0]]], u16[norm.source_end[w.units[-1]]], len(w.units)]
            for w in windows]


def write_parity(path: Path, fixture: dict):
    """One case per line: readable in a diff, small on disk."""
    cases = ",\n".join("  " + json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in fixture["cases"])
    head = json.dumps({k: v for k, v in fixture.items() if k != "cases"}, ensure_ascii=False)[:-1]
    path.write_text(f'{head}, "cases": [\n{cases}\n]}}\n', encoding="utf-8")


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--run", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--id")
    p.add_argument("--version", default="1.0.0")
    p.add_argument("--title", default="Shiti news NER (PER/LOC/ORG)")
    p.add_argument("--data", type=Path, default=None, help="shared data root: measure FP32 vs INT8 dev F1")
    p.add_argument("--refresh", action="store_true",
                   help="no --run: bring the shipped folder --out to today's tables (refresh_tables) as --version")
    args = p.parse_args(argv)
    if args.refresh:
        manifest = refresh_tables(args.out, args.version)
        print(f"refreshed {args.out}: {manifest['id']} {manifest['version']}")
        return
    if not args.run or not args.id:
        p.error("--run and --id are required (or --refresh)")
    export(args.run, args.out, args.id, args.version, args.title, args.data)


def training_summary(cfg: dict, bundle: dict) -> dict:
    """How the shipped weights were trained, for the model card: the last stage's schedule, the run it
    continued from, and whether it distilled from a teacher or averaged its epochs' weights."""
    t = cfg["train"]
    out = {"epochs": bundle["epoch"] + 1, "lr": t["lr"], "batch_size": t["batch_size"]}
    if cfg.get("init_from"):
        out["continued_from"] = Path(cfg["init_from"]).parent.name
    if t.get("distill"):
        out["distillation"] = {"weight": t["distill"]["weight"],
                               "transfer_sentences": bundle["info"].get("transfer_sentences", 0)}
    if t.get("latin"):
        out["latin_sentences"] = t["latin"]
    if t.get("replace_extra"):
        out["mention_replacement"] = t["replace_extra"]
    if t.get("gold_extra"):  # labelled sentences of other corpora (train.gold_extra), named for the card
        out["other_corpora"] = [{"path": spec["path"], "repeat": spec.get("repeat", 1),
                                 **({"skip_latin": True} if spec.get("skip_latin") else {})}
                                for spec in t["gold_extra"]]
    if t.get("average") and out["epochs"] > 1:  # the best checkpoint may be the first epoch's, a plain one
        out["weights"] = "average of the weights after each epoch"
    return out


# The Traditional->Simplified tables every model folder ships (training/t2s.txt, training/t2s-phrases.txt).
T2S_FILES = ("t2s.txt", "t2s-phrases.txt")
NORMALIZATION = {"drop": list(DROP), "halfwidth_to_fullwidth": True, "whitespace_to": FULLWIDTH_SPACE,
                 "traditional_to_simplified": True, "t2s_file": T2S_FILES[0], "t2s_phrase_file": T2S_FILES[1],
                 "pair_straight_quotes": True}


def file_entry(folder: Path, name: str) -> dict:
    return {"name": name, "bytes": (folder / name).stat().st_size, "sha256": sha256(folder / name)}


def refresh_tables(folder: Path, version: str) -> dict:
    """A shipped folder brought to today's preprocessing without new weights: the Traditional->Simplified tables
    copied in, the manifest's normalization, file list and version updated, the parity fixture written again."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for table in T2S_FILES:
        shutil.copyfile(T2S_TABLE.parent / table, folder / table)
    names = [f["name"] for f in manifest["files"]]
    names += [t for t in T2S_FILES if t not in names]
    manifest.update(version=version, normalization=NORMALIZATION, files=[file_entry(folder, n) for n in names])
    write_manifest(folder, manifest)
    write_parity(folder / "parity.json", parity_fixture(OnnxTagger.from_folder(folder), manifest["id"],
                                                        manifest["max_window"]))
    return manifest


def write_manifest(folder: Path, manifest: dict) -> None:
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def held_out_metrics(tagger: OnnxTagger, data_root: Path | None) -> dict:
    """Scores on text the model never trained on: other domains of the shared data (Weibo posts, resumes,
    CLUENER's mix; only where data_root is given) and the hand-written sets of training/eval."""
    out: dict = {}
    for name, spec in OTHER_DOMAINS.items():
        if data_root is not None and (data_root / spec["path"]).exists():
            items = [normalized_record(r) for r in read_source(spec, data_root)]
            out.setdefault("other_domains", {})[name] = dev_f1(tagger, items)
            print(f"{name} F1 INT8 {out['other_domains'][name]['overall']['f1']:.4f}", flush=True)
    for path in sorted(EVAL_SETS.glob("*.jsonl")):
        items = [normalized_record(r) for r in readers.read_cluener(path, readers.CLUENER_TO_NEWS)]
        out.setdefault("hand_written", {})[path.stem] = dev_f1(tagger, items)
        print(f"{path.name} F1 INT8 {out['hand_written'][path.stem]['overall']['f1']:.4f}", flush=True)
    return out


def export(run: Path, out: Path, model_id: str, version="1.0.0", title="Shiti NER", data_root: Path | None = None):
    bundle, model = load_run(run)
    cfg = bundle["config"]
    out.mkdir(parents=True, exist_ok=True)
    work = run / "export"
    work.mkdir(exist_ok=True)
    lexicon, word_rows = bundle.get("lexicon"), bundle.get("word_rows")
    fp32 = work / "model.fp32.onnx"
    export_onnx(model, fp32, lexicon is not None)
    int8 = out / "model.onnx"
    quantize(fp32, int8)

    chars, bigrams = Vocab(bundle["chars"][2:]), Vocab(bundle["bigrams"][2:])
    chars.save(out / "vocab.txt")
    bigrams.save(out / "bigrams.txt")
    if lexicon is not None:
        write_lexicon(lexicon, out / "lexicon.txt", word_rows)
    trans, start, end = (t.detach().numpy().astype(float) for t in model.crf.scores())
    decoding = {"type": "crf", "transitions": np.round(trans, 5).tolist(),
                "start_transitions": np.round(start, 5).tolist(), "end_transitions": np.round(end, 5).tolist()}
    labels = bundle["labels"]
    # The model knows simplified characters only: ship the Traditional->Simplified table with it.
    t2s, phrases = read_t2s(T2S_TABLE), read_phrases(PHRASE_TABLE)
    for table in T2S_FILES:
        shutil.copyfile(T2S_TABLE.parent / table, out / table)
    tagger = OnnxTagger(int8, chars, bigrams, lexicon, labels, decoding, t2s, word_rows, cfg["max_len"], phrases=phrases)

    source = DEV_SOURCE_NAMES.get(cfg["data"]["main"]["format"], cfg["data"]["main"].get("path", "the main corpus"))
    metrics = {"dev": bundle["dev"], "dev_split": f"last {cfg['data']['dev_fraction']:.0%} of {source} "
               "(contiguous block); `dev` is PyTorch FP32 at training time, `dev_int8_onnx` the shipped model"}
    if data_root is not None:
        _, dev = load_data(cfg, data_root)
        dev_items = [normalized_record(r) for r in dev]
        t0 = time.time()
        metrics["dev_int8_onnx"] = dev_f1(tagger, dev_items)
        metrics["dev_thresholds"] = threshold_curve(tagger, dev_items)
        metrics["dev_fp32_onnx"] = dev_f1(OnnxTagger(fp32, chars, bigrams, lexicon, labels, decoding, t2s,
                                                     word_rows, cfg["max_len"], phrases=phrases), dev_items)
        metrics["int8_minus_fp32_f1"] = round(metrics["dev_int8_onnx"]["overall"]["f1"]
                                              - metrics["dev_fp32_onnx"]["overall"]["f1"], 4)
        print(f"dev F1 INT8 {metrics['dev_int8_onnx']['overall']['f1']:.4f} FP32 "
              f"{metrics['dev_fp32_onnx']['overall']['f1']:.4f} ({time.time() - t0:.0f}s)", flush=True)

    types = entity_types(cfg)
    if types == TYPES:  # the other corpora and hand-written sets are scored as PER/LOC/ORG
        metrics.update(held_out_metrics(tagger, data_root))

    max_window = cfg["max_len"]
    write_parity(out / "parity.json", parity_fixture(tagger, model_id, max_window))
    runtime_files = ["model.onnx", "vocab.txt", "bigrams.txt", *T2S_FILES] + (["lexicon.txt"] if lexicon is not None else [])
    manifest = {
        "schema": 1, "id": model_id, "version": version, "title": title,
        "entity_types": types,
        "tag_scheme": "BIOES", "labels": labels, "max_window": max_window,
        "normalization": NORMALIZATION,
        "tokenizer": {"type": "char_bigram", "vocab_file": "vocab.txt", "bigram_file": "bigrams.txt",
                      "pad_id": PAD_ID, "unk_id": UNK_ID, "bos": "<s>", "eos": "</s>"},
        "onnx": {"file": "model.onnx", "opset": OPSET, "quantization": "INT8 dynamic (onnxruntime.quantization)",
                 "inputs": {"char_ids": "int64[b,n]", "bigram_left_ids": "int64[b,n]",
                            "bigram_right_ids": "int64[b,n]"},
                 "output": "emissions"},
        "decoding": decoding,
        "files": [file_entry(out, f) for f in runtime_files],
        "metrics": metrics,
        "training_data": cfg.get("training_data_description")
        or [d.get("path", d["format"]) for d in [cfg["data"]["main"], *cfg["data"].get("extra", [])]],
        "architecture": {k: v for k, v in cfg["model"].items()} | {"parameters": bundle["info"].get("parameters")}
        | ({"word_rows": bundle["info"]["word_rows"]} if bundle["info"].get("word_rows") else {}),
        "training": training_summary(cfg, bundle),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    if lexicon is not None:
        manifest["lexicon"] = {"file": "lexicon.txt", "categories": CATEGORIES, "min_len": MIN_LEN, "max_len": MAX_LEN}
        if cfg["lexicon"].get("gazetteers"):
            # Corpora whose annotated names typed some of jieba's words (training.lexicon_for): provenance only.
            manifest["lexicon"]["types_from"] = [g["path"] for g in cfg["lexicon"]["gazetteers"] if g.get("path")]
        if bundle["info"].get("lexicon_untype"):
            # The corpus that showed some jieba types wrong, the cut-offs and the count (train.build_everything).
            manifest["lexicon"]["types_dropped"] = bundle["info"]["lexicon_untype"]
        manifest["onnx"]["inputs"]["lexicon_feats"] = f"float32[b,n,{3 * len(CATEGORIES)}]"
    if word_rows:
        # Rows live in the lexicon file's third column; the engine picks them per character (contract).
        manifest["lexicon"]["word_slots"] = WORD_SLOTS
        manifest["onnx"]["inputs"]["lexicon_word_ids"] = "int64[b,n,3]"
    write_manifest(out, manifest)
    total = sum(f["bytes"] for f in manifest["files"])
    print(f"wrote {out}: {total / 1e6:.2f} MB in {len(runtime_files)} runtime files", flush=True)
    return manifest


if __name__ == "__main__":
    main()
