"""The whole pipeline on a few hundred synthetic sentences: train -> export -> INT8 -> parity fixture ->
onnxruntime-web load in Node. Checks that the pipeline works, not the score; needs nothing from ../shared."""
import json
import lzma
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from shiti_train import embeddings, export, train

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pipeline")
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["train"]["epochs"] = 1
    run_dir = tmp / "run"
    summary = train.run(cfg, tmp / "no-data-needed", run_dir)
    assert (run_dir / "best.pt").exists() and summary["info"]["train_sentences"] == 360
    out = tmp / "model"
    export.export(run_dir, out, "pytest-tiny", data_root=None)
    return out


def test_model_folder_matches_contract(model_dir):
    manifest = json.loads((model_dir / "manifest.json").read_text())
    assert manifest["labels"][0] == "O" and len(manifest["labels"]) == 13
    for f in manifest["files"]:
        data = (model_dir / f["name"]).read_bytes()
        assert len(data) == f["bytes"] and export.hashlib.sha256(data).hexdigest() == f["sha256"]
    trans = np.array(manifest["decoding"]["transitions"])
    assert trans.shape == (13, 13) and (trans <= -9999).any()  # illegal BIOES moves are closed
    import onnx
    graph = onnx.load(str(model_dir / "model.onnx")).graph
    ops = {n.op_type for n in graph.node}
    matmuls = [n for n in graph.node if n.op_type == "MatMulInteger"]
    assert len(matmuls) == 2, ops  # really INT8: the input projection and the output layer
    embedding_tables = [i for i in graph.initializer if i.name.endswith("emb.weight_quantized")]
    # char, bigram and lexicon-word tables
    assert len(embedding_tables) == 3 and all(i.data_type == onnx.TensorProto.UINT8 for i in embedding_tables)
    assert "lexicon_word_ids" in manifest["onnx"]["inputs"] and manifest["lexicon"]["word_slots"] == ["B", "M", "E"]


def test_parity_fixture_is_reproducible(model_dir):
    parity = json.loads((model_dir / "parity.json").read_text())
    tagger = export.OnnxTagger.from_folder(model_dir)
    assert len(parity["cases"]) >= 20
    for case in parity["cases"]:
        enc, ents = tagger.window_entities(case["text"])
        assert export.window_offsets(case["text"], tagger.max_window, tagger.pair_quotes) == case["windows"], case["name"]
        assert enc.char_ids.tolist() == case["char_ids"], case["name"]
        assert [(e["start"], e["end"], e["type"]) for e in ents] == \
            [(e["start"], e["end"], e["type"]) for e in case["entities"]]
        for e in case["entities"]:
            assert e["text"] == export._utf16_slice(case["text"], e["start"], e["end"])


def test_compare_scores_a_model_folder_against_its_run(model_dir, capsys):
    """A shipped folder stands in for a run: scored through the INT8 model, paired with the run it came from."""
    from shiti_train import compare
    compare.main(["--config", str(REPO / "training/configs/tiny.json"), "--data", str(model_dir / "no-data-needed"),
                  "--samples", "200", str(model_dir.parent / "run"), str(model_dir)])
    run_row, folder_row = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert folder_row["run"] == str(model_dir) and folder_row["vs_first"]["samples"] == 200
    assert folder_row["dev"]["support"] == run_row["dev"]["support"] > 0
    # INT8 rounding may move a span or two, not the score
    assert abs(folder_row["dev"]["f1"] - run_row["dev"]["f1"]) <= 0.05


def test_rescore_rebuilds_the_held_out_scores_from_the_folder_alone(model_dir, tmp_path):
    """A shipped folder without its run gets the hand-written sets scored again, the model files untouched."""
    from shiti_train import rescore
    folder = tmp_path / "shipped"
    shutil.copytree(model_dir, folder)
    recorded = json.loads((folder / "manifest.json").read_text())
    before = {f.name: f.read_bytes() for f in folder.iterdir() if f.name != "manifest.json"}
    stripped = dict(recorded, metrics={k: v for k, v in recorded["metrics"].items() if k != "hand_written"})
    export.write_manifest(folder, stripped)
    rescore.main(["--model", str(folder)])
    again = json.loads((folder / "manifest.json").read_text())
    assert set(again["metrics"]["hand_written"]) == {p.stem for p in (REPO / "training/eval").glob("*.jsonl")}
    assert again == recorded  # the export's own scores, from the INT8 file and the manifest alone
    assert {f.name: f.read_bytes() for f in folder.iterdir() if f.name != "manifest.json"} == before


def test_int8_model_loads_in_onnxruntime_web(model_dir):
    node = shutil.which("node")
    if node is None or not (REPO / "node_modules/onnxruntime-web").exists():
        pytest.skip("node or node_modules/onnxruntime-web missing (run npm ci)")
    res = subprocess.run([node, str(REPO / "scripts/check-onnx-web.mjs"), str(model_dir / "model.onnx")],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.strip().splitlines()[-1])["ok"] is True


def test_self_training_with_weight_averaging(model_dir, tmp_path):
    """Teacher pseudo-labels unlabelled sentences -> JSON lines -> a student, started from the teacher,
    trains on gold + pseudo with weight averaging. Checks the plumbing, not the score."""
    from shiti_train import pseudo
    from shiti_train.synthetic import synthetic_records
    raw = [r.text for r in synthetic_records(60, 99)]
    kept, confidence = pseudo.pseudo_label(model_dir.parent / "run", raw, min_prob=0.0)
    assert len(kept) == 60 and confidence.shape == (60,) and ((0 <= confidence) & (confidence <= 1)).all()
    labelled = tmp_path / "pseudo.jsonl"
    labelled.write_text("".join(json.dumps({"text": r.text, "spans": r.spans, "confidence": float(c)},
                                           ensure_ascii=False) + "\n" for r, c in kept), encoding="utf-8")
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["data"]["extra"] = [{"format": "jsonl", "root": "repo", "path": str(labelled)}]
    cfg["train"].update(epochs=2, average=True, entity_replace=0.3)
    cfg["init_from"] = str(model_dir.parent / "run" / "best.pt")  # the teacher's weights and vocabularies
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "student")
    assert summary["info"]["train_sentences"] == 360 + 60
    teacher = export.torch.load(model_dir.parent / "run" / "best.pt")
    assert summary["info"]["chars"] == len(teacher["chars"]) and summary["info"]["word_rows"] == len(teacher["word_rows"])
    log = [json.loads(line) for line in (tmp_path / "student/log.jsonl").read_text().splitlines()]
    assert [e["epoch"] for e in log] == [0, 1]


def test_embedding_pretraining_runs(tmp_path):
    raw = tmp_path / "raw.txt.xz"
    with lzma.open(raw, "wt", encoding="utf-8") as f:
        for i in range(300):
            f.write(f"第{i}天，张伟在北京大学读书，王芳去了上海。\n")
    embeddings.main(["--raw", str(raw), "--out", str(tmp_path / "emb"), "--char-dim", "8", "--bigram-dim", "4",
                     "--epochs", "1", "--workers", "1"])
    from gensim.models import KeyedVectors
    kv = KeyedVectors.load(str(tmp_path / "emb/char.kv"))
    assert kv["北"].shape == (8,)
    assert "北京" in KeyedVectors.load(str(tmp_path / "emb/bigram.kv"))


def test_auxiliary_head_trains_and_stays_out_of_the_export(tmp_path):
    """A second corpus with its own output layer + CRF (`"head": 1`): trained alongside, not exported."""
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["data"]["extra"] = [{"format": "synthetic", "count": 80, "seed": 5, "head": 1}]
    cfg["train"]["epochs"] = 1
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    assert summary["info"]["train_sentences"] == 360 and summary["info"]["aux_sentences"] == {1: 80}
    bundle = export.torch.load(tmp_path / "run" / "best.pt")
    assert {"aux_out.0.weight", "aux_crf.0.transitions"} <= set(bundle["model"])
    _, model = export.load_run(tmp_path / "run")
    assert not hasattr(model, "aux_out") or len(model.aux_out) == 0
    out = tmp_path / "model"
    export.export(tmp_path / "run", out, "pytest-aux", data_root=None)
    import onnx
    assert [o.name for o in onnx.load(str(out / "model.onnx")).graph.output] == ["emissions"]


def test_a_config_with_its_own_types_trains_exports_and_gets_its_card(tmp_path):
    """`types` (a fine-grained model's, such as CLUENER's ten): labels, manifest, parity and card follow them."""
    from shiti_train import card
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["train"]["epochs"] = 1
    cfg["types"] = ["PER", "LOC", "ORG", "GAME"]  # synthetic sentences hold no GAME: the label exists all the same
    train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    out = tmp_path / "model"
    manifest = export.export(tmp_path / "run", out, "pytest-fine", data_root=None)
    assert manifest["entity_types"] == ["PER", "LOC", "ORG", "GAME"]
    assert len(manifest["labels"]) == 17 and manifest["labels"][-4:] == ["B-GAME", "I-GAME", "E-GAME", "S-GAME"]
    assert np.array(manifest["decoding"]["transitions"]).shape == (17, 17)
    assert "other_domains" not in manifest["metrics"] and "hand_written" not in manifest["metrics"]
    text = card.render(manifest, [], None)
    assert "| PER |" in text and "(PER, LOC, ORG, GAME)" in text and "## What we tried" not in text


def test_segmentation_head_trains_and_stays_out_of_the_export(tmp_path):
    """`train.segmentation_weight`: a B/M/E/S head learns the corpus's word boundaries next to the tags."""
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["train"].update(epochs=1, segmentation_weight=0.5)
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    assert summary["info"]["segmented_sentences"] == 360
    bundle = export.torch.load(tmp_path / "run" / "best.pt")
    assert "aux_seg.weight" in bundle["model"]
    out = tmp_path / "model"
    export.export(tmp_path / "run", out, "pytest-seg", data_root=None)
    import onnx
    assert [o.name for o in onnx.load(str(out / "model.onnx")).graph.output] == ["emissions"]


def test_adversarial_training_with_token_dropout_learns(tmp_path):
    """`train.adversarial_epsilon` and `train.token_dropout` through the real training loop: the tagger
    still learns the synthetic entities (the plain tiny run reaches about 0.98 after two epochs)."""
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["train"].update(adversarial_epsilon=0.05, token_dropout={"chars": 0.02, "bigrams": 0.1})
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    assert summary["best_dev_f1"] > 0.8


def test_gold_extra_sentences_join_every_epoch(tmp_path, capsys):
    """`train.gold_extra`: another labelled corpus beside the main one, encoded once, in every epoch."""
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["train"].update(epochs=2, gold_extra=[{"format": "synthetic", "count": 40, "seed": 5, "repeat": 2}])
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    assert capsys.readouterr().out.count("other corpora: 80 extra sentences") == 1
    assert summary["info"]["train_sentences"] == 360 and summary["best_dev_f1"] > 0.8


def test_segmentation_targets_follow_normalization():
    rec = train.readers.Record("北京\u200b大学好", [], words=[(0, 5), (5, 6)])
    # The zero-width space is dropped before the model sees the text, so the word it sat in is left out.
    assert train.segmentation_tags(rec).tolist() == [-100, -100, -100, -100, 3]
    rec = train.readers.Record("北京大学好", [], words=[(0, 4), (4, 5)])
    assert train.segmentation_tags(rec).tolist() == [0, 1, 1, 2, 3]
    assert train.segmentation_tags(train.readers.Record("好")).tolist() == [-100]


def test_distillation_from_a_teacher_with_transfer_sentences(model_dir, tmp_path, capsys):
    """Teacher marginals for the training sentences and for unlabelled transfer text -> a student trained on
    gold tags + marginals. The teacher's dev score is reported; the student trains on 360 + 40 sentences,
    plus mention-replaced copies whose targets are their own gold tags."""
    from shiti_train import distill
    from shiti_train.synthetic import synthetic_records
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    transfer = [r.text for r in synthetic_records(40, 77)]
    targets = tmp_path / "targets.npz"
    teacher = model_dir.parent / "run"
    report = distill.write_targets(cfg, tmp_path / "no-data-needed", [teacher, teacher], transfer, targets)
    assert report["train_sentences"] == 360 and report["transfer_sentences"] == 40
    assert 0.0 <= report["teacher_dev"]["f1"] <= 1.0
    z = np.load(targets)
    assert z["train_probs"].shape == (z["train_lengths"].sum(), 13)
    assert np.allclose(z["transfer_probs"].astype(np.float32).sum(1), 1.0, atol=1e-2)  # distributions per char
    sentences = [list(t) for t in transfer[:9]]  # two processes sharing a teacher's pass give the same marginals
    one, two = (distill.teacher_marginals([teacher], sentences, workers) for workers in (1, 2))
    assert one[0] == two[0] and len(two[1]) == 9 and all(np.allclose(a, b, atol=1e-6) for a, b in zip(one[1], two[1]))
    softer = distill.teacher_marginals([teacher], sentences, 1, temperature=2.0)[1]  # the teacher's scores halved

    def entropy(probs):
        return np.mean([-(p * np.log(np.maximum(p, 1e-12))).sum(1).mean() for p in probs])
    assert all(np.allclose(p.sum(1), 1.0, atol=1e-4) for p in softer) and entropy(softer) > entropy(one[1]) + 0.01
    cfg["train"].update(epochs=2, average=True, select="last", distill={"targets": str(targets), "weight": 0.5},
                        replace_extra={"share": 0.5, "prob": 1.0})
    # a corpus in which jieba's LOC 城市 is never a name and its LOC 北京 always is
    lines = [{"text": "城市北京", "spans": [[2, 4, "LOC"]]}] * 20
    (tmp_path / "no-data-needed").mkdir()
    (tmp_path / "no-data-needed/pd.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                                      encoding="utf-8")
    cfg["lexicon"]["untype"] = {"source": {"format": "jsonl", "path": "pd.jsonl"}, "min_occurrences": 20}
    capsys.readouterr()
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "student")
    replaced = [int(n) for n in re.findall(r"mention replacement: (\d+) extra sentences", capsys.readouterr().out)]
    assert len(replaced) == 2 and all(100 < n < 260 for n in replaced), replaced  # about half of 360, each epoch
    assert summary["info"]["transfer_sentences"] == 40
    assert np.isfinite(json.loads((tmp_path / "student/log.jsonl").read_text().splitlines()[0])["loss"])
    assert export.torch.load(tmp_path / "student/best.pt")["epoch"] == 1  # "select": "last", whatever dev says
    manifest = export.export(tmp_path / "student", tmp_path / "model", "pytest-student", data_root=None)
    assert manifest["training"]["distillation"] == {"weight": 0.5, "transfer_sentences": 40}
    assert manifest["lexicon"]["types_dropped"] == {"corpus": "pd.jsonl", "min_occurrences": 20,
                                                    "max_name_share": 0.05, "count": 1}
    from shiti_train.lexicon import read_lexicon
    shipped = read_lexicon(tmp_path / "model/lexicon.txt")
    assert shipped["城市"] == 1 and shipped["北京"] == 5  # WORD only; WORD | LOC
    assert manifest["training"]["weights"] == "average of the weights after each epoch"
    from shiti_train import card
    assert manifest["training"]["mention_replacement"] == {"share": 0.5, "prob": 1.0}
    rendered = card.render(manifest, [], None)
    assert "Knowledge distillation" in rendered and "each name swapped with probability 1" in rendered
    assert "1 PER/LOC/ORG types of frequent words are switched off where `pd.jsonl` shows" in rendered
    # other corpora trained on (train.gold_extra) are named in the summary and the card
    weibo = {"format": "bio", "path": "ner/weibo/weiboNER_2nd_conll.train", "repeat": 1, "skip_latin": True}
    summary_cfg = {**cfg, "train": {**cfg["train"], "gold_extra": [weibo]}}
    training = export.training_summary(summary_cfg, export.torch.load(tmp_path / "student/best.pt"))
    assert training["other_corpora"] == [{"path": weibo["path"], "repeat": 1, "skip_latin": True}]
    lines = " ".join(card.training_lines(training))
    assert "`ner/weibo/weiboNER_2nd_conll.train`, only its sentences without a Latin letter, once each epoch" in lines
    assert card.trained_on_note(training) == " (it trained on `ner/weibo/weiboNER_2nd_conll.train`, not on these files)"
    assert card.trained_on_note(manifest["training"]) == ""
    # the calibration model's own dev score maps to its official-test score
    calibration_dev = {"overall": {"f1": card.CALIBRATION_DEV["overall"] / 100}}
    assert "suggest about 87.2" in " ".join(card.test_estimate_lines(calibration_dev))
    cfg["name"] = "other-data"
    cfg["data"]["main"]["count"] = 300
    with pytest.raises(ValueError, match="other training sentences"):
        train.run(cfg, tmp_path / "no-data-needed", tmp_path / "student-2")


def test_masked_character_pretraining_feeds_init_from(tmp_path):
    """shiti_train.mlm on a tiny raw corpus writes a bundle that a NER config's `init_from` continues from."""
    from shiti_train import mlm
    from shiti_train.synthetic import synthetic_records
    raw = tmp_path / "raw/zh_corpus.txt.xz"
    raw.parent.mkdir()
    with lzma.open(raw, "wt", encoding="utf-8") as f:
        f.write("".join(r.text + "\n" for r in synthetic_records(200, 3)))
    config = REPO / "training/configs/tiny.json"
    mlm.main(["--config", str(config), "--data", str(tmp_path), "--out", str(tmp_path / "mlm"), "--lines", "0:200",
              "--batch-size", "8", "--max-minutes", "0.2"])
    entry = json.loads((tmp_path / "mlm/log.jsonl").read_text().splitlines()[-1])
    assert entry["chars"] > 0 and 0.0 <= entry["held_out_accuracy"] <= 1.0
    cfg = json.loads(config.read_text())
    cfg["train"]["epochs"] = 1
    cfg["init_from"] = str(tmp_path / "mlm/best.pt")
    summary = train.run(cfg, tmp_path / "no-data-needed", tmp_path / "run")
    assert summary["info"]["train_sentences"] == 360 and (tmp_path / "run/best.pt").exists()


def test_masking_hides_the_character_from_every_feature():
    import random
    from shiti_train import mlm
    from shiti_train.features import Vocab, encode
    chars = list("张伟在北京大学读书，王芳去了上海。今天天气很好。")
    noisy, picked = mlm.corrupt(chars, random.Random(1), ["好"], rate=0.15)
    assert len(picked) == round(0.15 * len(chars)) and len(noisy) == len(chars)
    masked = [i for i in picked if noisy[i] == mlm.MASK_CHAR]
    assert masked, "with this seed some picked positions are masked"
    vocab = Vocab(chars)
    bigrams = Vocab([a + b for a, b in zip(chars, chars[1:])])
    enc = encode(noisy, vocab, bigrams, None)
    for i in masked:  # the char, and both bigrams that contain it, encode as unknown
        assert enc.char_ids[i] == 1 and enc.bigram_left_ids[i] == 1 and enc.bigram_right_ids[i] == 1
        assert (i == 0 or enc.bigram_right_ids[i - 1] == 1) and (i + 1 == len(chars) or enc.bigram_left_ids[i + 1] == 1)
