"""Token dropout and the adversarial perturbation: the two training regularizers of the news-v7 ablations."""
import torch

from shiti_train.text import UNK_ID
from shiti_train.train import adversarial_perturbation, drop_tokens


def test_token_dropout_replaces_about_the_rate_with_unk_and_never_touches_padding():
    torch.manual_seed(0)
    mask = torch.zeros(8, 60, dtype=torch.bool)
    mask[:, :40] = True  # 20 padding positions per sentence
    ids = {k: torch.full((8, 60), 5) for k in ("char_ids", "bigram_left_ids", "bigram_right_ids")}
    for k in ids:
        ids[k][~mask] = 0
    batch = {"mask": mask, **{k: v.clone() for k, v in ids.items()}}
    drop_tokens(batch, 0.0, 0.25)
    assert torch.equal(batch["char_ids"], ids["char_ids"])  # rate 0: untouched
    for k in ("bigram_left_ids", "bigram_right_ids"):
        changed = batch[k] != ids[k]
        assert (batch[k][changed] == UNK_ID).all()
        assert not changed[~mask].any()
        assert 0.15 < changed[mask].float().mean() < 0.35
    # left and right bigrams are dropped independently
    assert not torch.equal(batch["bigram_left_ids"], batch["bigram_right_ids"])


def test_adversarial_step_has_the_asked_size_raises_the_loss_and_spares_padding():
    torch.manual_seed(0)
    inputs = torch.randn(3, 10, 6) * 4
    mask = torch.zeros(3, 10, dtype=torch.bool)
    mask[0, :10], mask[1, :7], mask[2, :2] = True, True, True
    weights = torch.randn(3, 10, 6)
    loss_of = lambda x: (x * weights * mask.unsqueeze(2)).sum() + (x ** 2).sum() * 0.01  # noqa: E731
    x = inputs.clone().requires_grad_(True)
    loss_of(x).backward()
    r = adversarial_perturbation(x.grad, inputs, mask, 0.1)
    assert (r[~mask] == 0).all()
    mean_norm = inputs.norm(dim=2)[mask].mean()
    for b, n in enumerate(mask.sum(1).tolist()):  # root mean square per character = epsilon * mean input norm
        rms = (r[b, :n].pow(2).sum() / n).sqrt()
        assert torch.isclose(rms, 0.1 * mean_norm, rtol=1e-4)
    assert loss_of(inputs + r) > loss_of(inputs) > loss_of(inputs - r)
