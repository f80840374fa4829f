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


def test_the_card_sets_int8_against_fp32_as_measured_together():
    from shiti_train.card import quantization_parity_lines

    at_export = {"dev_fp32_onnx": {"overall": {"f1": 0.8884}}, "int8_minus_fp32_f1": -0.0002,
                 "dev_int8_onnx": {"overall": {"f1": 0.8882}}}
    assert quantization_parity_lines(at_export)[0] == (
        "At export, on one preprocessing: FP32 ONNX overall F1 88.84, INT8 88.82, INT8 − FP32 = -0.02 points.")
    # rescore measured INT8 again later: the old difference stays with the figures it came from
    rescored = {**at_export, "dev_int8_onnx": {"overall": {"f1": 0.8889}}}
    assert "INT8 88.82, INT8 − FP32 = -0.02 points. The INT8 figure above (88.89) was measured again" in (
        quantization_parity_lines(rescored)[0])
    assert quantization_parity_lines({"dev_int8_onnx": {"overall": {"f1": 0.9}}}) == []
