"""Masked-character pretraining of the tagger's encoder on the raw corpus, on CPU.

Usage: python -m shiti_train.mlm --config configs/news-v3-h160.json --data ../shared/data \
           --out training/.work/runs/mlm-h160 [--lines 0:466108] [--max-minutes 45] [--threads 2]

The config is the NER config the weights are meant for: its vocabularies, lexicon and model shape are built
exactly as `shiti_train.train` builds them, so the result is a bundle that config's `init_from` accepts (the
tag head and CRF stay untrained). 15 % of the characters of each raw sentence are corrupted (80 % to a mask
character, 10 % to a random one, 10 % left) *before* featurization, so no bigram or lexicon match can carry
the hidden character, and a softmax over the character vocabulary predicts it from the BiLSTM state there.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from . import summary
from .config import load_config_or_exit
from .features import encode
from .pseudo import parse_blocks, raw_sentences
from .train import build_everything, collate, load_data, optimizers_for, run_bundle, to_item

MASK_CHAR = "\ue000"  # private use: not in any vocabulary or lexicon word, so it encodes as unknown everywhere
NEWS_AND_PEOPLES_DAILY = (0, 466108)  # raw corpus lines: CCTV news transcripts, then People's Daily 1998


def corrupt(chars: list[str], rng: random.Random, random_chars: list[str], rate=0.15):
    """-> (corrupted chars, positions to predict)."""
    n = len(chars)
    picked = sorted(rng.sample(range(n), max(1, round(rate * n))))
    out = list(chars)
    for i in picked:
        r = rng.random()
        if r < 0.8:
            out[i] = MASK_CHAR
        elif r < 0.9:
            out[i] = rng.choice(random_chars)
    return out, picked


class MaskedBatches:
    """Endless shuffled batches of corrupted, encoded raw sentences with their prediction targets."""

    def __init__(self, sentences: list[str], built, batch_size: int, seed: int):
        self.sentences, self.built, self.batch_size = sentences, built, batch_size
        self.rng = random.Random(seed)
        self.random_chars = built.char_vocab.tokens[2:]

    def make(self, texts: list[str]):
        items, targets = [], []
        b = self.built
        for text in texts:
            chars = list(text)
            noisy, picked = corrupt(chars, self.rng, self.random_chars)
            enc = encode(noisy, b.char_vocab, b.bigram_vocab, b.lexicon, b.word_rows)
            items.append(to_item(enc, [0] * len(chars), []))
            targets.append((picked, b.char_vocab.ids([chars[i] for i in picked])))
        batch = collate(items)
        rows = [k for k, (picked, _) in enumerate(targets) for _ in picked]
        cols = [i for picked, _ in targets for i in picked]
        ids = [t for _, tid in targets for t in tid]
        return batch, torch.tensor(rows), torch.tensor(cols), torch.tensor(ids)

    def __iter__(self):
        order = list(range(len(self.sentences)))
        while True:
            self.rng.shuffle(order)
            for k in range(0, len(order) - self.batch_size + 1, self.batch_size):
                yield self.make([self.sentences[i] for i in order[k:k + self.batch_size]])


def masked_logits(model, head: nn.Module, batch, rows, cols, ids):
    """-> (logits, target ids) at the corrupted positions whose character is in the vocabulary."""
    h = model.encode(batch["char_ids"], batch["bigram_left_ids"], batch["bigram_right_ids"], batch["lexicon_feats"],
                     batch["lengths"], batch["lexicon_word_ids"])
    known = ids != 1  # an unknown character is no target
    return head(model.dropout(h[rows[known], cols[known]])), ids[known]


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--config", type=Path, required=True, help="the NER config the pretrained weights are for")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lines", default=f"{NEWS_AND_PEOPLES_DAILY[0]}:{NEWS_AND_PEOPLES_DAILY[1]}")
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--max-minutes", type=float, default=45)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--limit", type=int, default=0, help="use at most this many sentences (0: all)")
    args = p.parse_args(argv)
    t_start = time.time()
    torch.manual_seed(13)
    torch.set_num_threads(args.threads)
    cfg = load_config_or_exit(p, args.config)
    train_recs, dev_recs = load_data(cfg, args.data)
    built = build_everything(cfg, train_recs, dev_recs, data_root=args.data)
    model = built.model
    sentences = raw_sentences(args.data / "raw/zh_corpus.txt.xz", parse_blocks(args.lines), args.max_len)
    random.Random(13).shuffle(sentences)
    if args.limit:
        sentences = sentences[:args.limit]
    n_held = min(512, len(sentences) // 10)  # masked-character accuracy is measured on these, never trained on
    held_out, sentences = sentences[:n_held], sentences[n_held:]
    print(json.dumps({"sentences": len(sentences), **built.info, "raw_chars": sum(map(len, sentences))}), flush=True)

    head = nn.Linear(2 * model.lstm.hidden_size, len(built.char_vocab))
    opts, dense = optimizers_for(model, args.lr, extra=(head,))
    budget = args.max_minutes * 60
    probe = MaskedBatches(held_out, built, 64, seed=7)
    probe_batches = [probe.make(held_out[k:k + 64]) for k in range(0, len(held_out), 64)]
    args.out.mkdir(parents=True, exist_ok=True)
    log = open(args.out / "log.jsonl", "a")

    def checkpoint(step, chars_seen):
        model.eval()
        with torch.no_grad():
            hits = [(logits.argmax(-1) == ids).float().mean() for logits, ids in
                    (masked_logits(model, head, *b) for b in probe_batches)]
            acc = np.mean([float(x) for x in hits])
        model.train()
        entry = {"step": step, "chars": chars_seen, "minutes": round((time.time() - t_start) / 60, 1),
                 "held_out_accuracy": round(float(acc), 4)}
        log.write(json.dumps(entry) + "\n")
        log.flush()
        print(json.dumps(entry), flush=True)
        # A bundle `init_from` accepts: dev F1 0 so that the first NER epoch counts as an improvement.
        torch.save(run_bundle(built, model, cfg, -1, {"overall": {"f1": 0.0}}, {**built.info, "mlm": entry}),
                   args.out / "best.pt")

    chars_seen, total, n, last_save = 0, 0.0, 0, time.time()
    for step, (batch, rows, cols, ids) in enumerate(MaskedBatches(sentences, built, args.batch_size, seed=13)):
        loss = nn.functional.cross_entropy(*masked_logits(model, head, batch, rows, cols, ids))
        for o in opts:
            o.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(dense, 5.0)
        for o in opts:
            o.step()
        chars_seen += int(batch["lengths"].sum())
        total, n = total + float(loss), n + 1
        if step % 100 == 0:
            print(f"step {step} loss {total / n:.3f} chars {chars_seen} {time.time() - t_start:.0f}s", flush=True)
            total, n = 0.0, 0
        if time.time() - last_save > 600:
            checkpoint(step, chars_seen)
            last_save = time.time()
        if time.time() - t_start > budget:
            break
    checkpoint(step, chars_seen)


if __name__ == "__main__":
    main()
