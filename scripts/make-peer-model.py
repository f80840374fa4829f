"""Builds the BERT-base-shaped INT8 peer model that `npm run bench` compares Shiti against.

12 layers, hidden 768, 12 heads, FFN 3072, vocabulary 21,128 (the size of bert-base-chinese), random
weights (nothing is downloaded), a 13-label token classifier on top. Exported to ONNX (opset 17,
dynamic batch and sequence) and quantized with onnxruntime's quantize_dynamic (INT8 weights), the
same method the Shiti model uses. Written outside git, to ~/.cache/shiti/peer/ by default.

Usage: .venv/bin/python scripts/make-peer-model.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import tempfile

import torch
from torch import nn

VOCAB, HIDDEN, LAYERS, HEADS, FFN, MAX_POSITIONS, LABELS = 21128, 768, 12, 12, 3072, 512, 13


class SelfAttention(nn.Module):
    # Written out with plain ops (not nn.MultiheadAttention) so the ONNX graph is a standard BERT
    # graph of MatMul/Softmax that quantize_dynamic handles like any exported BERT.
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(HIDDEN, 3 * HIDDEN)
        self.out = nn.Linear(HIDDEN, HIDDEN)

    def forward(self, x, mask_bias):
        b, n, _ = x.shape
        q, k, v = self.qkv(x).view(b, n, 3, HEADS, HIDDEN // HEADS).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + mask_bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, HIDDEN)
        return self.out(context)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.attention = SelfAttention()
        self.norm1 = nn.LayerNorm(HIDDEN)
        self.ffn = nn.Sequential(nn.Linear(HIDDEN, FFN), nn.GELU(), nn.Linear(FFN, HIDDEN))
        self.norm2 = nn.LayerNorm(HIDDEN)

    def forward(self, x, mask_bias):
        x = self.norm1(x + self.attention(x, mask_bias))
        return self.norm2(x + self.ffn(x))


class BertShapedTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.words = nn.Embedding(VOCAB, HIDDEN)
        self.positions = nn.Embedding(MAX_POSITIONS, HIDDEN)
        self.token_types = nn.Embedding(2, HIDDEN)
        self.norm = nn.LayerNorm(HIDDEN)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.classifier = nn.Linear(HIDDEN, LABELS)

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.norm(self.words(input_ids) + self.positions(positions) + self.token_types(token_type_ids))
        mask_bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, mask_bias)
        return self.classifier(x)


def main():
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--out", default=os.path.expanduser("~/.cache/shiti/peer"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "model.onnx"

    from onnxruntime.quantization import QuantType, quantize_dynamic

    torch.manual_seed(0)
    model = BertShapedTagger().eval()
    n = 16
    example = (torch.randint(0, VOCAB, (1, n)), torch.ones(1, n, dtype=torch.long), torch.zeros(1, n, dtype=torch.long))
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = pathlib.Path(tmp) / "fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(model, example, str(fp32), input_names=names, output_names=["logits"], opset_version=17,
                              dynamic_axes={name: {0: "batch", 1: "sequence"} for name in names + ["logits"]})
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
    info = {"layers": LAYERS, "hidden": HIDDEN, "heads": HEADS, "ffn": FFN, "vocab": VOCAB, "labels": LABELS,
            "quantization": "quantize_dynamic QInt8", "bytes": target.stat().st_size,
            "parameters": sum(p.numel() for p in model.parameters())}
    (out / "peer.json").write_text(json.dumps(info, indent=2) + "\n")
    print(json.dumps({"model": str(target), **info}))


if __name__ == "__main__":
    main()
