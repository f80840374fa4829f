"""Shiti's model pipeline: data readers -> train -> export -> quantize -> evaluate."""
