from shiti_train.metrics import paired_bootstrap, recall_by_novelty, span_prf

GOLD = [[(0, 2, "PER"), (3, 5, "LOC")], [(1, 4, "ORG")], [], [(0, 3, "LOC")]] * 10


def test_identical_predictions_differ_by_nothing():
    result = paired_bootstrap(GOLD, GOLD, GOLD, samples=200)
    assert result["diff"] == 0 and result["ci95"] == [0, 0] and result["p_b_not_better"] == 1.0
    assert result["f1_a"] == span_prf(GOLD, GOLD)["overall"]["f1"] == 1.0


def test_a_model_that_drops_entities_loses_with_confidence():
    worse = [g[:1] for g in GOLD]  # forgets every second entity of a sentence
    result = paired_bootstrap(GOLD, worse, GOLD, samples=500)
    assert result["f1_a"] == span_prf(GOLD, worse)["overall"]["f1"] < 1.0
    assert result["diff"] > 0 and result["ci95"][0] > 0 and result["p_b_not_better"] == 0.0


def test_recall_split_by_whether_training_had_the_entity():
    texts = [list("张三在北京"), list("李四去上海")]
    gold = [[(0, 2, "PER"), (3, 5, "LOC")], [(0, 2, "PER"), (3, 5, "LOC")]]
    pred = [[(0, 2, "PER"), (3, 5, "LOC")], [(3, 5, "LOC")]]
    seen = {("张三", "PER"), ("北京", "LOC")}
    assert recall_by_novelty(gold, pred, seen, texts) == {
        "seen": {"recall": 1.0, "support": 2}, "unseen": {"recall": 0.5, "support": 2}}
