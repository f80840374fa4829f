"""Train a tagger from a config file.

Usage: python -m shiti_train.train --config training/configs/news-v1.json --data ../shared/data [--resume]
Writes training/.work/runs/<name>/: best.pt (best dev F1), last.pt (resume point), log.jsonl (every epoch),
and appends one line per run to training/.work/runs/index.jsonl. A run without --resume starts a new log.jsonl;
--resume continues after last.pt's epoch with its weights, optimizers and random generators, so the result is
that of a run never stopped, and without a last.pt it warns on stderr and starts from scratch.
"""
from __future__ import annotations

import argparse
import copy
import json
import math
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
import torch

from . import summary
from . import readers
from .config import load_config_or_exit, validate
from .augment import entity_pools, replace_entities
from .latin import latin_examples
from .features import Vocab, build_vocab, encode
from .lexicon import CATEGORIES, UNTYPE_DEFAULTS, load_jieba_lexicon, type_dictionary_words, untype_common_words
from .metrics import format_table, span_prf
from .model import SEGMENT_TAGS, Tagger, tagger_for
from .tags import allowed_transitions, bioes_labels, spans_to_tags, tags_to_spans_strict
from .text import UNK_ID, bigrams_of, normalize

TYPES = ["PER", "LOC", "ORG"]


def entity_types(cfg: dict) -> list[str]:
    """The run's entity types, in label order: the config's `types` (a fine-grained model's), else PER/LOC/ORG."""
    return list(cfg.get("types") or TYPES)
REPO = Path(__file__).resolve().parents[2]
WORK = REPO / "training" / ".work"


LATIN_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def read_source(spec: dict, data_root: Path):
    recs = _read_source(spec, data_root)
    if spec.get("skip_latin"):
        # A corpus whose Latin-script words follow other conventions than the Latin sentences this pipeline
        # writes (Weibo: user names as PER, brands left O) can keep its Chinese sentences alone.
        recs = [r for r in recs if not LATIN_LETTER.search(r.text)]
    return recs[: spec["limit"]] if spec.get("limit") else recs


def _read_source(spec: dict, data_root: Path):
    fmt = spec["format"]
    if fmt == "synthetic":
        from .synthetic import synthetic_records
        return synthetic_records(spec["count"], spec.get("seed", 7))
    # Files this pipeline made itself (pseudo-labels) live under training/.work/, not in the shared data.
    path = (REPO if spec.get("root") == "repo" else data_root) / spec["path"]
    if fmt == "jsonl":
        return list(readers.read_jsonl(path, min_confidence=spec.get("min_confidence", 0.0)))
    if fmt == "msra":
        return list(readers.read_msra(path))
    if fmt == "rmrb":
        return list(readers.read_rmrb(path))
    if fmt == "cluener":
        return list(readers.read_cluener(path, spec.get("type_map", readers.CLUENER_TO_NEWS)))
    if fmt in ("bio", "bmes"):
        recs = list(readers.read_conll(path, strip_position_digits=spec.get("strip_position_digits", False)))
        tmap = spec.get("type_map")
        if tmap:
            for r in recs:
                r.spans = [(s, e, tmap[t]) for s, e, t in r.spans if tmap.get(t)]
        return recs
    raise ValueError(f"unknown format {fmt!r}")


def segmentation_tags(rec: readers.Record) -> np.ndarray:
    """B/M/E/S index per normalized character from the record's words; -100 (ignored by the loss) where
    the record has no segmentation or normalization dropped part of a word."""
    norm = normalize(rec.text)
    out = np.full(len(norm.chars), -100, dtype=np.int64)
    if rec.words is None:
        return out
    position = {orig: k for k, orig in enumerate(norm.source_index)}
    for s, e in rec.words:
        kept = [position[i] for i in range(s, e) if i in position]
        if len(kept) != e - s:
            continue
        if len(kept) == 1:
            out[kept[0]] = SEGMENT_TAGS.index("S")
        else:
            out[kept] = SEGMENT_TAGS.index("M")
            out[kept[0]], out[kept[-1]] = SEGMENT_TAGS.index("B"), SEGMENT_TAGS.index("E")
    return out


def normalized_record(rec: readers.Record):
    """Model-side view of a record: normalized chars and spans re-indexed over them."""
    norm = normalize(rec.text)
    if len(norm.chars) == len(rec.text):
        return norm.chars, list(rec.spans)
    new_index = {orig: k for k, orig in enumerate(norm.source_index)}
    spans = []
    for s, e, t in rec.spans:
        kept = [new_index[i] for i in range(s, e) if i in new_index]
        if kept:
            spans.append((kept[0], kept[-1] + 1, t))
    return norm.chars, spans


def load_data(cfg: dict, data_root: Path):
    main = read_source(cfg["data"]["main"], data_root)
    n_dev = int(round(len(main) * cfg["data"]["dev_fraction"]))
    if not 0 < n_dev < len(main):
        # main[:-0] is empty: without this the run would train on nothing and measure on everything.
        raise ValueError(f"data.dev_fraction {cfg['data']['dev_fraction']} of {len(main)} sentences leaves "
                         f"{n_dev} for dev and {len(main) - n_dev} for training; both need at least one")
    if cfg["data"].get("dev_split", "tail") == "random":
        # Only to replay the calibration run, which held out random sentences.
        held = set(random.Random(cfg["data"].get("dev_seed", cfg["seed"])).sample(range(len(main)), n_dev))
        train = [r for i, r in enumerate(main) if i not in held]
        dev = [main[i] for i in sorted(held)]
    else:
        # Contiguous block at the end: random sentences share articles with training and flatter dev F1.
        train, dev = main[:-n_dev], main[-n_dev:]
    for spec in cfg["data"].get("extra", []):
        if not spec.get("head"):
            train += read_extra(spec, data_root)
    max_len = cfg["max_len"]
    train = [p for r in train for p in readers.chunk_long(r, max_len)]
    dev = [p for r in dev for p in readers.chunk_long(r, max_len)]
    return train, dev


def read_extra(spec: dict, data_root: Path):
    extra = read_source(spec, data_root)
    take = spec.get("fraction", 1.0)
    return extra[: int(len(extra) * take)] if take < 1.0 else extra


def aux_data(cfg: dict, data_root: Path) -> dict[int, list]:
    """Extra corpora with `"head": k` (k >= 1): trained through their own output layer and CRF."""
    out: dict[int, list] = {}
    for spec in cfg["data"].get("extra", []):
        if spec.get("head"):
            recs = [p for r in read_extra(spec, data_root) for p in readers.chunk_long(r, cfg["max_len"])]
            out.setdefault(spec["head"], []).extend(recs)
    return out


def pretrained_counts(kv) -> dict[str, int]:
    return {w: kv.get_vecattr(w, "count") for w in kv.index_to_key}


def init_embedding(emb: torch.nn.Embedding, vocab: Vocab, kv) -> int:
    hits = 0
    with torch.no_grad():
        if kv is not None:
            std = float(np.std(kv.vectors))
            emb.weight.normal_(0, std)
            for i, tok in enumerate(vocab.tokens):
                if tok in kv.key_to_index:
                    emb.weight[i] = torch.from_numpy(kv[tok])
                    hits += 1
        emb.weight[0].zero_()
    return hits


class Batcher:
    def __init__(self, items, batch_size, shuffle, seed=13):
        self.items, self.batch_size, self.shuffle = items, batch_size, shuffle
        self.rng = random.Random(seed)

    def __iter__(self):
        order = sorted(range(len(self.items)),
                       key=lambda i: len(self.items[i].char_ids) + (self.rng.random() * 4 if self.shuffle else 0))
        batches = [order[i:i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        if self.shuffle:
            self.rng.shuffle(batches)
        for b in batches:
            yield b, collate([self.items[i] for i in b])


class Item(NamedTuple):
    """One training/eval sentence: encoded inputs (compact dtypes; collate widens them), tags, gold spans.
    soft: a teacher's tag marginals [n, labels] to distil from; gold False for sentences that have only those
    (unlabelled transfer text), whose tags are placeholders the CRF loss must not see."""
    char_ids: np.ndarray
    bigram_left_ids: np.ndarray
    bigram_right_ids: np.ndarray
    lexicon_feats: np.ndarray | None
    tags: list[int]
    spans: list
    word_ids: np.ndarray | None
    soft: np.ndarray | None = None
    gold: bool = True
    seg: np.ndarray | None = None  # word-segmentation targets (segmentation_tags), where trained on


def to_item(enc, tags, spans) -> Item:
    lx = enc.lexicon_feats.astype(np.uint8) if enc.lexicon_feats is not None else None
    wid = enc.lexicon_word_ids.astype(np.int32) if enc.lexicon_word_ids is not None else None
    return Item(enc.char_ids, enc.bigram_left_ids, enc.bigram_right_ids, lx, tags, spans, wid)


def batch_emissions(model, batch: dict, head: int = 0):
    """The model's emissions for a collated batch (padding packed away)."""
    return model.emissions_of(batch_states(model, batch), head)


def batch_states(model, batch: dict):
    """The encoder's states for a collated batch (padding packed away)."""
    return model.encode_embedded(batch_inputs(model, batch), batch["lengths"])


def batch_inputs(model, batch: dict):
    """The input vectors of a collated batch (model.embed), before dropout."""
    return model.embed(batch["char_ids"], batch["bigram_left_ids"], batch["bigram_right_ids"],
                       batch["lexicon_feats"], batch["lexicon_word_ids"])


def step_loss(model, states, batch: dict, head: int, tcfg: dict) -> torch.Tensor:
    """One batch's training loss from the encoder's states: the CRF's, mixed with the teacher's marginals
    where the batch has them, plus the segmentation head's where the config trains one."""
    em = model.emissions_of(states, head)
    crf = model.head(head)[1]
    loss = crf.nll(em, batch["tags"], batch["mask"], batch["gold"])
    if batch["soft"] is not None:
        weight = tcfg["distill"]["weight"]
        loss = (1 - weight) * loss + weight * soft_cross_entropy(crf, em, batch)
    if model.aux_seg is not None and batch["seg"] is not None:
        loss = loss + tcfg["segmentation_weight"] * segmentation_loss(model, states, batch)
    return loss


def adversarial_perturbation(grad, inputs, mask, epsilon: float) -> torch.Tensor:
    """The fast gradient method (Miyato et al., 2017): a step along the loss's gradient with respect to the
    input vectors, normalized per sentence. Its size is epsilon times the batch's mean input-vector norm per
    character (root mean square over the sentence), so epsilon does not depend on the embeddings' scale.
    Measured at 0.05 on the student start (ablations news-v7-h160-adv*): +0.5 and +1.4 dev F1 on two seeds,
    for twice the time per step. In the teacher (news-v9-*) its distilled students gained +0.3-0.4 but read
    runs of Latin words as one name, which the dev block cannot show: check a candidate on Latin text."""
    scale = inputs.norm(dim=2)[mask].mean()
    grad = grad * mask.unsqueeze(2)
    norm = grad.flatten(1).norm(dim=1).clamp_min(1e-12)
    size = epsilon * scale * mask.sum(1).float().sqrt() / norm
    return grad * size.view(-1, 1, 1)


def drop_tokens(batch: dict, char_rate: float, bigram_rate: float) -> None:
    """Replace a random share of the character and bigram ids with <unk>, in place. Half the bigrams inside
    dev names never seen in training have no row, against 17 % of training bigrams: this shows the tagger
    more of such names. Measured at bigrams 0.1 (ablations news-v7-*-unk): that recall rose (76.7 vs 73.0 %),
    precision fell as much, no F1 gain; no shipped recipe uses it."""
    present = batch["mask"]
    for key, rate in (("char_ids", char_rate), ("bigram_left_ids", bigram_rate), ("bigram_right_ids", bigram_rate)):
        if rate:
            batch[key][(torch.rand(present.shape) < rate) & present] = UNK_ID


def segmentation_loss(model, states, batch) -> torch.Tensor:
    """Cross-entropy of the segmentation head, summed over a sentence's characters and averaged over
    sentences (the scale of the CRF loss)."""
    logits = model.aux_seg(model.dropout(states))
    ce = torch.nn.functional.cross_entropy(logits.flatten(0, 1), batch["seg"].flatten(), ignore_index=-100,
                                           reduction="sum")
    return ce / states.shape[0]


def collate(items: list[Item]):
    n = max(len(it.char_ids) for it in items)
    b = len(items)
    out = {k: torch.zeros(b, n, dtype=torch.long) for k in ("char_ids", "bigram_left_ids", "bigram_right_ids", "tags")}
    first = items[0]
    lex = torch.zeros(b, n, first.lexicon_feats.shape[1]) if first.lexicon_feats is not None else None
    wid = torch.zeros(b, n, 3, dtype=torch.long) if first.word_ids is not None else None
    soft = torch.zeros(b, n, first.soft.shape[1]) if first.soft is not None else None
    seg = torch.full((b, n), -100, dtype=torch.long) if any(it.seg is not None for it in items) else None
    for k, it in enumerate(items):
        m = len(it.char_ids)
        out["char_ids"][k, :m] = torch.from_numpy(it.char_ids)
        out["bigram_left_ids"][k, :m] = torch.from_numpy(it.bigram_left_ids)
        out["bigram_right_ids"][k, :m] = torch.from_numpy(it.bigram_right_ids)
        out["tags"][k, :m] = torch.tensor(it.tags)
        if lex is not None:
            lex[k, :m] = torch.from_numpy(it.lexicon_feats.astype(np.float32))
        if wid is not None:
            wid[k, :m] = torch.from_numpy(it.word_ids)
        if soft is not None:
            soft[k, :m] = torch.from_numpy(it.soft.astype(np.float32))
        if seg is not None and it.seg is not None:
            seg[k, :m] = torch.from_numpy(it.seg)
    lengths = torch.tensor([len(it.char_ids) for it in items])
    out.update(lexicon_feats=lex, lexicon_word_ids=wid, soft=soft, seg=seg, lengths=lengths,
               gold=torch.tensor([float(it.gold) for it in items]),
               mask=torch.arange(n).unsqueeze(0) < lengths.unsqueeze(1))
    return out


def drop_lexicon_matches(batch: dict, rate: float) -> None:
    """Hide the lexicon flags and matched words of a random share of the characters, in place: the usual
    remedy when a tagger trusts a dictionary over context. Measured at 0.2 (ablations *-lexdrop): -0.7 dev F1,
    and recall on names never seen in training fell rather than rose; no shipped recipe uses it."""
    if batch["lexicon_feats"] is None:
        return
    hidden = torch.rand(batch["lexicon_feats"].shape[:2]) < rate
    batch["lexicon_feats"][hidden] = 0
    if batch["lexicon_word_ids"] is not None:
        batch["lexicon_word_ids"][hidden] = 0


def evaluate(model, items, labels, batch_size=128):
    model.eval()
    gold, pred = [], []
    with torch.no_grad():
        for idx, batch in Batcher(items, batch_size, shuffle=False):
            em = batch_emissions(model, batch)
            for k, path in zip(idx, model.crf.viterbi(em, batch["mask"])):
                pred.append(tags_to_spans_strict(path, labels))
                gold.append(items[k].spans)
    model.train()
    return span_prf(gold, pred)


def build_vocabs(cfg, char_counts, bigram_counts, char_kv, bigram_kv):
    mcfg = cfg["model"]
    char_vocab = build_vocab(char_counts, pretrained_counts(char_kv) if char_kv else {}, mcfg["max_chars"],
                             min_pretrained=mcfg.get("min_pretrained_char", 3))
    bigram_vocab = build_vocab(bigram_counts, pretrained_counts(bigram_kv) if bigram_kv else {},
                               mcfg["max_bigrams"], min_train=mcfg.get("min_train_bigram", 1),
                               min_pretrained=mcfg.get("min_pretrained_bigram", 5))
    return char_vocab, bigram_vocab


@dataclass
class Built:
    model: Tagger
    char_vocab: Vocab
    bigram_vocab: Vocab
    lexicon: dict | None
    word_rows: dict | None
    labels: list[str]
    train_norm: list  # (normalized chars, spans) per training sentence
    train_items: list
    dev_items: list
    items_of: Callable[[list], list]  # (chars, spans) records -> model inputs, as train_items
    info: dict


def lexicon_for(cfg, data_root: Path | None) -> dict[str, int] | None:
    """jieba's dictionary; its words that the corpora listed under lexicon.gazetteers (reader specs, as
    data.extra) annotate as names gain that type, rare ones included."""
    lcfg = cfg.get("lexicon")
    if not lcfg:
        return None
    lexicon = load_jieba_lexicon(min_freq=lcfg["min_freq"], max_words=lcfg.get("max_words"))
    if lcfg.get("gazetteers"):
        dictionary = set(load_jieba_lexicon(max_words=lcfg.get("max_words")))
        for spec in lcfg["gazetteers"]:
            names = ((r.text[s:e], t) for r in read_source(spec, data_root) for s, e, t in r.spans)
            type_dictionary_words(lexicon, names, dictionary)
    return lexicon


def build_everything(cfg, train_recs, dev_recs, init=None, data_root: Path | None = None) -> Built:
    """init: the bundle of the run named by `init_from`, whose vocabularies, lexicon and word rows are kept."""
    from gensim.models import KeyedVectors

    emb_dir = REPO / cfg["embeddings"] if cfg.get("embeddings") else None
    char_kv = KeyedVectors.load(str(emb_dir / "char.kv")) if emb_dir else None
    bigram_kv = KeyedVectors.load(str(emb_dir / "bigram.kv")) if emb_dir else None

    train_norm = [normalized_record(r) for r in train_recs]
    dev_norm = [normalized_record(r) for r in dev_recs]
    char_counts, bigram_counts = Counter(), Counter()
    for chars, _ in train_norm:
        char_counts.update(chars)
        left, right = bigrams_of(chars)
        bigram_counts.update(left)
        bigram_counts.update(right[-1:])
    mcfg = cfg["model"]
    if init is not None:
        # Continuing another run: its vocabularies, whatever new text (e.g. pseudo-labels) adds.
        char_vocab, bigram_vocab = Vocab(init["chars"]), Vocab(init["bigrams"])
    else:
        char_vocab, bigram_vocab = build_vocabs(cfg, char_counts, bigram_counts, char_kv, bigram_kv)
    lexicon = init["lexicon"] if init is not None and cfg.get("lexicon") else lexicon_for(cfg, data_root)
    untype = (cfg.get("lexicon") or {}).get("untype")
    if untype:
        # Also on an inherited lexicon: a student can unlearn flags its start was trained with.
        settings = UNTYPE_DEFAULTS | {k: v for k, v in untype.items() if k != "source"}
        recs = [normalized_record(r) for r in read_source(untype["source"], data_root)]
        untyped = untype_common_words(lexicon, recs, **settings)
        print(f"lexicon: {len(untyped)} types dropped, e.g. {' '.join(f'{w}/{t}' for w, t in untyped[:12])}",
              flush=True)
        # What the export writes as the manifest's lexicon.types_dropped.
        untype_info = {"corpus": untype["source"].get("path", untype["source"]["format"]), **settings,
                       "count": len(untyped)}
    word_kv = None
    if mcfg.get("word_dim"):
        word_kv = KeyedVectors.load(str(emb_dir / "word.kv")) if emb_dir else None
        word_rows = init["word_rows"] if init is not None else \
            select_word_rows(lexicon, word_kv, mcfg["max_lexicon_words"])
    else:
        word_rows = None
    labels = bioes_labels(entity_types(cfg))
    lidx = {l: i for i, l in enumerate(labels)}

    def items_of(norm):
        return [to_item(encode(chars, char_vocab, bigram_vocab, lexicon, word_rows),
                        spans_to_tags(len(chars), spans, lidx), spans) for chars, spans in norm]

    segmentation = bool(cfg["train"].get("segmentation_weight"))
    model = tagger_for(mcfg, len(char_vocab), len(bigram_vocab), len(labels), 3 * len(CATEGORIES) if lexicon else 0,
                       word_rows, aux_heads=max((x.get("head", 0) for x in cfg["data"].get("extra", [])), default=0),
                       segmentation=segmentation)
    for crf in [model.crf, *model.aux_crf]:
        crf.constrain(*allowed_transitions(labels))
    hits_c = init_embedding(model.char_emb, char_vocab, char_kv)
    hits_b = init_embedding(model.bigram_emb, bigram_vocab, bigram_kv)
    info = {"chars": len(char_vocab), "bigrams": len(bigram_vocab), "pretrained_char_hits": hits_c,
            "pretrained_bigram_hits": hits_b, "lexicon_words": len(lexicon) if lexicon else 0}
    if untype:
        info["lexicon_untype"] = untype_info
    if word_rows and word_kv is not None:
        with torch.no_grad():
            for word, row in word_rows.items():
                model.word_emb.weight[row] = torch.from_numpy(word_kv[word].copy())
    if word_rows:
        info["word_rows"] = len(word_rows)
    train_items = items_of(train_norm)
    if segmentation:
        train_items = [it._replace(seg=segmentation_tags(r)) for it, r in zip(train_items, train_recs)]
        info["segmented_sentences"] = sum(r.words is not None for r in train_recs)
    return Built(model, char_vocab, bigram_vocab, lexicon, word_rows, labels, train_norm, train_items,
                 items_of(dev_norm), items_of, info)


def with_teacher(built: Built, targets: Path) -> list[Item]:
    """The training items with a teacher's tag marginals attached (written by shiti_train.distill for this
    config's training data), followed by its unlabelled transfer sentences, which carry marginals only."""
    z = np.load(targets)
    if list(z["labels"]) != built.labels:
        raise ValueError(f"{targets}: teacher labels {list(z['labels'])} differ from {built.labels}")
    train_probs = split_rows(z["train_probs"], z["train_lengths"])
    if [len(p) for p in train_probs] != [len(it.char_ids) for it in built.train_items]:
        raise ValueError(f"{targets} was computed for other training sentences: rerun shiti_train.distill")
    items = [it._replace(soft=p) for it, p in zip(built.train_items, train_probs)]
    transfer = built.items_of([(list(text), []) for text in z["transfer_texts"]])
    transfer_probs = split_rows(z["transfer_probs"], z["transfer_lengths"])
    return items + [it._replace(soft=p, gold=False) for it, p in zip(transfer, transfer_probs)]


def split_rows(rows: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    return np.split(rows, np.cumsum(lengths)[:-1]) if len(lengths) else []


def soft_cross_entropy(crf, emissions, batch) -> torch.Tensor:
    """Cross-entropy of the student's CRF marginals against the teacher's, summed over a sentence's
    characters and averaged over sentences (the scale of the CRF loss)."""
    log_marginals = crf.marginals(emissions, batch["mask"]).clamp_min(1e-6).log()
    return -(batch["soft"] * log_marginals).sum((1, 2)).mean()


def mixed_batches(main: Batcher, aux: dict[int, Batcher], rng: random.Random):
    """One epoch of every batcher's batches, interleaved at random: -> (head, batch)."""
    if not aux:
        yield from ((0, batch) for _, batch in main)
        return
    streams = {0: iter(main), **{head: iter(b) for head, b in aux.items()}}
    order = [head for head, b in [(0, main), *aux.items()] for _ in range(math.ceil(len(b.items) / b.batch_size))]
    rng.shuffle(order)
    for head in order:
        yield head, next(streams[head])[1]


def swapped_sentences(built: Built, prob: float, rng: random.Random, share: float | None = None) -> dict:
    """Mention replacement (shiti_train.augment) over the training sentences: index -> (chars, spans) of each
    sentence it changed. With `share`, only about that fraction of the sentences with names is tried."""
    pools = entity_pools(built.train_norm)
    changed = {}
    for k, (chars, spans) in enumerate(built.train_norm):
        if share is not None and not (spans and rng.random() < share):
            continue
        swapped = replace_entities(chars, spans, pools, prob, rng)
        if swapped is not None:
            changed[k] = swapped
    return changed


def augmented_items(built: Built, prob: float, rng: random.Random) -> list:
    """This epoch's training items: the sentences whose entities mention replacement changed are re-encoded
    (their lexicon features and bigrams change with the text), the rest are reused."""
    items = list(built.train_items)
    changed = swapped_sentences(built, prob, rng)
    for k, item in zip(changed, built.items_of(list(changed.values()))):
        items[k] = item
    print(f"mention replacement: {len(changed)} of {len(items)} sentences changed", flush=True)
    return items


def gold_targeted_items(built: Built, examples, distilling: bool, what: str) -> list[Item]:
    """Extra sentences written for this epoch, encoded. When distilling, their teacher is their own gold tags
    (one-hot marginals): no teacher ever saw these sentences."""
    items = built.items_of(examples)
    if distilling:
        one_hot = np.eye(len(built.labels), dtype=np.float32)
        items = [it._replace(soft=one_hot[it.tags]) for it in items]
    print(f"{what}: {len(items)} extra sentences", flush=True)
    return items


def latin_items(built: Built, lcfg: dict, rng: random.Random, distilling: bool) -> list[Item]:
    """This epoch's Latin-script sentences (shiti_train.latin)."""
    return gold_targeted_items(built, latin_examples(built.train_norm, lcfg["share"], lcfg["english"], rng),
                               distilling, "latin script")


def replaced_items(built: Built, rcfg: dict, rng: random.Random, distilling: bool) -> list[Item]:
    """Mention replacement as extra sentences (shiti_train.augment), so it can go with distillation: a copy
    of about `share` of the sentences with names, each name swapped with probability `prob` for another
    training name of its type; the originals and their teacher targets stay."""
    examples = list(swapped_sentences(built, rcfg["prob"], rng, rcfg["share"]).values())
    return gold_targeted_items(built, examples, distilling, "mention replacement")


def gold_extra_examples(tcfg: dict, data_root: Path) -> list:
    """`train.gold_extra`: labelled sentences of other corpora (read_source specs, each `repeat` times) added
    to every epoch beside the main data, their own gold tags as their teacher when distilling (no teacher
    labelled them, and the distillation targets stay those of the main sentences)."""
    examples = []
    for spec in tcfg.get("gold_extra", []):
        examples += [normalized_record(r) for r in read_source(spec, data_root)] * spec.get("repeat", 1)
    return examples


def select_word_rows(lexicon: dict[str, int], word_kv, max_words: int) -> dict[str, int]:
    """The lexicon words that get an embedding row: those with a pretrained vector, most frequent first
    (rows start at 1; 0 is "no word")."""
    if word_kv is None:  # no pretrained vectors (tests): the first words, randomly initialized
        ranked = sorted(lexicon)[:max_words]
    else:
        ranked = sorted((w for w in lexicon if w in word_kv.key_to_index),
                        key=lambda w: (-word_kv.get_vecattr(w, "count"), w))[:max_words]
    return {w: i + 1 for i, w in enumerate(ranked)}


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--config", type=Path, required=True)
    p.add_argument("--data", type=Path, required=True, help="folder holding ner/ and raw/ (../shared/data)")
    p.add_argument("--out", type=Path, default=None, help="run folder (default training/.work/runs/<name>)")
    p.add_argument("--resume", action="store_true",
                   help="continue after last.pt (without one: a warning, then from scratch)")
    p.add_argument("--max-minutes", type=float, default=None)
    args = p.parse_args(argv)
    cfg = load_config_or_exit(p, args.config)
    run(cfg, args.data, args.out or WORK / "runs" / cfg["name"], args.resume, args.max_minutes)


def run_bundle(built: Built, model: Tagger, cfg: dict, epoch: int, dev: dict, info: dict) -> dict:
    """What a run's best.pt holds: the weights and everything export and `init_from` rebuild the model from."""
    return {"model": model.state_dict(), "config": cfg, "labels": built.labels, "chars": built.char_vocab.tokens,
            "bigrams": built.bigram_vocab.tokens, "lexicon": built.lexicon, "word_rows": built.word_rows,
            "epoch": epoch, "dev": dev, "info": info}


def optimizers_for(model: Tagger, lr: float, extra: tuple = ()):
    """-> ([Adam, SparseAdam], the dense parameters). Embedding tables are most of the parameters but each
    batch touches a few rows: sparse gradients and SparseAdam skip the dense update of 5 M untouched rows
    (about 30 % of a step on CPU). extra: more modules trained alongside (e.g. a pretraining head)."""
    model.char_emb.sparse = model.bigram_emb.sparse = True
    if model.word_emb is not None:
        model.word_emb.sparse = True
    tables = [e.weight for e in (model.char_emb, model.bigram_emb, model.word_emb)
              if e is not None and e.weight.requires_grad]
    dense = [p for m in (model, *extra) for p in m.parameters() if p.requires_grad and all(p is not t for t in tables)]
    return [torch.optim.Adam(dense, lr=lr), torch.optim.SparseAdam(tables, lr=lr)], dense


def rng_state(batchers: list[Batcher]) -> dict:
    """Every random generator the epochs draw from: Python's, numpy's, torch's (dropout, token dropout) and
    each batcher's own (its shuffles), so that --resume repeats the run it continues."""
    return {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state(),
            "batchers": [b.rng.getstate() for b in batchers]}


def restore_rng(state: dict, batchers: list[Batcher]) -> None:
    rng = state.get("rng")
    if rng is None or len(rng["batchers"]) != len(batchers):
        # last.pt of an older version: the weights and optimizers resume, the shuffles and dropout masks start
        # again from the seed (the resumed epochs replay epoch 0's order), so the result differs from a run
        # that was never stopped.
        print("warning: last.pt holds no random generator state (written before it did): the resumed epochs "
              "will not repeat an uninterrupted run", file=sys.stderr, flush=True)
        return
    random.setstate(rng["python"])
    np.random.set_state(rng["numpy"])
    torch.set_rng_state(rng["torch"])
    for b, st in zip(batchers, rng["batchers"]):
        b.rng.setstate(st)


def run(cfg, data_root: Path, out: Path, resume=False, max_minutes=None):
    validate(cfg, f"config {cfg.get('name', '?')}")  # before any data is read
    t_start = time.time()
    seed = cfg.get("seed", 13)
    random.seed(seed)
    torch.manual_seed(seed)
    np.random.seed(seed)
    if cfg.get("threads"):
        torch.set_num_threads(cfg["threads"])
    out.mkdir(parents=True, exist_ok=True)
    train_recs, dev_recs = load_data(cfg, Path(data_root))
    init = torch.load(REPO / cfg["init_from"]) if cfg.get("init_from") else None
    built = build_everything(cfg, train_recs, dev_recs, init, Path(data_root))
    model, labels, train_items, dev_items, info = built.model, built.labels, built.train_items, built.dev_items, built.info
    info.update(train_sentences=len(train_items), dev_sentences=len(dev_items),
                parameters=sum(p.numel() for p in model.parameters()))
    print(json.dumps(info), flush=True)
    tcfg = cfg["train"]
    if cfg["model"].get("freeze_bigrams"):
        # Keep the pretrained bigram vectors as they are: 70-100 k rows fitted to 44 k training sentences
        # overfit, and bigrams never seen in training keep their raw-corpus meaning next to ones that were.
        model.bigram_emb.weight.requires_grad_(False)
    opts, rest = optimizers_for(model, tcfg["lr"])
    scheds = [torch.optim.lr_scheduler.ExponentialLR(o, gamma=tcfg.get("lr_decay", 1.0)) for o in opts]
    start_epoch, best_f1, state = 0, -1.0, None
    if resume and not (out / "last.pt").exists():
        # reproduce.sh always passes --resume, so a first run must go on: say it starts from scratch.
        print(f"warning: --resume: no {out / 'last.pt'}, starting from scratch", file=sys.stderr, flush=True)
    if resume and (out / "last.pt").exists():
        # weights_only=False: it holds the random generators' states (numpy arrays, tuples), not only tensors.
        state = torch.load(out / "last.pt", weights_only=False)
        model.load_state_dict(state["model"])
        for o, st in zip(opts, state["optimizers"]):
            o.load_state_dict(st)
        for sc, st in zip(scheds, state["schedulers"]):
            sc.load_state_dict(st)
        start_epoch, best_f1 = state["epoch"] + 1, state["best_f1"]
        print(f"resumed after epoch {state['epoch']} (best dev F1 {best_f1:.4f})", flush=True)
    if init is not None and start_epoch == 0:
        # Continue from another run's best weights (its vocabularies, see build_everything), e.g. a low-rate anneal.
        missing, unexpected = model.load_state_dict(init["model"], strict=False)
        # Auxiliary heads are the only weights one run may have and the other not.
        assert all(k.startswith("aux_") for k in missing + unexpected), (missing, unexpected)
        best_f1 = init["dev"]["overall"]["f1"]
        print(f"initialized from {cfg['init_from']} (dev F1 {best_f1:.4f})", flush=True)
    # Weight averaging (SWA): the mean of the weights after each epoch at a constant low rate sits in a
    # flatter spot than any single epoch's weights; dev is measured on the average.
    averaged = copy.deepcopy(model) if tcfg.get("average") else None
    n_averaged = 0
    if averaged is not None and start_epoch > 0:
        averaged.load_state_dict(state["averaged"])
        n_averaged = state["n_averaged"]
    budget = (max_minutes or tcfg.get("max_minutes", 1e9)) * 60
    adversarial = tcfg.get("adversarial_epsilon", 0.0)
    if tcfg.get("distill"):
        assert not tcfg.get("entity_replace"), "mention replacement would change the sentences the teacher labelled"
        train_items = with_teacher(built, REPO / tcfg["distill"]["targets"])
        info["transfer_sentences"] = sum(not it.gold for it in train_items)
        print(json.dumps({"transfer_sentences": info["transfer_sentences"]}), flush=True)
    # Encoded once: unlike the Latin and mention-replaced sentences, they are the same every epoch.
    gold_extra = gold_extra_examples(tcfg, Path(data_root))
    gold_extra_items = gold_targeted_items(built, gold_extra, bool(tcfg.get("distill")), "other corpora") \
        if gold_extra else []
    batcher = Batcher(train_items, tcfg["batch_size"], shuffle=True, seed=seed)
    aux_batchers = {head: Batcher(built.items_of([normalized_record(r) for r in recs]), tcfg["batch_size"],
                                  shuffle=True, seed=seed + head)
                    for head, recs in aux_data(cfg, Path(data_root)).items()}
    if aux_batchers:
        info["aux_sentences"] = {head: len(b.items) for head, b in aux_batchers.items()}
        print(json.dumps(info["aux_sentences"]), flush=True)
    steps_per_epoch = sum(math.ceil(len(b.items) / tcfg["batch_size"]) for b in [batcher, *aux_batchers.values()])
    if state is not None and start_epoch > 0:
        restore_rng(state, [batcher, *aux_batchers.values()])
    # A resumed run continues its log; a fresh one into a used folder starts a new one, or the old run's
    # epochs would read as this run's.
    log = open(out / "log.jsonl", "a" if start_epoch > 0 else "w")
    epoch_seconds = 0.0
    for epoch in range(start_epoch, tcfg["epochs"]):
        if time.time() - t_start + epoch_seconds > budget:
            print(f"time budget reached before epoch {epoch}", flush=True)
            break
        t0 = time.time()
        if tcfg.get("entity_replace"):
            batcher.items = augmented_items(built, tcfg["entity_replace"], random.Random(seed * 1000 + epoch))
        if tcfg.get("latin") or tcfg.get("replace_extra") or gold_extra:
            distilling = bool(tcfg.get("distill"))
            batcher.items = list(train_items)
            batcher.items += gold_extra_items
            if tcfg.get("latin"):
                batcher.items += latin_items(built, tcfg["latin"], random.Random(seed * 1000 + epoch + 1), distilling)
            if tcfg.get("replace_extra"):
                batcher.items += replaced_items(built, tcfg["replace_extra"], random.Random(seed * 1000 + epoch + 2),
                                                distilling)
        total, n = 0.0, 0
        steps = mixed_batches(batcher, aux_batchers, random.Random(seed * 1000 + epoch))
        for step, (head, batch) in enumerate(steps):
            if tcfg.get("lexicon_dropout"):
                drop_lexicon_matches(batch, tcfg["lexicon_dropout"])
            if tcfg.get("token_dropout"):
                drop_tokens(batch, tcfg["token_dropout"].get("chars", 0.0), tcfg["token_dropout"].get("bigrams", 0.0))
            inputs = batch_inputs(model, batch)
            if adversarial:
                inputs.retain_grad()
            loss = step_loss(model, model.encode_embedded(inputs, batch["lengths"]), batch, head, tcfg)
            for o in opts:
                o.zero_grad(set_to_none=True)
            loss.backward()
            if adversarial:
                # A second pass on inputs pushed the way that hurts most; its gradients add to the first's.
                r = adversarial_perturbation(inputs.grad, inputs.detach(), batch["mask"], adversarial)
                perturbed = batch_inputs(model, batch) + r
                step_loss(model, model.encode_embedded(perturbed, batch["lengths"]), batch, head, tcfg).backward()
            torch.nn.utils.clip_grad_norm_(rest, tcfg.get("clip", 5.0))
            for o in opts:
                o.step()
            total += float(loss)
            n += 1
            if step % 200 == 0:
                print(f"epoch {epoch} step {step}/{steps_per_epoch} "
                      f"loss {total / n:.3f} {time.time() - t0:.0f}s", flush=True)
        for sc in scheds:
            sc.step()
        if averaged is not None:
            n_averaged += 1
            with torch.no_grad():
                for avg, cur in zip(averaged.parameters(), model.parameters()):
                    avg += (cur.detach() - avg) / n_averaged
        scored = averaged if averaged is not None else model
        metrics = evaluate(scored, dev_items, labels)
        epoch_seconds = time.time() - t0
        f1 = metrics["overall"]["f1"]
        # "select": "last" keeps the final weights (e.g. the average over all epochs) whatever dev says: a
        # recipe fixed in advance rather than the best of a few near-equal checkpoints picked on dev.
        improved = f1 > best_f1 or tcfg.get("select") == "last"
        if improved:
            best_f1 = f1
        entry = {"epoch": epoch, "loss": total / max(n, 1), "seconds": round(epoch_seconds), "dev": metrics,
                 "best": improved}
        log.write(json.dumps(entry) + "\n")
        log.flush()
        print(format_table(metrics), f"(epoch {epoch}, {epoch_seconds:.0f}s{', best' if improved else ''})", flush=True)
        if improved:
            torch.save(run_bundle(built, scored, cfg, epoch, metrics, info), out / "best.pt")
        torch.save({"model": model.state_dict(), "optimizers": [o.state_dict() for o in opts],
                    "schedulers": [sc.state_dict() for sc in scheds],
                    "epoch": epoch, "best_f1": best_f1, "n_averaged": n_averaged,
                    "averaged": averaged.state_dict() if averaged is not None else None,
                    "rng": rng_state([batcher, *aux_batchers.values()])}, out / "last.pt")
    summary = {"name": cfg["name"], "best_dev_f1": best_f1, "minutes": round((time.time() - t_start) / 60, 1),
               "info": info, "finished": time.strftime("%Y-%m-%dT%H:%M:%S")}
    with open(out.parent / "index.jsonl", "a") as f:
        f.write(json.dumps(summary) + "\n")
    print(json.dumps(summary), flush=True)
    return summary


if __name__ == "__main__":
    main()
