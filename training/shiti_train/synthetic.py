"""Synthetic news-like sentences with known entities, so tests (and the tiny fixture model) need no
corpus. Not for training real models: the vocabulary is a few hundred characters."""
from __future__ import annotations

import random

from .readers import Record

PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "欧阳修", "赵敏", "孙悟空", "周杰", "马丽"]
PLACES = ["北京", "上海", "广州", "深圳市", "杭州", "南京", "成都", "西安", "武汉", "长江"]
ORGS = ["新华社", "联合国", "人民银行", "清华大学", "国务院", "世界卫生组织", "中国移动", "外交部"]
TEMPLATES = [
    "{PER}在{LOC}会见了{ORG}代表。",
    "{ORG}记者{PER}报道，{LOC}今天天气晴朗。",
    "{PER}和{PER}一起从{LOC}前往{LOC}。",
    "据{ORG}消息，{PER}将于明年访问{LOC}。",
    "今天{LOC}举行了会议，{ORG}派员出席。",
    "{PER}说：我们欢迎ABC公司2024年来{LOC}投资。",
]


def synthetic_records(n: int, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    pools = {"PER": PEOPLE, "LOC": PLACES, "ORG": ORGS}
    out = []
    for _ in range(n):
        template = rng.choice(TEMPLATES)
        text, spans, words, i = "", [], [], 0
        while i < len(template):
            if template[i] == "{":
                j = template.index("}", i)
                etype = template[i + 1:j]
                word = rng.choice(pools[etype])
                spans.append((len(text), len(text) + len(word), etype))
                words.append(spans[-1][:2])
                text += word
                i = j + 1
            else:  # every other character a word of its own: enough to exercise segmentation training
                words.append((len(text), len(text) + 1))
                text += template[i]
                i += 1
        out.append(Record(text, spans, "synthetic", words))
    return out
