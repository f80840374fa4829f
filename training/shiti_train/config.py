"""Run configs: read and checked against the keys the pipeline reads, before any data is loaded.

A misspelled optional key (`"adversarial_epsilom"`) was silently ignored and the run trained without it; a
misspelled required one was a bare KeyError after minutes of data loading. The schema below lists every key
that train.py, model.py, distill.py, export.py and the readers' specs read; a key added to the code must be
added here too (tests/test_config.py checks every config in training/configs/ against it).
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path


class ConfigError(ValueError):
    pass


class Free:
    """A value whose keys are data, not settings (a type map): not checked."""


class Req:
    """A key every config must have: wraps its schema (None: any value)."""
    def __init__(self, schema=None):
        self.schema = schema


class ListOf:
    def __init__(self, schema):
        self.schema = schema


# read_source's spec: where a corpus is and how to read it (train.read_source, _read_source).
SOURCE = {"format": Req(), "path": None, "root": None, "count": None, "seed": None, "limit": None,
          "skip_latin": None, "min_confidence": None, "type_map": Free, "strip_position_digits": None}

SCHEMA = {
    "name": Req(), "seed": None, "threads": None, "max_len": Req(), "types": None, "init_from": None,
    "embeddings": None, "training_data_description": None,
    "data": Req({
        "main": Req(SOURCE), "dev_fraction": Req(), "dev_split": None, "dev_seed": None,
        # data.extra: "fraction" of the corpus, "head" k >= 1 trains it through its own output layer
        "extra": ListOf(SOURCE | {"fraction": None, "head": None}),
    }),
    "lexicon": {
        "source": None,  # descriptive ("jieba"): the dictionary is always jieba's
        "min_freq": Req(), "max_words": None, "gazetteers": ListOf(SOURCE),
        "untype": {"source": Req(SOURCE), "min_occurrences": None, "max_name_share": None},
    },
    "model": Req({
        "char_dim": Req(), "bigram_dim": Req(), "hidden": Req(), "dropout": Req(), "max_chars": Req(),
        "max_bigrams": Req(), "layers": None, "word_dim": None, "proj_dim": None, "max_lexicon_words": None,
        "min_pretrained_char": None, "min_train_bigram": None, "min_pretrained_bigram": None,
        "freeze_bigrams": None, "encoder": None, "attention_layers": None, "attention_heads": None,
    }),
    "train": Req({
        "epochs": Req(), "batch_size": Req(), "lr": Req(), "lr_decay": None, "clip": None, "max_minutes": None,
        "adversarial_epsilon": None, "average": None, "select": None, "lexicon_dropout": None,
        "token_dropout": {"chars": None, "bigrams": None}, "segmentation_weight": None, "entity_replace": None,
        "distill": {"targets": Req(), "weight": Req()},
        "latin": {"share": Req(), "english": Req()},
        "replace_extra": {"prob": Req(), "share": Req()},
        "gold_extra": ListOf(SOURCE | {"repeat": None}),
    }),
}

# Keys only a retired version of the code read: a config that has them ran with that code, not this one.
RETIRED = {"train.latin.templates": "read only by the Latin generator v3 (b55013f, reverted in 38cfeac); "
                                    "the current generator takes train.latin.english"}


def validate(cfg: dict, where: str = "config") -> dict:
    """Raise ConfigError listing every unknown key (with the closest known one) and missing required key."""
    problems: list[str] = []
    _check(cfg, SCHEMA, "", problems)
    model = cfg.get("model") if isinstance(cfg, dict) else None
    if isinstance(model, dict) and model.get("word_dim") and "max_lexicon_words" not in model:
        problems.append("missing required key model.max_lexicon_words (the model has word_dim)")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems))
    return cfg


def _check(value, schema, path: str, problems: list[str]) -> None:
    if schema is None or schema is Free:
        return
    if isinstance(schema, Req):
        _check(value, schema.schema, path, problems)
        return
    if isinstance(schema, ListOf):
        if not isinstance(value, list):
            problems.append(f"{path} should be a list")
            return
        for i, item in enumerate(value):
            _check(item, schema.schema, f"{path}[{i}]", problems)
        return
    if not isinstance(value, dict):
        if value not in (None, False):  # an optional section switched off with null/false
            problems.append(f"{path} should be an object")
        return
    prefix = f"{path}." if path else ""
    for key in value:
        if key in schema:
            _check(value[key], schema[key], prefix + key, problems)
        elif prefix + key in RETIRED:
            problems.append(f"key {prefix}{key} is no longer read: {RETIRED[prefix + key]}")
        else:
            close = difflib.get_close_matches(key, list(schema), n=1)
            problems.append(f"unknown key {prefix}{key}" + (f" (did you mean {close[0]}?)" if close else ""))
    for key, sub in schema.items():
        if isinstance(sub, Req) and key not in value:
            problems.append(f"missing required key {prefix}{key}")
    if "format" in schema and value.get("format") not in (None, "synthetic") and "path" not in value:
        problems.append(f"missing required key {prefix}path (format {value['format']!r} reads a file)")
    if value.get("format") == "synthetic" and "count" not in value:
        problems.append(f"missing required key {prefix}count (format 'synthetic')")


def load_config(path: Path) -> dict:
    """The config file's JSON, validated."""
    path = Path(path)
    try:
        cfg = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path}: not JSON ({e})") from None
    return validate(cfg, str(path))


def load_config_or_exit(parser, path: Path) -> dict:
    """load_config for a command line: a bad config is a usage error (the message, no traceback)."""
    try:
        return load_config(path)
    except (ConfigError, OSError) as e:
        parser.error(str(e))
