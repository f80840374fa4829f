"""Shiti's model pipeline: data readers -> train -> export -> quantize -> evaluate."""


def summary(doc: str | None) -> str:
    """A module docstring's first paragraph on one line: the --help description of its command (its first line
    alone stops mid-sentence)."""
    return " ".join((doc or "").split("\n\n")[0].split())
