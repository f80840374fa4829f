"""The training CRF's marginals (autograd of log Z) against the engine-side numpy forward-backward."""
import numpy as np
import torch

from shiti_train.decode import marginals
from shiti_train.model import CRF
from shiti_train.tags import allowed_transitions, bioes_labels


def test_marginals_match_forward_backward_and_ignore_padding():
    labels = bioes_labels(["PER", "LOC"])
    crf = CRF(len(labels))
    crf.constrain(*allowed_transitions(labels))
    torch.manual_seed(0)
    with torch.no_grad():
        crf.transitions.normal_()
        crf.start.normal_()
        crf.end.normal_()
    em = torch.randn(2, 6, len(labels), dtype=torch.float64)
    mask = torch.tensor([[True] * 6, [True] * 4 + [False] * 2])
    crf = crf.double()
    got = crf.marginals(em, mask)
    scores = [t.detach().numpy() for t in crf.scores()]
    np.testing.assert_allclose(got[0].numpy(), marginals(em[0].numpy(), *scores), atol=1e-9)
    np.testing.assert_allclose(got[1, :4].numpy(), marginals(em[1, :4].numpy(), *scores), atol=1e-9)
    assert (got[1, 4:] == 0).all()


def test_marginals_are_differentiable_for_a_student():
    crf = CRF(5)
    em = torch.randn(1, 4, 5, requires_grad=True)
    target = torch.softmax(torch.randn(1, 4, 5), -1)
    loss = -(target * crf.marginals(em, torch.ones(1, 4, dtype=torch.bool)).log()).sum()
    loss.backward()
    assert em.grad is not None and em.grad.abs().sum() > 0
