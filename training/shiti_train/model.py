"""Char + bigram (+ lexicon) BiLSTM with a CRF on top. The ONNX graph ends at the emissions; the CRF
transitions go into the manifest and the engine runs Viterbi itself (cheap, and no CRF op needed)."""
from __future__ import annotations

import math

import torch
from torch import nn

SEGMENT_TAGS = "BMES"  # first, middle, last character of a word; a one-character word


class Tagger(nn.Module):
    def __init__(self, n_chars, n_bigrams, n_labels, char_dim=100, bigram_dim=50, lexicon_dim=0,
                 hidden=160, layers=1, dropout=0.5, n_words=0, word_dim=0, proj_dim=0, aux_heads=0,
                 segmentation=False, encoder="lstm", attention_layers=0, attention_heads=8):
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.bigram_emb = nn.Embedding(n_bigrams, bigram_dim, padding_idx=0)
        self.lexicon_dim = lexicon_dim
        # Optional: embeddings of the lexicon words matched around each character (B/M/E slots, see
        # lexicon.lexicon_word_ids): what a word means, not only that a word is there.
        self.word_emb = nn.Embedding(n_words, word_dim, padding_idx=0) if n_words else None
        in_dim = char_dim + 2 * bigram_dim + lexicon_dim + (3 * word_dim if n_words else 0)
        self.dropout = nn.Dropout(dropout)
        # Optional linear bottleneck between the inputs and the LSTM: in onnxruntime-web nearly all the time
        # is the LSTM op, whose input GEMM grows with the input width (308 with word embeddings). Projecting
        # to proj_dim first (an INT8 MatMul after quantization) makes it cheap, but 128 cost 2.5 dev F1
        # (ablations.json), so the shipped model has none.
        self.proj = nn.Linear(in_dim, proj_dim) if proj_dim else None
        # encoder "transformer": self-attention layers over projected inputs with sinusoidal positions in place of
        # the BiLSTM (the "small transformer"; measured in ablations.json, not shipped). With the BiLSTM,
        # attention_layers > 0 stacks that many attention layers on its states instead.
        if encoder == "transformer":
            self.proj = self.proj or nn.Linear(in_dim, 2 * hidden)
            self.lstm = None
        else:
            self.lstm = nn.LSTM(proj_dim or in_dim, hidden, num_layers=layers, batch_first=True, bidirectional=True,
                                dropout=dropout if layers > 1 else 0.0)
        n_attention = layers if encoder == "transformer" else attention_layers
        self.attention = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(2 * hidden, attention_heads, 4 * hidden, dropout=0.1, batch_first=True,
                                       norm_first=True),
            n_attention, enable_nested_tensor=False) if n_attention else None
        self.out = nn.Linear(2 * hidden, n_labels)
        self.crf = CRF(n_labels)
        # Optional extra output layers + CRFs for corpora annotated under other guidelines (People's Daily
        # 1998): they share the encoder but not the head, so their conventions do not overwrite MSRA's.
        # Only head 0 is exported.
        self.aux_out = nn.ModuleList(nn.Linear(2 * hidden, n_labels) for _ in range(aux_heads))
        self.aux_crf = nn.ModuleList(CRF(n_labels) for _ in range(aux_heads))
        # Optional word-segmentation head (B/M/E/S per character, softmax): trained on the corpus's own word
        # boundaries next to the tags, so the encoder learns where words, and so names, begin and end.
        # Not exported.
        self.aux_seg = nn.Linear(2 * hidden, len(SEGMENT_TAGS)) if segmentation else None

    def head(self, k: int):
        """(output layer, CRF) of head k; 0 is the main (exported) head."""
        return (self.out, self.crf) if k == 0 else (self.aux_out[k - 1], self.aux_crf[k - 1])

    def emissions(self, char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats=None, lengths=None,
                  lexicon_word_ids=None, head=0):
        h = self.encode(char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats, lengths, lexicon_word_ids)
        return self.emissions_of(h, head)

    def emissions_of(self, states, head=0):
        """Tag scores of head k from the encoder's states."""
        return self.head(head)[0](self.dropout(states))

    def encode(self, char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats=None, lengths=None,
               lexicon_word_ids=None):
        """The BiLSTM's states [batch, n, 2 * hidden]: what the tag heads (and masked-LM pretraining) read."""
        x = self.embed(char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats, lexicon_word_ids)
        return self.encode_embedded(x, lengths)

    def embed(self, char_ids, bigram_left_ids, bigram_right_ids, lexicon_feats=None, lexicon_word_ids=None):
        """Each character's input vector [batch, n, in_dim], before dropout (adversarial training perturbs it)."""
        parts = [self.char_emb(char_ids), self.bigram_emb(bigram_left_ids), self.bigram_emb(bigram_right_ids)]
        if self.lexicon_dim:
            parts.append(lexicon_feats)
        if self.word_emb is not None:
            parts.append(self.word_emb(lexicon_word_ids).flatten(2))
        return torch.cat(parts, dim=-1)

    def encode_embedded(self, x, lengths=None):
        """The BiLSTM's states from the input vectors of embed()."""
        x = self.dropout(x)
        if self.proj is not None:
            x = self.proj(x)
        h = self.run_lstm(x, lengths) if self.lstm is not None else x + sinusoid_positions(x.shape[1], x.shape[2])
        if self.attention is not None:
            n = x.shape[1]
            padding = None if lengths is None else torch.arange(n).unsqueeze(0) >= lengths.unsqueeze(1)
            h = self.attention(h, src_key_padding_mask=padding)
        return h

    def run_lstm(self, x, lengths=None):
        if lengths is not None:
            # Packing keeps padding out of the backward direction, as the engine (batch 1, no padding) sees it.
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        else:
            h, _ = self.lstm(x)
        return h


def sinusoid_positions(n: int, dim: int) -> torch.Tensor:
    """The fixed sine/cosine position codes of "Attention is all you need" [n, dim]."""
    pos = torch.arange(n, dtype=torch.float32).unsqueeze(1)
    freq = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    codes = torch.zeros(n, dim)
    codes[:, 0::2] = torch.sin(pos * freq)
    codes[:, 1::2] = torch.cos(pos * freq)
    return codes


def tagger_for(mcfg: dict, n_chars: int, n_bigrams: int, n_labels: int, lexicon_dim: int, word_rows: dict | None,
               aux_heads: int = 0, segmentation: bool = False) -> Tagger:
    """The Tagger a config's "model" section describes (training builds it, export rebuilds it)."""
    return Tagger(n_chars, n_bigrams, n_labels, char_dim=mcfg["char_dim"], bigram_dim=mcfg["bigram_dim"],
                  lexicon_dim=lexicon_dim, hidden=mcfg["hidden"], layers=mcfg.get("layers", 1),
                  dropout=mcfg["dropout"], n_words=len(word_rows) + 1 if word_rows else 0,
                  word_dim=mcfg.get("word_dim", 0), proj_dim=mcfg.get("proj_dim", 0), aux_heads=aux_heads,
                  segmentation=segmentation, encoder=mcfg.get("encoder", "lstm"),
                  attention_layers=mcfg.get("attention_layers", 0), attention_heads=mcfg.get("attention_heads", 8))


class CRF(nn.Module):
    """Linear-chain CRF: transitions[from, to], plus start and end scores."""

    def __init__(self, n):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        self.register_buffer("allowed", torch.ones(n, n, dtype=torch.bool), persistent=False)
        self.register_buffer("allowed_start", torch.ones(n, dtype=torch.bool), persistent=False)
        self.register_buffer("allowed_end", torch.ones(n, dtype=torch.bool), persistent=False)

    def constrain(self, allowed, allowed_start, allowed_end):
        self.allowed.copy_(allowed)
        self.allowed_start.copy_(allowed_start)
        self.allowed_end.copy_(allowed_end)

    def scores(self):
        big = -10000.0
        return (self.transitions.masked_fill(~self.allowed, big), self.start.masked_fill(~self.allowed_start, big),
                self.end.masked_fill(~self.allowed_end, big))

    def nll(self, emissions, tags, mask, weights=None):
        """Mean negative log-likelihood. emissions [b,n,L], tags [b,n], mask [b,n] bool (prefix).
        weights [b]: per-sentence weights (0 for sentences without gold tags); the mean is over their sum."""
        trans, start, end = self.scores()
        maskf = mask.float()
        # score of the gold path, all positions at once
        emit = emissions.gather(2, tags.unsqueeze(2)).squeeze(2)
        steps = trans[tags[:, :-1], tags[:, 1:]]
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = start[tags[:, 0]] + (emit * maskf).sum(1) + (steps * maskf[:, 1:]).sum(1) + end[last]
        per_sentence = self.log_partition(emissions, mask) - score
        if weights is None:
            return per_sentence.mean()
        return (per_sentence * weights).sum() / weights.sum().clamp_min(1.0)

    def log_partition(self, emissions, mask):
        """log Z per sentence [b], by the forward algorithm."""
        trans, start, end = self.scores()
        alpha = start.unsqueeze(0) + emissions[:, 0]
        for i in range(1, emissions.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + emissions[:, i]
            alpha = torch.where(mask[:, i:i + 1], nxt, alpha)
        return torch.logsumexp(alpha + end.unsqueeze(0), dim=1)

    def marginals(self, emissions, mask):
        """P(tag at position i = y) [b,n,L]: the gradient of log Z with respect to the emissions (the same
        numbers as forward-backward). Differentiable, so a student can be trained towards a teacher's."""
        differentiable = torch.is_grad_enabled() and emissions.requires_grad
        with torch.enable_grad():
            if not differentiable:
                emissions = emissions.detach().requires_grad_(True)
            log_z = self.log_partition(emissions, mask)
            return torch.autograd.grad(log_z.sum(), emissions, create_graph=differentiable)[0]

    @torch.no_grad()
    def viterbi(self, emissions, mask):
        trans, start, end = self.scores()
        b, n, L = emissions.shape
        score = start.unsqueeze(0) + emissions[:, 0]
        back = []
        for i in range(1, n):
            cand = score.unsqueeze(2) + trans.unsqueeze(0)
            best, idx = cand.max(dim=1)
            nxt = best + emissions[:, i]
            score = torch.where(mask[:, i:i + 1], nxt, score)
            back.append(idx)
        score = score + end.unsqueeze(0)
        lengths = mask.sum(1).tolist()
        paths = []
        for k in range(b):
            length = lengths[k]
            tag = int(score[k].argmax())
            path = [tag]
            for i in range(length - 2, -1, -1):
                tag = int(back[i][k, tag])
                path.append(tag)
            paths.append(path[::-1])
        return paths
