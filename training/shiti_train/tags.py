"""BIOES label set, the transitions it allows, and tags <-> spans."""
from __future__ import annotations

import torch


def bioes_labels(types: list[str]) -> list[str]:
    return ["O"] + [f"{p}-{t}" for t in types for p in "BIES"]


def allowed_transitions(labels: list[str]):
    n = len(labels)
    ends_entity = lambda l: l == "O" or l[0] in "ES"  # noqa: E731  (a new chunk may start after these)
    allowed = torch.zeros(n, n, dtype=torch.bool)
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if ends_entity(a):
                allowed[i, j] = b == "O" or b[0] in "BS"
            else:  # inside B-X / I-X: must continue the same type
                allowed[i, j] = b[0] in "IE" and b[2:] == a[2:]
    start = torch.tensor([l == "O" or l[0] in "BS" for l in labels])
    end = torch.tensor([l == "O" or l[0] in "ES" for l in labels])
    return allowed, start, end


def spans_to_tags(n: int, spans, labels_index: dict[str, int]) -> list[int]:
    tags = ["O"] * n
    for s, e, t in spans:
        if e - s == 1:
            tags[s] = f"S-{t}"
        else:
            tags[s] = f"B-{t}"
            for i in range(s + 1, e - 1):
                tags[i] = f"I-{t}"
            tags[e - 1] = f"E-{t}"
    return [labels_index[x] for x in tags]


def tags_to_spans_strict(path: list[int], labels: list[str]):
    """Strict BIOES: S-X, or B-X (I-X)* E-X; anything else yields nothing (as the engine does)."""
    spans, start, etype = [], None, None
    for i, k in enumerate(path):
        lab = labels[k]
        if lab == "O":
            start = None
            continue
        p, t = lab[0], lab[2:]
        if p == "S":
            spans.append((i, i + 1, t))
            start = None
        elif p == "B":
            start, etype = i, t
        elif p == "I":
            if start is None or t != etype:
                start = None
        elif p == "E":
            if start is not None and t == etype:
                spans.append((start, i + 1, t))
            start = None
    return spans
