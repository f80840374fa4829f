"""Write MODEL_CARD.md for a model folder from its manifest and training/ablations.json.

Usage: python -m shiti_train.card --model public/models/shiti-news-v1 [--bench bench.json]
(without --bench the card keeps the Speed section it already has)
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from . import summary

ABLATIONS = Path(__file__).resolve().parents[1] / "ablations.json"


NEWS_TYPES = ["PER", "LOC", "ORG"]


def metrics_table(m: dict, types: list[str] = NEWS_TYPES) -> str:
    rows = ["| type | P | R | F1 | support |", "|---|---|---|---|---|"]
    for t in [*types, "overall"]:
        if t in m:
            v = m[t]
            rows.append(f"| {t} | {v['p'] * 100:.2f} | {v['r'] * 100:.2f} | {v['f1'] * 100:.2f} | {v['support']} |")
    return "\n".join(rows)


def ablation_table(entries: list[dict]) -> str:
    rows = ["| run | what changed | epochs | minutes | dev F1 | note |", "|---|---|---|---|---|---|"]
    for e in entries:
        f1 = f"{e['dev_f1'] * 100:.2f}" if e.get("dev_f1") is not None else "–"
        rows.append(f"| {e['run']} | {e['change']} | {e.get('epochs', '–')} | {e.get('minutes', '–')} | {f1} | "
                    f"{e.get('note', '')} |")
    return "\n".join(rows)


def training_lines(training: dict) -> list[str]:
    kd = training.get("distillation")
    if not kd:
        return []
    lines = [f"- Knowledge distillation: the weights of `{training.get('continued_from', '?')}` trained on for "
             f"{training['epochs']} epoch{'s' if training['epochs'] != 1 else ''} with a loss",
             f"  {1 - kd['weight']:g} × CRF negative log-likelihood of the gold tags + {kd['weight']:g} × cross-entropy "
             "between the teacher's and",
             "  the student's CRF tag marginals, over the training sentences and "
             f"{kd['transfer_sentences']:,} unlabelled transfer sentences",
             "  (teacher marginals only; see Data)."]
    if training.get("latin_sentences"):
        latin = training["latin_sentences"]
        lines += ["  Each epoch also saw Latin-script sentences (`shiti_train.latin`; MSRA has no Latin letter): about",
                  f"  {latin['share'] * 100:g} % of the training sentences with names swapped for Latin ones, and "
                  f"{latin['english']:,} English",
                  "  template sentences, with their own gold tags as targets."]
    if training.get("mention_replacement"):
        swap = training["mention_replacement"]
        lines += ["  And copies of about "
                  f"{swap['share'] * 100:g} % of the training sentences with names, each name swapped with probability "
                  f"{swap['prob']:g}",
                  "  for another training name of its type (`train.replace_extra`, `shiti_train.augment`), with their "
                  "own gold tags as targets:",
                  "  the tagger learns to read the context around a name rather than remember the name."]
    for corpus in training.get("other_corpora", []):
        times = "once" if corpus["repeat"] == 1 else f"{corpus['repeat']} times"
        which = ", only its sentences without a Latin letter," if corpus.get("skip_latin") else ""
        lines += [f"  And the labelled sentences of `{corpus['path']}`{which} {times} each epoch (`train.gold_extra`),",
                  "  their names mapped onto PER/LOC/ORG, with their own gold tags as targets."]
    if training.get("weights"):
        lines.append(f"  Shipped weights: the {training['weights']}.")
    return lines


def trained_on_note(training: dict) -> str:
    """For the other-domain table: which of the shared data's corpora the model did see in training."""
    seen = [f"`{corpus['path']}`" for corpus in training.get("other_corpora", [])]
    return f" (it trained on {', '.join(seen)}, not on these files)" if seen else ""


# The calibration recipe (plain char + bigram BiLSTM-CRF, random init) on the official MSRA test and on
# a random 5 % of MSRA train, as the issue reports them; the same recipe retrained on our split (ablations
# "calibration-plain", seeds 13 and 14: the mean of the two) on our dev block, and on a random 5 % split
# ("calibration-plain-random").
CALIBRATION_TEST = {"overall": 87.2, "PER": 85.0, "LOC": 90.9, "ORG": 82.6}
CALIBRATION_DEV_SEEDS = ({"overall": 80.19, "PER": 86.20, "LOC": 76.41, "ORG": 76.95},
                         {"overall": 81.30, "PER": 86.29, "LOC": 78.66, "ORG": 77.85})
CALIBRATION_DEV = {k: sum(seed[k] for seed in CALIBRATION_DEV_SEEDS) / len(CALIBRATION_DEV_SEEDS)
                   for k in CALIBRATION_TEST}
CALIBRATION_RANDOM_SPLIT = {"issue": 91.4, "ours": 88.43}
# A student start (the one-layer news-v7-h160-adv-s14 of 2.2.0) on that random split and on our dev block: the
# only model of ours measured on both.
STUDENT_START = {"run": "news-v7-h160-adv-s14", "random": 93.83, "block": 87.85}


def test_estimate_lines(dev: dict) -> list[str]:
    """This model's dev F1 carried over to the official test by the calibration model's error ratio (test errors
    / dev-block errors), overall and per type; then the same if our run of the recipe is as much weaker on the
    test as it is on a random split than the issue's run. Estimates, said as such."""
    ratio = {k: (100 - CALIBRATION_TEST[k]) / (100 - CALIBRATION_DEV[k]) for k in CALIBRATION_TEST}
    est = {k: 100 - ratio[k] * (100 - dev[k]["f1"] * 100) for k in ratio if k in dev}
    added = dev["overall"]["f1"] * 100 + CALIBRATION_TEST["overall"] - CALIBRATION_DEV["overall"]
    weaker = (100 - CALIBRATION_RANDOM_SPLIT["ours"]) / (100 - CALIBRATION_RANDOM_SPLIT["issue"])
    low = 100 - ratio["overall"] * weaker * (100 - dev["overall"]["f1"] * 100)
    # Without our calibration run: the run's ratio of test to random-split errors, applied to the student
    # start's random-split errors, then scaled to this model by the two models' errors on our block.
    test_per_random = (100 - CALIBRATION_TEST["overall"]) / (100 - CALIBRATION_RANDOM_SPLIT["issue"])
    start_test = 100 - test_per_random * (100 - STUDENT_START["random"])
    via_random = 100 - (100 - start_test) * (100 - dev["overall"]["f1"] * 100) / (100 - STUDENT_START["block"])
    types = ", ".join(f"{k} {est[k]:.1f}" for k in ("PER", "LOC", "ORG") if k in est)
    seeds = " and ".join(f"{seed['overall']:.2f}" for seed in CALIBRATION_DEV_SEEDS)
    return ["Its recipe retrained on our split (`calibration-plain`: char + bigram BiLSTM-CRF, random init, no",
            f"lexicon, 5 epochs) scores {seeds} on this block with two seeds: for that model the official test has",
            f"{ratio['overall']:.2f} of this block's errors "
            f"({', '.join(f'{k} {ratio[k]:.2f}' for k in ('PER', 'LOC', 'ORG'))}). Carried over, this model's dev",
            f"errors suggest about {est['overall']:.1f} on the official test ({types}; {added:.1f} if the difference",
            "is added instead). That assumes our run of the recipe is as good as the issue's. On the issue's own",
            f"kind of split, a random 5 % of the sentences, it is not: it scores {CALIBRATION_RANDOM_SPLIT['ours']:.2f} "
            f"there, the issue's run {CALIBRATION_RANDOM_SPLIT['issue']:.1f}.",
            f"Had it made {weaker:.2f} times the issue's run's errors on the test as well, the estimate would be "
            f"about {low:.1f}.",
            f"A third way leaves our calibration run out: the issue's run made {test_per_random:.2f} times as many errors",
            f"on the test as on its random split; the student start of 2.2.0 (`{STUDENT_START['run']}`) scores "
            f"{STUDENT_START['random']:.2f} on a random split",
            f"and {STUDENT_START['block']:.2f} on this block, so at that ratio about {start_test:.1f} on the test, "
            f"and this model about {via_random:.1f}.",
            f"Estimates, not measurements: {min(low, via_random, est['overall']):.0f} to "
            f"{max(low, via_random, est['overall']):.0f}, against the issue's bar of 92.0."]


def model_lines(manifest: dict) -> list[str]:
    """The card's Model section: inputs, layers, training, size, normalization."""
    size = sum(f["bytes"] for f in manifest["files"])
    arch = manifest.get("architecture", {})
    dropped = manifest.get("lexicon", {}).get("types_dropped")
    return [
        "## Model",
        "",
        f"- Inputs per character: a {arch.get('char_dim')}-d character embedding, {arch.get('bigram_dim')}-d embeddings of the",
        "  left and right character bigrams (both pretrained with word2vec skip-gram on the 63.6 M-character raw corpus),",
        "  and 12 lexicon flags (B/M/E × word/PER/LOC/ORG) from matches against jieba's dictionary.",
        *(["  A word's PER/LOC/ORG types are jieba's own tags plus the types it has as an annotated name in "
           f"{', '.join(f'`{p}`' for p in manifest['lexicon']['types_from'])} (see Data); the lexicon holds jieba's words only."]
          if manifest.get("lexicon", {}).get("types_from") else []),
        *([f"  {dropped['count']} PER/LOC/ORG types of frequent words are switched off where `{dropped['corpus']}` shows "
           f"jieba's tag wrong: at least {dropped['min_occurrences']} occurrences there, under "
           f"{dropped['max_name_share']:.0%} of them inside a name of that type "
           "(两国 and 新建 as places, 令人 as a person); the words stay in the lexicon."]
          if dropped else []),
        *([f"- Lexicon word embeddings: for each character, the longest dictionary word that begins, covers, or ends",
           f"  at it (three slots), each embedded in {arch['word_dim']} dimensions; {arch.get('word_rows', 0):,} words have a row,",
           "  initialized with word2vec vectors trained on the raw corpus segmented by jieba (the frequent words)."]
          if arch.get("word_dim") else []),
        *([f"- A linear projection of the concatenated inputs to {arch['proj_dim']} dimensions (INT8), so that the LSTM's",
           "  input multiplication, most of its work in onnxruntime-web, does not grow with the inputs."]
          if arch.get("proj_dim") else []),
        f"- {'One BiLSTM layer' if arch.get('layers', 1) == 1 else str(arch['layers']) + ' stacked BiLSTM layers'} "
        f"({arch.get('hidden')} units per direction), a linear layer to "
        f"{len(manifest['labels'])} BIOES "
        "emissions, and a linear-chain CRF",
        "  whose transitions are in `manifest.json`; the engine runs Viterbi and forward–backward (entity `score` =",
        "  mean marginal probability of its tags).",
        *training_lines(manifest.get("training", {})),
        f"- {arch.get('parameters', 0) / 1e6:.1f} M parameters; dynamic INT8 quantization (`onnxruntime.quantization`)",
        "  of the embedding tables and projections, unsigned weights; the LSTM stays FP32 (see the "
        + ("ablations)." if manifest["entity_types"] == NEWS_TYPES else "news model's ablations)."),
        "  All runtime files together: "
        f"**{size / 1e6:.2f} MB** ({', '.join(f['name'] + ' ' + format(f['bytes'] / 1e6, '.2f') + ' MB' for f in manifest['files'])}).",
        f"- Input normalization: half-width ASCII → full-width, whitespace → U+3000, zero-width characters dropped, combining marks kept with the character before them",
        f"  ({'MSRA is entirely full-width' if manifest['entity_types'] == NEWS_TYPES else 'the training text was read the same way'}). "
        "One sentence per window, as in training, and at most",
        f"  {manifest['max_window']} characters (docs/model-contract.md, \"Windows\").",
        "",
    ]


def data_lines(manifest: dict) -> list[str]:
    return [
        "## Data and terms",
        "",
        *[f"- {d}" for d in manifest["training_data"]],
        "",
        "The NER corpora's licences are unknown (see `../shared/data/ner/README.md`); the raw corpus is for research and",
        "learning use (CCTV transcripts, PRC laws, People's Daily 1998, Weibo). None of their text is in this folder; the",
        "vocabularies list single characters and character pairs. jieba's dictionary is MIT-licensed.",
        "",
    ]


def threshold_lines(metrics: dict) -> list[str]:
    """What the page's confidence slider trades on the dev block (metrics.dev_thresholds)."""
    steps = {round(s["min_score"], 2): s for s in metrics.get("dev_thresholds", [])}
    if 0.3 not in steps:
        return []
    pr = lambda t: f"{steps[t]['p'] * 100:.1f} / {steps[t]['r'] * 100:.1f}"  # noqa: E731
    more = ", ".join(f"at {t:.2f} {pr(t)}" for t in (0.5, 0.7, 0.9, 0.95) if t in steps)
    return ["What the page's confidence slider trades (`metrics.dev_thresholds`, shown under the slider), as",
            f"precision / recall of the dev names scoring at least the threshold: at 0.30 (the default) {pr(0.3)},",
            f"{more}.", ""]


def render(manifest: dict, ablations: list[dict], bench: dict | None, kept_speed: list[str] | None = None) -> str:
    if manifest["entity_types"] != NEWS_TYPES:
        return render_fine(manifest, bench, kept_speed)
    metrics = manifest["metrics"]
    dev = metrics.get("dev_int8_onnx") or metrics["dev"]
    lines = [
        f"# {manifest['title']} — `{manifest['id']}` {manifest['version']}",
        "",
        "Chinese named-entity recognition for person (PER), location (LOC) and organization (ORG) names in news-style",
        "text, trained from scratch (no pretrained language model exists on our machines) and shipped as an INT8 ONNX",
        "model for onnxruntime-web's WASM backend. The Shiti site and `npm run annotate` run it; nothing leaves the",
        "user's machine.",
        "",
        *model_lines(manifest),
        *data_lines(manifest),
        "## Metrics",
        "",
        f"Dev split: {metrics.get('dev_split', '')}. Exact span match, per type.",
        "",
        "INT8 model in onnxruntime (what ships):" if "dev_int8_onnx" in metrics else "PyTorch FP32:",
        "",
        metrics_table(dev),
        "",
    ]
    lines += quantization_parity_lines(metrics)
    lines += threshold_lines(metrics)
    if metrics.get("hand_written"):
        lines += ["Hand-written sets (`training/eval/`, CLUENER format, `npm run eval -- training/eval/<set>.jsonl`):",
                  "sentences written for this project, most with names in Latin letters, inside Chinese and in English,",
                  "and Latin text holding no name; MSRA, and so the dev block, has no Latin letter. In",
                  "`mixed-script-unseen` no Latin word of a name is in the word lists the training sentences drew on;",
                  "half of `mixed-script-heldout` is Latin text that looks like a name and is none (it measures precision).",
                  "`genres-heldout` is Chinese only: court papers, medical notes, resumes, news, everyday posts.",
                  "", "| set | P | R | F1 | names |", "|---|---|---|---|---|"]
        lines += [f"| {name} | {m['overall']['p'] * 100:.2f} | {m['overall']['r'] * 100:.2f} | "
                  f"{m['overall']['f1'] * 100:.2f} | {m['overall']['support']} |"
                  for name, m in metrics["hand_written"].items()]
        lines.append("")
    if metrics.get("other_domains"):
        lines += ["Other domains (`npm run eval -- <file>`), files of the shared data this model never trained on"
                  f"{trained_on_note(manifest.get('training', {}))}, their",
                  "types mapped onto PER/LOC/ORG (Weibo: *.NAM, GPE as LOC, nominal mentions not scored; Resume: NAME,",
                  "CONT as LOC, ORG, LOC; CLUENER: name, address and scene as LOC, organization, government and company",
                  "as ORG). Part of the gap is their conventions, not the model: a Resume LOC is a phrase such as",
                  "中国国籍 or 辽宁海城人 (the model finds 中国, 海城) and a bare 公司 or 本公司 is a Resume ORG; CLUENER",
                  "leaves most country names unlabelled (中国, 美国, 日本 are the model's commonest LOC it counts as wrong).",
                  "Part is the model: it misses brands, websites and sports clubs (Weibo 新浪, 淘宝, 京东; CLUENER 曼联,",
                  "拉齐奥), names MSRA's 1990s news hardly holds.",
                  "", "| corpus | PER F1 | LOC F1 | ORG F1 | P | R | F1 | names |", "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {name} | " + " | ".join(f"{m[t]['f1'] * 100:.2f}" if t in m else "–" for t in ("PER", "LOC", "ORG"))
                  + f" | {m['overall']['p'] * 100:.2f} | {m['overall']['r'] * 100:.2f} | {m['overall']['f1'] * 100:.2f}"
                  f" | {m['overall']['support']} |" for name, m in metrics["other_domains"].items()]
        lines.append("")
    lines += ["The official MSRA test set is kept out of this repository and is measured independently with",
              "`npm run annotate`; the contiguous dev block above is the only number measured here. It is a",
              "harder block than a random split (shop, restaurant and local-office names, literary figures): a",
              "calibration model that scored 91.4 on a random 5 % split scored 87.2 on the official test.",
              *test_estimate_lines(dev),
              "What did not",
              "help on dev (weight averaging, self-training on pseudo-labelled People's Daily text, frozen bigram",
              "vectors, mention replacement in place of the original sentences (as extra copies beside them it helped:",
              "2.4.0), People's Daily 1998 through a separate head, a faster input projection,",
              "ensembles of the models we had, distilling a 3-model ensemble rather than one teacher, distilling into",
              "the 200-unit model, adversarial training in the distillation step, the student's start as a second",
              "teacher, a small transformer in place of the BiLSTM or an attention layer on top of it; an adversarially trained teacher, whose students read English sentences as names until",
              "Latin-script sentences joined the distillation) is in the ablation table; masked-LM pretraining needs a GPU this",
              "project did not have. `python -m shiti_train.compare` gives a paired-bootstrap interval for a dev",
              "difference: on these 2,023 entities its 95 % interval is ±0.45 F1 wide for two close checkpoints and",
              "±0.9 for two different models, so smaller differences in the table are not evidence.", ""]
    lines += speed_lines(bench, kept_speed)
    lines += ["## What we tried (ablations)", "",
              "Dev F1 on the same contiguous dev block, PyTorch FP32, at the end of the epoch budget given.", "",
              ablation_table(ablations), "",
              "## Known limits", "",
              "- Trained mostly on 1990s People's Daily news (MSRA): names in Weibo posts, resumes, legal or medical text are",
              "  found less reliably (other domains above: on Weibo posts about half the names, and brands, websites",
              "  and clubs hardly ever). Web addresses, e-mail addresses, @, #, * and emoji are never part of a name:",
              "  decoding forces them outside (contract step 7a; 2.5.2 read `**周敏**、孙强` in Markdown as `周敏**`).",
              "  An emoji is fed as a space (contract step 2): fed as an unknown unit it cost the names beside it.",
              "  A name holds its brackets in pairs: one the model left open is closed when its closer follows, else the",
              "  name is cut there (比尔·盖茨(Bill Gates, contract step 8).",
              "- MSRA's conventions: a court-style anonymised name is its surname alone (张某某 and 李某 give 张 and 李, as",
              "  MSRA's gold writes 梁/nr 某/o), and 北京某某科技有限公司 gives 北京 (LOC) and 科技有限公司 (ORG).",
              "- Names in Latin letters were learnt from generated sentences only (`shiti_train.latin`): most are found",
              "  (hand-written sets above), but a bare one-word name is often given the wrong type (Tesla, Bosch as LOC;",
              "  Alice as LOC in the page's \"tricky\" sample), and a capitalized word or acronym that is no name (Our,",
              "  Tuesday, Ubuntu, HTML) is now and then tagged.",
              "- A place name followed by a phrase such as 新建研发中心 often runs on into one name with it: in six",
              "  sentences written for the check, 2.5.0 reads 慕尼黑新建研发中心 and 卢森堡扩建结算中心 as ORG and",
              "  伦敦新建交易中心 as LOC, and so is 法兰克福新建数据中心 in the page's \"business\" sample (2.4.0 got that one",
              "  and 伦敦 right; a rerun of the 2.4.0 recipe on the same start and teacher as 2.5.0 makes all four errors).",
              "- Trained on Simplified Chinese. Traditional text is mapped by two tables from opencc-js of equal length",
              "  on both sides, so offsets stay exact: words the characters alone get wrong first (`t2s-phrases.txt`:",
              "  傢俱 → 家具, Taiwan's 紐西蘭 → 新西兰), then character by character (`t2s.txt`). The dev block written in",
              "  Taiwan or Hong Kong characters scores as written (88.89, 2.5.3 on 2026-12-06; with characters only,",
              "  2.5.0 scored 88.36). Regional words whose forms differ in length (沙烏地阿拉伯) are not converted. The",
              "  character table reads CJK radical code points, which text out of PDFs often holds (⼈⺠ for 人民), as",
              "  the ideographs.",
              "- Three types only (PER/LOC/ORG), MSRA conventions: e.g. 中共中央 is ORG, nationalities are not LOC.",
              "- A sentence longer than 256 characters is cut into overlapping windows; an entity is kept from the",
              "  window that sees it whole, but the model's context stops at the window's edge.", ""]
    return "\n".join(lines)


def render_fine(manifest: dict, bench: dict | None, kept_speed: list[str] | None = None) -> str:
    """The card of a model with types beyond PER/LOC/ORG (shiti-cluener-v1: CLUENER's ten)."""
    metrics = manifest["metrics"]
    dev = metrics.get("dev_int8_onnx") or metrics["dev"]
    types = manifest["entity_types"]
    lines = [
        f"# {manifest['title']} — `{manifest['id']}` {manifest['version']}",
        "",
        f"Chinese named-entity recognition for {len(types)} types ({', '.join(types)}), trained from scratch on",
        "CLUENER2020's training set and shipped as an INT8 ONNX model for onnxruntime-web's WASM backend, beside the news",
        "model `shiti-news-v1`, which stays the default. Each model reads names by the conventions of its corpus: on",
        "the news model's MSRA dev block, scored as PER/LOC/ORG (COMPANY and GOV as ORG, SCENE as LOC:",
        "`npm run eval -- … --as-news`), this model scores 54.49 against the news model's 88.89 (CLUENER leaves most",
        "country names unlabelled, MSRA marks them); on this model's dev block, scored the same way, 79.42 against",
        "47.23. The Shiti site offers it on the Model tab; nothing leaves the user's machine.",
        "",
        "CLUENER's types as this model names them: name → PER, address → LOC, organization → ORG (schools, teams,",
        "bands, associations), company → COMPANY, government → GOV, position → POSITION (职位 such as 总经理, 教授),",
        "scene → SCENE (attractions, parks), book → BOOK, movie → MOVIE (films and TV series), game → GAME.",
        "",
        *model_lines(manifest),
        *data_lines(manifest),
        "## Metrics",
        "",
        f"Dev split: {metrics.get('dev_split', '')}. Exact span match, per type (`npm run eval -- dev.json",
        "--format cluener --model shiti-cluener-v1` gives the same figures through the engine).",
        "",
        "INT8 model in onnxruntime (what ships):" if "dev_int8_onnx" in metrics else "PyTorch FP32:",
        "",
        metrics_table(dev, types),
        "",
    ]
    lines += quantization_parity_lines(metrics)
    lines += threshold_lines(metrics)
    lines += ["For scale, the CLUENER2020 paper's baselines on its official dev set (kept out of this repository and",
              "measured independently, a different set from the block above): BiLSTM-CRF 70.00, BERT-base 78.82,",
              "RoBERTa-wwm-large 80.42 F1. The block above is not that set; the figures are not directly comparable.", ""]
    lines += speed_lines(bench, kept_speed)
    lines += ["## Known limits", "",
              "- Trained on 9,673 short sentences (CLUENER's news headlines and leads, about 37 characters each), a",
              "  fifth of what the news model saw. Its weakest types are LOC and SCENE (table above): CLUENER's",
              "  addresses are long spans whose edges are hard to hit exactly, and attractions look like places.",
              "- CLUENER's conventions: LOC is an address as written (北京市海淀区中关村大街 is one LOC), a",
              "  position is a title (总经理, 主席), and bare country names are mostly left unlabelled.",
              "- Trained on Simplified Chinese; Traditional text is mapped word by word where the characters alone",
              "  go wrong (`t2s-phrases.txt`: 傢俱 → 家具), then character by character (`t2s.txt`).",
              "- Emoji are never part of a name (contract step 7a), and a name holds its brackets in pairs (contract",
              "  step 8): since 1.0.2 the engine scores 75.82 on the dev block, not 76.54, because CLUENER's texts are cut",
              "  out of longer ones and 21 of its dev titles begin before the text does, gold as `模拟饭店2》` (238 of the 240",
              "  such names in train.json start the text); the engine reads `模拟饭店2`. Other types are unchanged.",
              "- Web addresses, e-mail addresses, @, # and * (Markdown emphasis, `**周敏**`; since 1.0.3) are never part of",
              "  a name either: decoding forces them outside (contract step 7a).",
              "- A sentence longer than 256 characters is cut into overlapping windows; an entity is kept from the",
              "  window that sees it whole, but the model's context stops at the window's edge.", ""]
    return "\n".join(lines)


def speed_lines(bench: dict | None, kept: list[str] | None) -> list[str]:
    """The Speed section: from this bench run, else the one the card already had (kept)."""
    if bench:
        return ["## Speed (`npm run bench`)", "", "```", json.dumps(bench, indent=1), "```", ""]
    return kept or []


def existing_speed_section(card: Path) -> list[str] | None:
    """The `## Speed` section of a card already written, up to the next `## ` heading: a card rewritten without
    --bench (reproduce-cluener.sh, or a machine where `npm run bench` failed) keeps the speed measured before
    rather than losing it."""
    if not card.exists():
        return None
    lines = card.read_text(encoding="utf-8").split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith("## Speed")), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def quantization_parity_lines(metrics: dict) -> list[str]:
    """INT8 against FP32 as measured at export, both on that day's preprocessing. The FP32 model is not shipped, so
    `rescore` measures the INT8 model again after a preprocessing change but cannot measure FP32: say which is which
    rather than set a new INT8 figure against an old FP32 one."""
    if "dev_fp32_onnx" not in metrics:
        return []
    fp32, delta = metrics["dev_fp32_onnx"]["overall"]["f1"], metrics["int8_minus_fp32_f1"]
    int8_then, int8_now = round(fp32 + delta, 4), metrics["dev_int8_onnx"]["overall"]["f1"]
    line = (f"At export, on one preprocessing: FP32 ONNX overall F1 {fp32 * 100:.2f}, INT8 {int8_then * 100:.2f}, "
            f"INT8 − FP32 = {delta * 100:+.2f} points.")
    if abs(int8_then - int8_now) >= 0.00005:
        line += (f" The INT8 figure above ({int8_now * 100:.2f}) was measured again (`shiti_train.rescore`) after later "
                 "changes to the preprocessing; the FP32 model is not shipped, so it was not.")
    return [line, ""]


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--model", type=Path, required=True)
    p.add_argument("--bench", type=Path, default=None)
    args = p.parse_args(argv)
    manifest = json.loads((args.model / "manifest.json").read_text())
    ablations = json.loads(ABLATIONS.read_text()) if ABLATIONS.exists() else []
    bench = json.loads(args.bench.read_text()) if args.bench else None
    card = args.model / "MODEL_CARD.md"
    kept = None if bench else existing_speed_section(card)
    card.write_text(render(manifest, ablations, bench, kept), encoding="utf-8")


if __name__ == "__main__":
    main()
