"""Every encoder the configs can choose gives a sentence the same states alone as padded inside a batch:
the engine runs one unpadded window at a time, training runs padded batches."""
import pytest
import torch

from shiti_train.model import Tagger


@pytest.mark.parametrize("options", [{}, {"encoder": "transformer", "layers": 2}, {"attention_layers": 1}],
                         ids=["bilstm", "transformer", "bilstm+attention"])
def test_padding_does_not_change_the_states_of_real_characters(options):
    torch.manual_seed(0)
    model = Tagger(40, 50, 9, char_dim=8, bigram_dim=4, hidden=8, attention_heads=2, **options).eval()
    chars = torch.randint(2, 40, (2, 6))
    bigrams = torch.randint(2, 50, (2, 6))
    chars[1, 4:] = 0
    bigrams[1, 4:] = 0
    with torch.no_grad():
        batch = model.emissions(chars, bigrams, bigrams, lengths=torch.tensor([6, 4]))
        alone = model.emissions(chars[1:, :4], bigrams[1:, :4], bigrams[1:, :4])
    torch.testing.assert_close(batch[1, :4], alone[0], atol=1e-5, rtol=1e-5)
    assert not torch.allclose(batch[0], batch[1])
