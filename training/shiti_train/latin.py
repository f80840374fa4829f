"""Latin-script names and text in training. MSRA has not one Latin letter, so the tagger never learns what
a run of Latin words is, and the contiguous dev block cannot show it: some students read whole English
sentences as one ORG (ablations news-v9-distill*), and none finds "Tim Cook" in "Apple公司CEO Tim Cook".

Each epoch, a share of the training sentences get a variant whose names are swapped for Latin-script ones
of the same type (Western and romanized Chinese names, places, organizations, acronyms, and made-up words so
that no list is memorized), some with an English phrase or a capitalized word that is not a name inserted at
a clause boundary; and sentences written from templates are added, English and Chinese, with and without
names, with capitalized words that are no name (weekdays, software, interface labels, acronyms) beside
them. Every word list and template here was written for this module; none comes from the corpora.
"""
from __future__ import annotations

import random

from .augment import rewrite_spans
from .text import normalize_char

Chars = list[str]
Spans = list[tuple[int, int, str]]

def _entries(block: str) -> list[str]:
    """Whitespace-separated entries of a word list; "_" joins the words of one entry (New_York)."""
    return [entry.replace("_", " ") for entry in block.split()]


FIRST_NAMES = _entries("""James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan Richard
Jessica Thomas Sarah Daniel Karen Mark Nancy Paul Lisa Steven Emily Andrew Laura Kevin Anna Brian Olga Tim Sam Peter
Keir Angela Emmanuel Boris Vladimir Hans Pierre Marie Luis Carlos Sofia Ahmed Fatima Yuki Hiroshi Min Ji Raj Priya
Ivan Nadia Lars Ingrid Kofi Amara Diego Elena Omar Leila""")
LAST_NAMES = _entries("""Smith Johnson Williams Brown Jones Miller Davis Garcia Wilson Anderson Taylor Thomas Moore
Martin Jackson White Harris Clark Lewis Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Cook Shor
Altman Starmer Merkel Macron Putin Dubois Schmidt Muller Rossi Silva Santos Kim Park Tanaka Sato Singh Kumar
Ivanov Petrov Hansen Larsen Mensah Okafor Hernandez Lopez Haddad Nakamura""")
PINYIN_SURNAMES = _entries("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao")
PINYIN_GIVEN = _entries("Wei Fang Min Jing Lei Jun Yan Hui Qiang Ping Ming Hong Xia Tao Bin Yu Ling Hao Kai Xin")
PLACES = _entries("""London Paris Berlin Geneva Seattle Boston Chicago Tokyo Osaka Seoul Sydney Toronto Moscow Madrid
Rome Vienna Cairo Nairobi Lagos Mumbai Delhi Jakarta Manila Hanoi Bangkok Singapore Dubai Istanbul Athens Lisbon
Dublin Oslo Stockholm Helsinki Warsaw Prague Brussels Amsterdam Zurich Munich Texas California Florida Ohio
Bavaria Quebec Ontario Kenya Brazil Chile Peru Mexico Canada France Germany Italy Spain Japan India Egypt
Beijing Shanghai Shenzhen Hangzhou Guangzhou Wuhan Xinjiang Tibet Hong_Kong New_York Los_Angeles
San_Francisco Cape_Town Buenos_Aires Silicon_Valley Cambridge Oxford Massachusetts""")
ORGS = _entries("""Apple Google Microsoft Amazon Tesla Intel IBM Samsung Sony Toyota Siemens Nestle Reuters Xinhua
NASA SpaceX OpenAI UNESCO WHO NATO FIFA UEFA NBA BBC CNN Huawei Tencent Alibaba Baidu Lenovo Xiaomi Oxfam
United_Nations World_Bank Red_Cross Harvard_University Stanford_University Peking_University MIT
European_Union Federal_Reserve Goldman_Sachs Deutsche_Bank""")
ORG_SUFFIXES = ["Inc.", "Group", "Corp.", "Ltd.", "Technologies", "Bank", "Foundation", "Institute", "Labs",
                "Airlines", "Motors", "University", "Capital", "Systems", "Partners"]
SYLLABLES = "ka ri do mel vor an te sil bra ne ost lin qua zen dar fe tor mi sha rex ul no vi ga ber len".split()

# Latin words that are no name although they are capitalized or all capitals: calendar words, software and
# devices (products are not names in MSRA's conventions), interface labels, file formats, acronyms. The
# tagger has to learn that a capital alone does not make a name.
NON_NAMES = _entries("""Wednesday Saturday February March April June July August September October
December Christmas Easter Halloween Windows Linux macOS iOS Word PowerPoint Outlook Photoshop Python Java
JavaScript TypeScript Docker Kubernetes WordPress Bluetooth Home Menu Search Help Cancel Submit Next Back Save
Share Edit Delete Upload Profile Dashboard Inbox Start Stop Play Pause Reset Welcome Thanks Note Warning Error
Tips Summary Introduction Overview Contact_Us About News Sports Weather Music Video Photo Games Shop Sale Free
Best Top Premium Pro Max Plus Mini Lite Beta HTML CSS API SDK CPU GPU RAM SSD USB LED LCD DNA MRI GPS SMS VPN
SQL JSON XML MP3 MP4 KPI ROI DIY VIP ID IT HR UX UI QR NFC IoT 5G Markdown Emoji Selfie Vlog""")
# English that is not a name, put between Chinese clauses (O everywhere, capitals included).
PHRASES = ["on Monday", "last week", "for more details", "see the report", "the new version", "please call me",
           "in the morning", "thank you", "breaking news", "at 9 a.m.", "this is a test", "Q&A", "OK",
           "The meeting was postponed", "Please read the terms", "Hello world", "no comment", "update",
           "live", "FAQ", "CEO", "iPhone 15 Pro", "Wi-Fi", "PDF", "USB-C", "COVID-19", "GDP", "AI", "App"]
# Sentences with slots: {PER}, {LOC}, {ORG} take a Latin name, {W} a Latin word that is no name. The ones
# without name slots are O from end to end; the Chinese ones put Latin names and non-names side by side.
TEMPLATES = [
    "{PER} met {PER} in {LOC} on Monday.", "The {ORG} said it would open an office in {LOC}.",
    "{PER}, chief executive of {ORG}, spoke to reporters in {LOC}.", "{ORG} and {ORG} signed a deal last week.",
    "According to {ORG}, prices in {LOC} rose by 3 percent.", "{PER} was born in {LOC} and studied at {ORG}.",
    "Talks between {LOC} and {LOC} will resume next month.", "{PER} told {ORG} that the plan had failed.",
    "The conference in {LOC} was opened by {PER}.", "{ORG} shares fell sharply on Friday.",
    "Please call me at 555-0142 tomorrow morning.", "This is a test of the new system.",
    "The meeting was moved to next week because of the weather.", "Thank you for your order, it ships today.",
    "Click here to read the full story.", "All rights reserved.", "We will be back after the break.",
    "Prices are subject to change without notice.", "The quick brown fox jumps over the lazy dog.",
    "Hello world, this is my first post!", "It was a long day, but we made it home.",
    "Breaking News: heavy rain expected this weekend.", "Version 2.0 adds dark mode and faster search.",
    "Every reply takes about two days.", "This site uses cookies to remember your choices.",
    "Click {W} to keep your changes.", "Welcome Back!", "Big Summer Sale Ends Soon", "Your Order Has Shipped",
    "New Features in Version 3", "Tips for Better Sleep", "How to Reset Your Device", "{W} is not available.",
    "The {W} update is now available.", "Open {W} and choose a file.", "See You Next Week",
    "{PER} Wins Top Prize in {LOC}", "{ORG} Opens New Office in {LOC}", "{PER} thanked {PER} in a letter.",
    "请用{W}打开这个文件。", "点击{W}即可保存。", "{W}版本已经更新。", "这次培训讲了{W}的用法。",
    "下载{W}后按提示安装。", "{W}功能暂时无法使用。", "我在{W}里找到了这张照片。", "新手机支持{W}和{W}。",
    "{PER}在{LOC}接受了记者采访。", "{ORG}发布了新版{W}。", "{PER}用{W}做了一份报告。", "{PER}说他下周去{LOC}。",
    "{ORG}总部位于{LOC}。", "{PER}是{ORG}的工程师。", "{LOC}的{ORG}宣布裁员。", "{PER}和{PER}在{W}上讨论了方案。",
]


def made_up_word(rng: random.Random) -> str:
    """A capitalized word from random syllables: names the lists do not hold, so the tagger must read the
    context and the capital, not remember the word."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def latin_name(kind: str, rng: random.Random) -> str:
    r = rng.random()
    if kind == "PER":
        if r < 0.4:
            return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if r < 0.55:
            return f"{rng.choice(PINYIN_SURNAMES)} {rng.choice(PINYIN_GIVEN)}{rng.choice(PINYIN_GIVEN).lower()}"
        if r < 0.7:
            return rng.choice(LAST_NAMES)
        if r < 0.8:
            return rng.choice(FIRST_NAMES)  # people are named by their first name alone too
        return f"{made_up_word(rng)} {made_up_word(rng)}"
    if kind == "LOC":
        return rng.choice(PLACES) if r < 0.7 else made_up_word(rng)
    if r < 0.35:
        return rng.choice(ORGS)
    if r < 0.5:
        return "".join(rng.choice("ABCDEFGHIKLMNOPRSTUW") for _ in range(rng.randint(2, 5)))
    if r < 0.7:
        return made_up_word(rng)  # a bare new word is a company as often as a place or a person
    stem = rng.choice(PLACES) if r < 0.8 else made_up_word(rng)
    return f"{stem} {rng.choice(ORG_SUFFIXES)}"


def _chars(text: str) -> Chars:
    return [normalize_char(c) for c in text]


def _space(rng: random.Random) -> Chars:
    """Latin inside Chinese is written with or without a space on each side."""
    return _chars(" " if rng.random() < 0.3 else "")


def latin_variant(chars: Chars, spans: Spans, rng: random.Random, name_prob: float = 0.5,
                  phrase_prob: float = 0.3) -> tuple[Chars, Spans] | None:
    """Each name replaced with probability name_prob by a Latin-script one of its type (the surrounding
    spaces outside the span), and with probability phrase_prob an English phrase or a capitalized word that
    is not a name after a clause mark. -> (chars, spans) in normalized (full-width) characters, or None when
    nothing changed."""
    def to_latin(mention: Chars, kind: str):
        if rng.random() < name_prob:
            return _space(rng), _chars(latin_name(kind, rng)), _space(rng)
        return None
    rewritten = rewrite_spans(chars, spans, to_latin)
    out, new_spans = rewritten or (list(chars), list(spans))
    changed = rewritten is not None
    if rng.random() < phrase_prob:
        marks = [i + 1 for i, c in enumerate(out[:-1]) if c in "，。；：！？"]  # between clauses, not at the end
        if marks:
            at = rng.choice(marks)
            words = PHRASES if rng.random() < 0.5 else NON_NAMES
            phrase = _space(rng) + _chars(rng.choice(words)) + _space(rng)
            out[at:at] = phrase
            new_spans = [(s + len(phrase), e + len(phrase), t) if s >= at else (s, e, t) for s, e, t in new_spans]
            changed = True
    return (out, new_spans) if changed else None


def template_sentence(rng: random.Random) -> tuple[Chars, Spans]:
    """A template filled with Latin names and non-names: -> (normalized chars, spans)."""
    template = rng.choice(TEMPLATES)
    chinese = not template.isascii()
    out: Chars = []
    spans: Spans = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        slot, _, rest = after.partition("}")
        out.extend(_chars(before))
        if chinese:
            out.extend(_space(rng))
        word = rng.choice(NON_NAMES) if slot == "W" else latin_name(slot, rng)
        if slot != "W":
            spans.append((len(out), len(out) + len(word), slot))
        out.extend(_chars(word))
        if chinese:
            out.extend(_space(rng))
    out.extend(_chars(rest))
    return out, spans


def latin_examples(records: list[tuple[Chars, Spans]], share: float, templates: int,
                   rng: random.Random) -> list[tuple[Chars, Spans]]:
    """One epoch's extra sentences: Latin variants of about `share` of the records that have names, and
    `templates` template sentences."""
    out = []
    for chars, spans in records:
        if spans and rng.random() < share:
            variant = latin_variant(chars, spans, rng)
            if variant is not None:
                out.append(variant)
    out.extend(template_sentence(rng) for _ in range(templates))
    return out
