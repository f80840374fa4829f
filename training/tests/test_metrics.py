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


def test_threshold_curve_scores_the_names_at_or_above_each_step():
    from shiti_train.export import THRESHOLD_STEPS, threshold_curve

    class Tagger:  # two sentences: one right name scored 0.95, one wrong at 0.4, one right at 0.6
        def predict_scored(self, chars):
            return {"甲": [(0, 1, "PER", 0.95), (1, 2, "LOC", 0.4)], "乙": [(0, 2, "ORG", 0.6)]}[chars[0]]

    dev = [(list("甲乙"), [(0, 1, "PER")]), (list("乙丙"), [(0, 2, "ORG"), (1, 2, "LOC")])]
    curve = {step["min_score"]: step for step in threshold_curve(Tagger(), dev)}
    assert list(curve) == THRESHOLD_STEPS and THRESHOLD_STEPS[-1] == 0.95
    assert (curve[0.0]["p"], curve[0.0]["r"]) == (round(2 / 3, 4), round(2 / 3, 4))
    assert (curve[0.5]["p"], curve[0.5]["r"]) == (1.0, round(2 / 3, 4))  # the wrong name is gone
    assert (curve[0.95]["p"], curve[0.95]["r"]) == (1.0, round(1 / 3, 4))
