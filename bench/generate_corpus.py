#!/usr/bin/env python3
"""Generate a deterministic benchmark corpus for Kennisbank and Hugo.

usage: generate_corpus.py SIZE OUTDIR [--seed N] [--hugo-site DIR]

Writes two site roots with the same Markdown bodies and front matter:
  OUTDIR/kennisbank/   kennisbank.yml + content/ (index.md, sections, begrippen/, toetsen/)
  OUTDIR/hugo/         hugo.toml + layouts/ (copied from bench/hugo-site) + content/
The Hugo variant differs only where Hugo gives a key a meaning of its own: the home page is
content/_index.md, and glossary `aliases` (Hugo would write redirect pages) are called `termAliases`.

SIZE is the number of ordinary pages. On top of them: one glossary term per 20 pages
(content/begrippen/<slug>.md), one quiz per 100 pages (content/toetsen/<name>.md), a section index
per folder and the home page. The same SIZE and seed always give byte-identical files.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import posixpath
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field

GENERATOR_VERSION = 4

# ---------------------------------------------------------------------------------------------
# Vocabulary (Dutch, on the themes of the real training site)
# ---------------------------------------------------------------------------------------------

NOUNS = [  # (singular, plural, article)
    ("organisatie", "organisaties", "de"), ("medewerker", "medewerkers", "de"),
    ("training", "trainingen", "de"), ("gemeente", "gemeenten", "de"),
    ("bewoner", "bewoners", "de"), ("collega", "collega's", "de"),
    ("leidinggevende", "leidinggevenden", "de"), ("team", "teams", "het"),
    ("cultuur", "culturen", "de"), ("achtergrond", "achtergronden", "de"),
    ("ervaring", "ervaringen", "de"), ("gesprek", "gesprekken", "het"),
    ("verschil", "verschillen", "het"), ("groep", "groepen", "de"),
    ("samenleving", "samenlevingen", "de"), ("wet", "wetten", "de"),
    ("regel", "regels", "de"), ("recht", "rechten", "het"),
    ("klacht", "klachten", "de"), ("melding", "meldingen", "de"),
    ("procedure", "procedures", "de"), ("voorbeeld", "voorbeelden", "het"),
    ("situatie", "situaties", "de"), ("vraag", "vragen", "de"),
    ("oefening", "oefeningen", "de"), ("opdracht", "opdrachten", "de"),
    ("deelnemer", "deelnemers", "de"), ("trainer", "trainers", "de"),
    ("sessie", "sessies", "de"), ("module", "modules", "de"),
    ("thema", "thema's", "het"), ("begrip", "begrippen", "het"),
    ("onderzoek", "onderzoeken", "het"), ("resultaat", "resultaten", "het"),
    ("aanpak", "aanpakken", "de"), ("gedrag", "gedragingen", "het"),
    ("norm", "normen", "de"), ("waarde", "waarden", "de"),
    ("taal", "talen", "de"), ("beperking", "beperkingen", "de"),
    ("leeftijd", "leeftijden", "de"), ("afkomst", "afkomsten", "de"),
    ("overtuiging", "overtuigingen", "de"), ("signaal", "signalen", "het"),
    ("patroon", "patronen", "het"), ("systeem", "systemen", "het"),
    ("besluit", "besluiten", "het"), ("uitvoering", "uitvoeringen", "de"),
    ("dienstverlening", "diensten", "de"), ("ketenpartner", "ketenpartners", "de"),
    ("buurtteam", "buurtteams", "het"), ("professional", "professionals", "de"),
    ("aanname", "aannames", "de"), ("vooroordeel", "vooroordelen", "het"),
    ("stereotype", "stereotypen", "het"), ("uitsluiting", "uitsluitingen", "de"),
    ("gelijkheid", "gelijkheden", "de"), ("kans", "kansen", "de"),
    ("toets", "toetsen", "de"), ("criterium", "criteria", "het"),
    ("grond", "gronden", "de"), ("bescherming", "beschermingen", "de"),
    ("rechter", "rechters", "de"), ("college", "colleges", "het"),
    ("raad", "raden", "de"), ("motie", "moties", "de"),
    ("wijk", "wijken", "de"), ("stad", "steden", "de"),
    ("werkplek", "werkplekken", "de"), ("casus", "casussen", "de"),
    ("reflectie", "reflecties", "de"), ("idee", "ideeën", "het"),
    ("coördinator", "coördinatoren", "de"), ("instantie", "instanties", "de"),
    ("toeslag", "toeslagen", "de"), ("handeling", "handelingen", "de"),
]

ADJECTIVES = [  # (base, inflected)
    ("open", "open"), ("belangrijk", "belangrijke"), ("duidelijk", "duidelijke"),
    ("veilig", "veilige"), ("gelijk", "gelijke"), ("divers", "diverse"),
    ("inclusief", "inclusieve"), ("structureel", "structurele"),
    ("institutioneel", "institutionele"), ("persoonlijk", "persoonlijke"),
    ("professioneel", "professionele"), ("sociaal", "sociale"),
    ("juridisch", "juridische"), ("praktisch", "praktische"), ("concreet", "concrete"),
    ("bewust", "bewuste"), ("impliciet", "impliciete"), ("expliciet", "expliciete"),
    ("direct", "directe"), ("indirect", "indirecte"), ("zichtbaar", "zichtbare"),
    ("kwetsbaar", "kwetsbare"), ("financieel", "financiële"), ("cultureel", "culturele"),
    ("breed", "brede"), ("nieuw", "nieuwe"), ("eerlijk", "eerlijke"),
    ("respectvol", "respectvolle"), ("gezamenlijk", "gezamenlijke"),
    ("algemeen", "algemene"), ("specifiek", "specifieke"), ("collectief", "collectieve"),
    ("tijdelijk", "tijdelijke"), ("formeel", "formele"), ("informeel", "informele"),
    ("objectief", "objectieve"), ("redelijk", "redelijke"), ("stedelijk", "stedelijke"),
]

VERBS = [  # (third person singular, infinitive/plural)
    ("bespreekt", "bespreken"), ("onderzoekt", "onderzoeken"), ("begrijpt", "begrijpen"),
    ("herkent", "herkennen"), ("voorkomt", "voorkomen"), ("meldt", "melden"),
    ("ondersteunt", "ondersteunen"), ("versterkt", "versterken"), ("verbetert", "verbeteren"),
    ("ervaart", "ervaren"), ("benoemt", "benoemen"), ("signaleert", "signaleren"),
    ("betrekt", "betrekken"), ("waarborgt", "waarborgen"), ("creëert", "creëren"),
    ("beïnvloedt", "beïnvloeden"), ("beschrijft", "beschrijven"), ("vraagt", "vragen"),
    ("toont", "tonen"), ("verklaart", "verklaren"), ("beoordeelt", "beoordelen"),
    ("gebruikt", "gebruiken"), ("regelt", "regelen"), ("bevordert", "bevorderen"),
    ("erkent", "erkennen"), ("evalueert", "evalueren"), ("organiseert", "organiseren"),
    ("verandert", "veranderen"), ("bepaalt", "bepalen"), ("weegt", "wegen"),
]

ADVERBS = ["vaak", "soms", "altijd", "zelden", "samen", "daarom", "echter", "bovendien",
           "vervolgens", "ook", "niet", "nauwelijks", "meestal", "direct", "uiteindelijk",
           "opnieuw", "tegelijk", "zorgvuldig", "structureel", "nadrukkelijk"]
PREPS = ["in", "op", "bij", "met", "voor", "door", "over", "tijdens", "binnen", "zonder",
         "tegen", "na", "tussen", "volgens", "naar"]
CONJS = ["en", "maar", "omdat", "terwijl", "want", "zodat", "hoewel", "of"]
SUBJECTS = ["Wij", "Zij", "Men", "Iedereen", "Een trainer", "De organisatie", "Elke deelnemer",
            "Het team", "De gemeente", "Een professional", "Niemand", "Je"]
MODALS = ["kan", "moet", "wil", "mag", "zal"]
DETS_DE = ["de", "een", "deze", "die", "onze", "elke", "jouw"]
DETS_HET = ["het", "een", "dit", "dat", "ons", "elk", "jouw"]

ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "sp",
          "kl", "gr", "br", "tr", "sch", "dr", "fl", "kr", "pl", "sl", "sn", "zw", "j", "h"]
VOWELS = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ij", "ui", "eu", "ou", "ei"]
CODAS = ["", "", "n", "r", "l", "k", "t", "s", "m", "ng", "cht", "rd", "nd", "lt", "rk"]
PREFIXES = ["", "", "", "ge", "ver", "be", "ont", "her", "over", "onder", "mede", "uit"]
SUFFIXES = ["", "heid", "ing", "schap", "te", "er", "sel", "dom", "nis", "isme", "iteit"]

MIN_PAGE, MAX_PAGE = 2048, 8192   # bytes per ordinary page file, front matter included

RESERVED = {"index", "_index", "begrippen", "toetsen", "zoeken", "assets", "404", "sitemap",
            "search-index", "static", "layouts"}


def slugify(text: str) -> str:
    """Heading/file slug: lowercase, diacritics removed, non-alphanumeric runs -> '-'."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def is_ascii_word(w: str) -> bool:
    return w.isascii() and w.isalpha()


def yq(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------------
# Prose
# ---------------------------------------------------------------------------------------------

class Prose:
    def __init__(self, rng: random.Random):
        self.rng = rng
        # A deterministic lexicon of made-up Dutch-looking nouns, used in a Zipf-like way so the
        # search index sees a realistic long tail of words.
        seen = {n[0] for n in NOUNS}
        self.made_up: list[str] = []
        while len(self.made_up) < 3000:
            w = self.word()
            if w not in seen and 4 <= len(w) <= 16:
                seen.add(w)
                self.made_up.append(w)
        self.zipf_weights = [1.0 / (i + 1) ** 0.9 for i in range(len(self.made_up))]
        self.cum = []
        acc = 0.0
        for w in self.zipf_weights:
            acc += w
            self.cum.append(acc)
        self.ascii_nouns = [n for n in NOUNS if is_ascii_word(n[0]) and is_ascii_word(n[1])]
        self.ascii_adjs = [a for a in ADJECTIVES if is_ascii_word(a[1])]

    def word(self) -> str:
        r = self.rng
        w = r.choice(PREFIXES)
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            w += r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS)
        return w + r.choice(SUFFIXES)

    def made_up_word(self) -> str:
        x = self.rng.random() * self.cum[-1]
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return self.made_up[lo]

    def np(self, plural_ok: bool = True) -> str:
        """A noun phrase: determiner, maybe an adjective, a noun (real or made up)."""
        r = self.rng
        if r.random() < 0.18:
            noun, art = self.made_up_word(), "de"
            plural = noun + "en"
        else:
            noun, plural, art = r.choice(NOUNS)
        if plural_ok and r.random() < 0.25:
            adj = r.choice(ADJECTIVES)[1] + " " if r.random() < 0.4 else ""
            return r.choice(["de", "alle", "veel", "deze", "sommige"]) + " " + adj + plural
        det = r.choice(DETS_DE if art == "de" else DETS_HET)
        if r.random() < 0.35:
            base, infl = r.choice(ADJECTIVES)
            adj = base if (art == "het" and det in ("een", "elk", "ons")) else infl
            return f"{det} {adj} {noun}"
        return f"{det} {noun}"

    def sentence(self, subject: str | None = None) -> str:
        r = self.rng
        v3, vinf = r.choice(VERBS)
        subj = subject if subject is not None else self.np(plural_ok=False)
        t = r.randrange(7)
        if t == 0:
            s = f"{subj} {v3} {self.np()} {r.choice(PREPS)} {self.np()}"
        elif t == 1:
            who = r.choice(SUBJECTS) if subject is None else subject
            s = f"{who} {r.choice(MODALS)} {self.np()} {r.choice(PREPS)} {self.np()} {vinf}"
        elif t == 2:
            s = f"{r.choice(PREPS)} {self.np()} {v3} {subj} {r.choice(ADVERBS)} {self.np()}"
        elif t == 3:
            s = f"het is {r.choice(ADJECTIVES)[0]} om {self.np()} te {vinf}, {r.choice(CONJS)} {subj} {v3} {r.choice(ADVERBS)}"
        elif t == 4:
            s = f"{subj} {v3} {r.choice(ADVERBS)} {self.np()}, {r.choice(CONJS)} {self.np()} {r.choice(VERBS)[0]} {self.np()}"
        elif t == 5:
            s = f"volgens {self.np()} {v3} {subj} {self.np()} {r.choice(PREPS)} {self.np()}"
        else:
            s = f"{subj} {v3} {self.np()} {r.choice(ADVERBS)} {r.choice(PREPS)} {self.np()}"
        if r.random() < 0.2:
            s += f", {r.choice(CONJS)} {self.np()} {r.choice(VERBS)[0]} {r.choice(ADVERBS)}"
        return cap(s) + r.choice([".", ".", ".", ".", ".", "?", "!"] if r.random() < 0.1 else ["."])

    def short(self, lo: int = 3, hi: int = 7) -> str:
        """A short phrase of real words, for list items, table cells, answers."""
        r = self.rng
        words = []
        while len(words) < r.randint(lo, hi):
            words.extend(self.np().split())
        return " ".join(words[:hi])

    def ascii_phrase(self, lo: int = 2, hi: int = 5) -> str:
        """A capitalised phrase of ASCII letters and single spaces (headings: same slug everywhere)."""
        r = self.rng
        n = r.randint(lo, hi)
        words = []
        while len(words) < n:
            k = r.randrange(4)
            if k == 0:
                words += [r.choice(self.ascii_adjs)[1], r.choice(self.ascii_nouns)[0]]
            elif k == 1:
                words += [r.choice(self.ascii_nouns)[1], r.choice(["en", "of", "in", "bij", "voor"])]
            elif k == 2:
                w = self.made_up_word()
                words.append(w if is_ascii_word(w) else "signalen")
            else:
                words.append(r.choice(self.ascii_nouns)[0])
        words = words[:n]
        if words[-1] in ("en", "of", "in", "bij", "voor"):
            words[-1] = r.choice(self.ascii_nouns)[0]
        return cap(" ".join(words))


# ---------------------------------------------------------------------------------------------
# Site plan
# ---------------------------------------------------------------------------------------------

@dataclass
class Folder:
    rel: str                 # e.g. "werkplek-en-cultuur" or "werkplek-en-cultuur/signalen"
    title: str
    description: str
    weight: int
    top: str                 # top-level section folder
    pages: list = field(default_factory=list)
    children: list = field(default_factory=list)


@dataclass
class Page:
    rel: str                 # source path under content/, e.g. "a/b.md"
    folder: Folder
    title: str
    description: str
    weight: int
    target: int              # bytes
    headings: list = field(default_factory=list)   # [(level, text, slug)]
    links: list = field(default_factory=list)      # [(rel_target, anchor or None, text)]
    terms: list = field(default_factory=list)      # [form]
    sources: list = field(default_factory=list)


@dataclass
class Term:
    slug: str
    title: str
    aliases: list
    definition: str
    related: list = field(default_factory=list)


class Corpus:
    def __init__(self, size: int, seed: int):
        self.size = size
        self.rng = random.Random(seed * 1_000_003 + size)
        self.prose = Prose(self.rng)
        self.titles: set[str] = set()
        self.folders: list[Folder] = []
        self.pages: list[Page] = []
        self.terms: list[Term] = []
        self.quizzes: list[tuple[str, str]] = []  # (name, text)

    # -- names ------------------------------------------------------------------------------
    def unique_title(self, make) -> str:
        for _ in range(50):
            t = make()
            if t.lower() not in self.titles and slugify(t) not in RESERVED:
                self.titles.add(t.lower())
                return t
        t = make() + " " + self.prose.made_up_word()
        self.titles.add(t.lower())
        return t

    def page_title(self) -> str:
        r, p = self.rng, self.prose
        def make():
            k = r.randrange(4)
            if k == 0:
                return cap(f"{r.choice(ADJECTIVES)[1]} {r.choice(NOUNS)[1]} {r.choice(PREPS)} {p.np(False)}")
            if k == 1:
                return cap(f"{r.choice(NOUNS)[0]} en {r.choice(NOUNS)[0]}")
            if k == 2:
                return cap(f"{r.choice(['hoe', 'waarom', 'wanneer'])} {r.choice(VERBS)[0]} {p.np(False)} {p.np()}")
            return cap(f"{p.made_up_word()} {r.choice(PREPS)} {p.np()}")
        return self.unique_title(make)

    # -- structure --------------------------------------------------------------------------
    def plan(self):
        r, p = self.rng, self.prose
        n_sections = max(3, round(math.sqrt(self.size) / 3))
        leaf_folders: list[Folder] = []
        used_top = set()
        for i in range(n_sections):
            title = self.unique_title(lambda: p.ascii_phrase(1, 3))
            slug = slugify(title)
            while slug in used_top or slug in RESERVED:
                slug += "-" + str(i)
            used_top.add(slug)
            sec = Folder(slug, title, cap(p.sentence()), (i + 1) * 10, slug)
            self.folders.append(sec)
            leaf_folders.append(sec)
            for j in range(r.choice([0, 0, 1, 2, 3])):
                st = self.unique_title(lambda: p.ascii_phrase(1, 3))
                sub = Folder(f"{slug}/{slugify(st)}", st, p.sentence(), (j + 1) * 10, slug)
                if any(c.rel == sub.rel for c in sec.children):
                    sub.rel += f"-{j}"
                sec.children.append(sub)
                self.folders.append(sub)
                leaf_folders.append(sub)
        # Distribute pages over folders with uneven weights (some folders are much bigger).
        fw = [r.uniform(0.3, 2.0) for _ in leaf_folders]
        total = sum(fw)
        counts = [max(1, int(self.size * w / total)) for w in fw]
        while sum(counts) > self.size:
            i = counts.index(max(counts)); counts[i] -= 1
        i = 0
        while sum(counts) < self.size:
            counts[i % len(counts)] += 1; i += 1
        for folder, n in zip(leaf_folders, counts):
            taken = {posixpath.basename(c.rel) for c in folder.children}
            for k in range(n):
                title = self.page_title()
                name = slugify(title)[:60].strip("-")
                while name in taken or name in RESERVED:
                    name += "-" + str(k)
                taken.add(name)
                target = int(r.triangular(MIN_PAGE + 300, MAX_PAGE - 300, 3800))
                page = Page(f"{folder.rel}/{name}.md", folder, title, p.sentence(), (k + 1) * 10, target)
                n_h2 = max(2, min(5, target // 1500))
                seen = set()
                for _ in range(n_h2):
                    for level in [2] + [3] * r.choice([0, 0, 0, 1, 2]):
                        text = p.ascii_phrase(2, 5)
                        while slugify(text) in seen:
                            text += " " + r.choice(p.ascii_nouns)[0]
                        seen.add(slugify(text))
                        page.headings.append((level, text, slugify(text)))
                if r.random() < 0.1:
                    page.sources = [(cap(p.short(3, 6)), f"https://example.org/bron/{slugify(title)}/{s}")
                                    for s in range(r.randint(1, 3))]
                folder.pages.append(page)
                self.pages.append(page)
        self.plan_terms()
        self.plan_links()

    def plan_terms(self):
        r, p = self.rng, self.prose
        n_terms = self.size // 20
        names: set[str] = set()
        vocab = {n[0] for n in NOUNS} | {n[1] for n in NOUNS} | {a[0] for a in ADJECTIVES} | {a[1] for a in ADJECTIVES}
        while len(self.terms) < n_terms:
            if r.random() < 0.4:
                base, infl = r.choice(ADJECTIVES)
                noun, plural, art = r.choice(NOUNS)
                adj = base if art == "het" else infl
                title = cap(f"{adj} {noun}")
                aliases = [f"{infl} {plural}"]
                if art == "het" and base != infl:
                    aliases.append(f"{infl} {noun}")
            else:
                stem = p.word()
                if len(stem) < 5:
                    continue
                suffix = r.choice(["isme", "iteit", "heid", "ing", "schap"])
                if stem.endswith(suffix):
                    suffix = ""
                title = cap(stem + suffix)
                plural = {"isme": "ismen", "iteit": "iteiten", "heid": "heden", "ing": "ingen",
                          "schap": "schappen", "": "en"}[suffix]
                aliases = [stem + plural] if suffix else [stem + "en"]
                if suffix == "isme":
                    aliases.append(stem + "istische")
                elif r.random() < 0.5:
                    aliases.append(stem + "ische")
            forms = [title.lower()] + [a.lower() for a in aliases]
            if any(f in names or f in vocab for f in forms) or len(set(forms)) != len(forms):
                continue
            slug = slugify(title)
            if slug in RESERVED or any(t.slug == slug for t in self.terms):
                continue
            names.update(forms)
            definition = cap(f"{p.np(False)} {r.choice(VERBS)[0]} {p.np()} {r.choice(PREPS)} {p.np()}")
            if r.random() < 0.4:
                words = definition.split()
                i = r.randrange(1, len(words))
                words[i] = f"*{words[i]}*"
                definition = " ".join(words)
            self.terms.append(Term(slug, title, aliases, definition + "."))
        for t in self.terms:
            others = [o for o in self.terms if o is not t]
            for o in r.sample(others, min(len(others), r.randint(1, 3))):
                t.related.append(o.slug if r.random() < 0.75 else o.title)
        # Mentions: every term on at least one page, popular terms on many (Zipf).
        if self.terms:
            tw = [1.0 / (i + 1) ** 0.8 for i in range(len(self.terms))]
            for i, t in enumerate(self.terms):
                self.pages[(i * 20 + 7) % len(self.pages)].terms.append(r.choice([t.title.lower()] + t.aliases))
            for page in self.pages:
                for t in r.choices(self.terms, weights=tw, k=r.choice([0, 1, 1, 2, 3])):
                    page.terms.append(r.choice([t.title.lower()] + t.aliases))

    def plan_links(self):
        r = self.rng
        for page in self.pages:
            local = [q for q in page.folder.pages if q is not page]
            for _ in range(r.randint(2, 6)):
                pool = local if (local and r.random() < 0.6) else self.pages
                target = r.choice(pool)
                if target is page:
                    continue
                anchor = r.choice(target.headings)[2] if r.random() < 0.4 else None
                text = target.title if r.random() < 0.6 else self.prose.short(2, 4)
                page.links.append((target.rel, anchor, text))

    # -- bodies -----------------------------------------------------------------------------
    def inline_paragraph(self, page: Page, state: dict, n_sent: int) -> str:
        r, p = self.rng, self.prose
        sents = []
        for _ in range(n_sent):
            subj = None
            if state["terms"] and r.random() < 0.3:
                form = state["terms"].pop()
                subj = f"{r.choice(['de', 'het', 'dit', 'zulk'])} {form}" if r.random() < 0.7 else form
            s = p.sentence(subj)
            words = s.split(" ")
            if subj is None and len(words) > 4:
                x = r.random()
                i = r.randrange(1, len(words) - 2)
                if x < 0.12:
                    words[i] = f"*{words[i]}*"
                elif x < 0.2:
                    words[i] = f"**{words[i]} {words[i + 1]}**"; del words[i + 1]
                elif x < 0.26:
                    words[i] = f"`{r.choice(['artikel', 'art', 'awgb', 'wet', 'regel'])}-{r.randint(1, 99)}`"
                elif x < 0.28:
                    words[i] = f"~~{words[i]}~~"
                elif x < 0.30:
                    words[i] = f"<https://example.org/{slugify(words[i]) or 'bron'}>"
                elif x < 0.33:
                    words[i] = f"[{words[i]}](https://example.org/{slugify(words[i]) or 'bron'})"
                s = " ".join(words)
            if state["links"] and r.random() < 0.35:
                rel, anchor, text = state["links"].pop()
                dest = posixpath.relpath(rel, posixpath.dirname(page.rel))
                if anchor:
                    dest += "#" + anchor
                s = s[:-1] + f", zie [{text}]({dest})" + s[-1]
            if state["inpage"] and r.random() < 0.2:
                level, text, slug = state["inpage"].pop()
                s = s[:-1] + f" (zie [{text.lower()}](#{slug}))" + s[-1]
            if r.random() < 0.06 and state["fn"] < 4:
                state["fn"] += 1
                s = s[:-1] + f"[^{state['fn']}]" + s[-1]
            sents.append(s)
        return " ".join(sents)

    def block(self, page: Page, state: dict) -> str:
        r, p = self.rng, self.prose
        k = r.random()
        if k < 0.55:
            return self.inline_paragraph(page, state, r.randint(2, 6))
        if k < 0.68:
            marker = r.choice(["-", "*", "1."])
            items = []
            for i in range(r.randint(3, 6)):
                m = f"{i + 1}." if marker == "1." else marker
                item = cap(p.short(3, 9))
                if r.random() < 0.2 and state["terms"]:
                    item += " en " + state["terms"].pop()
                items.append(f"{m} {item}")
            return "\n".join(items)
        if k < 0.72:
            return "\n".join(f"- [{r.choice([' ', 'x'])}] {cap(p.short(3, 8))}" for _ in range(r.randint(2, 5)))
        if k < 0.84:
            cols = r.randint(2, 4)
            head = [cap(r.choice(NOUNS)[0]) for _ in range(cols)]
            align = [r.choice(["---", ":---", "---:", ":---:"]) for _ in range(cols)]
            rows = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
            for _ in range(r.randint(3, 7)):
                cells = []
                for c in range(cols):
                    cells.append(str(r.randint(1, 2000)) if c and r.random() < 0.3 else p.short(1, 4))
                rows.append("| " + " | ".join(cells) + " |")
            return "\n".join(rows)
        if k < 0.93:
            return "\n".join("> " + line for line in [self.inline_paragraph(page, state, r.randint(1, 3))])
        return "\n".join("> " + p.sentence() for _ in range(2)) if r.random() < 0.5 else \
            self.inline_paragraph(page, state, 1)

    def page_text(self, page: Page) -> str:
        """The page's file, between MIN_PAGE and MAX_PAGE bytes: retried with a corrected budget."""
        want = page.target
        best = None
        for _ in range(8):
            text = self._page_text(page, want)
            n = len(text.encode())
            if MIN_PAGE <= n <= MAX_PAGE:
                return text
            if best is None or abs(n - page.target) < abs(len(best.encode()) - page.target):
                best = text
            want += page.target - n
        return best

    def _page_text(self, page: Page, target: int) -> str:
        r, p = self.rng, self.prose
        fm = ["---", f"title: {yq(page.title)}", f"description: {yq(page.description)}",
              f"weight: {page.weight}"]
        if page.sources:
            fm.append("sources:")
            for t, u in page.sources:
                fm.append(f"  - title: {yq(t)}")
                fm.append(f"    url: {yq(u)}")
        fm.append("---")
        state = {"links": list(page.links), "terms": list(page.terms), "fn": 0,
                 "inpage": [h for h in page.headings if r.random() < 0.08]}
        r.shuffle(state["links"])
        r.shuffle(state["terms"])
        out = ["\n".join(fm), self.inline_paragraph(page, state, r.randint(2, 4))]
        size = sum(len(b.encode()) + 2 for b in out)
        per = max(120, (target - size - 60 * len(page.links) - 250) // len(page.headings))
        for level, text, _slug in page.headings:
            out.append("#" * level + " " + text)
            block_budget = per
            first = True
            while block_budget > 0:
                b = self.inline_paragraph(page, state, r.randint(1, 4)) if first else self.block(page, state)
                first = False
                out.append(b)
                block_budget -= len(b.encode()) + 2
        leftovers = []
        for rel, anchor, text in state["links"]:
            dest = posixpath.relpath(rel, posixpath.dirname(page.rel)) + (f"#{anchor}" if anchor else "")
            leftovers.append(f"- [{text}]({dest})")
        if leftovers:
            out.append("Zie ook:")
            out.append("\n".join(leftovers))
        if state["terms"]:
            out.append(" ".join(p.sentence(f"de {form}") for form in state["terms"]))
        if state["fn"]:
            out.append("\n".join(f"[^{i}]: {p.sentence()}" for i in range(1, state["fn"] + 1)))
        return "\n\n".join(out) + "\n"

    def folder_text(self, folder: Folder) -> str:
        r, p = self.rng, self.prose
        fm = f"---\ntitle: {yq(folder.title)}\ndescription: {yq(folder.description)}\nweight: {folder.weight}\n---"
        paras = [self.inline_paragraph_plain(r.randint(2, 4)) for _ in range(r.randint(1, 3))]
        if folder.pages:
            first = folder.pages[0]
            paras.append(f"Begin bij [{first.title}]({posixpath.basename(first.rel)}).")
        return fm + "\n\n" + "\n\n".join(paras) + "\n"

    def inline_paragraph_plain(self, n: int) -> str:
        return " ".join(self.prose.sentence() for _ in range(n))

    def home_text(self) -> str:
        lines = ["---", f"title: {yq(f'Kennisbank benchmark ({self.size} pagina' + chr(39) + 's)')}",
                 f"description: {yq('Een gegenereerde kennisbank om de bouwtijd te meten.')}",
                 "weight: 0", "---", "", self.inline_paragraph_plain(4), "", "## Onderdelen", ""]
        for f in self.folders:
            if "/" not in f.rel:
                lines.append(f"- [{f.title}]({f.rel}/_index.md): {f.description}")
        # No link to begrippen/_index.md: the benchmark also builds a variant without content/begrippen/.
        if self.size >= 100:
            lines += ["", "Test je kennis met de [toetsen](toetsen/_index.md)."]
        return "\n".join(lines) + "\n"

    def term_text(self, t: Term, aliases_key: str) -> str:
        r, p = self.rng, self.prose
        fm = ["---", f"title: {yq(t.title)}", f"{aliases_key}:"]
        fm += [f"  - {yq(a)}" for a in t.aliases]
        fm.append(f"definition: {yq(t.definition)}")
        fm.append("related: [" + ", ".join(yq(x) for x in t.related) + "]")
        fm.append("---")
        body = [self.inline_paragraph_plain(r.randint(2, 4)) for _ in range(r.randint(2, 4))]
        if r.random() < 0.3:
            body.insert(1, "## Voorbeeld")
        return "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n"

    def quiz_text(self, idx: int) -> tuple[str, str]:
        r, p = self.rng, self.prose
        tops = [f for f in self.folders if "/" not in f.rel]
        sec = tops[idx % len(tops)]
        sec_pages = [pg for pg in self.pages if pg.folder.top == sec.rel]
        name = f"{sec.rel}-toets-{idx // len(tops) + 1}"
        fm = ["---", f"title: {yq('Toets: ' + sec.title.lower() + ' ' + str(idx // len(tops) + 1))}",
              f"description: {yq(p.sentence())}", f"weight: {(idx + 1) * 10}", f"section: {sec.rel}",
              "questions:"]
        types = ["single", "single", "multiple", "truefalse", "truefalse"]
        r.shuffle(types)
        for qi, qt in enumerate(types):
            fm.append(f"  - id: vraag-{qi + 1}-{qt}")
            fm.append(f"    type: {qt}")
            subject = r.choice(self.terms).title.lower() if self.terms and r.random() < 0.5 else p.np(False)
            if qt == "truefalse":
                fm.append(f"    question: {yq('Juist of onjuist: ' + p.sentence(subject))}")
                correct = r.randrange(2)
                answers = [("Juist", correct == 0), ("Onjuist", correct == 1)]
            elif qt == "single":
                fm.append(f"    question: {yq('Wat is het beste antwoord over ' + subject + '?')}")
                n = r.randint(3, 4)
                correct = r.randrange(n)
                answers = [(cap(p.short(3, 8)), i == correct) for i in range(n)]
            else:
                fm.append(f"    question: {yq('Welke uitspraken over ' + subject + ' kloppen? Kies er een of meer.')}")
                n = 4
                flags = [r.random() < 0.5 for _ in range(n)]
                if not any(flags):
                    flags[r.randrange(n)] = True
                answers = [(cap(p.short(3, 8)), flags[i]) for i in range(n)]
            fm.append("    answers:")
            for text, ok in answers:
                fm.append(f"      - text: {yq(text)}")
                fm.append(f"        correct: {'true' if ok else 'false'}")
                fb = ("Goed. " if ok else "Niet goed. ") + p.sentence()
                fm.append(f"        feedback: {yq(fb)}")
            fm.append(f"    explanation: {yq(p.sentence() + ' ' + p.sentence())}")
            if sec_pages:
                links = [posixpath.relpath(pg.rel, "toetsen") for pg in r.sample(sec_pages, min(2, len(sec_pages)))]
                fm.append("    links: [" + ", ".join(yq(l) for l in links) + "]")
        fm.append("---")
        body = "\n".join(fm) + "\n\n" + self.inline_paragraph_plain(3) + "\n"
        return name, body


def write(path: str, text: str):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(size: int, outdir: str, seed: int, hugo_site: str) -> dict:
    c = Corpus(size, seed)
    c.plan()
    kb = os.path.join(outdir, "kennisbank")
    hg = os.path.join(outdir, "hugo")
    for d in (kb, hg):
        if os.path.exists(d):
            shutil.rmtree(d)
    files: list[tuple[str, str, str, str]] = []  # (kb rel, hugo rel, kb text, hugo text)

    def both(rel: str, text: str, hugo_rel: str | None = None, hugo_text: str | None = None):
        files.append((rel, hugo_rel or rel, text, hugo_text if hugo_text is not None else text))

    home = c.home_text()
    both("index.md", home, "_index.md")
    for f in c.folders:
        both(f"{f.rel}/_index.md", c.folder_text(f))
    page_sizes = []
    for pg in c.pages:
        text = c.page_text(pg)
        page_sizes.append(len(text.encode()))
        both(pg.rel, text)
    if c.terms:
        both("begrippen/_index.md", "---\ntitle: \"Begrippenlijst\"\ndescription: \"De begrippen van deze kennisbank, kort "
             "uitgelegd.\"\nweight: 800\n---\n\n" + c.inline_paragraph_plain(3) + "\n")
    for t in c.terms:
        state = c.rng.getstate()
        kb_text = c.term_text(t, "aliases")
        c.rng.setstate(state)
        hugo_text = c.term_text(t, "termAliases")
        both(f"begrippen/{t.slug}.md", kb_text, None, hugo_text)
    n_quizzes = size // 100
    if n_quizzes:
        both("toetsen/_index.md", "---\ntitle: \"Toetsen\"\ndescription: \"Test je kennis per onderdeel.\"\nweight: 900\n---\n\n"
             + c.inline_paragraph_plain(2) + "\n")
    for i in range(n_quizzes):
        name, text = c.quiz_text(i)
        both(f"toetsen/{name}.md", text)

    total = 0
    for rel, hrel, text, htext in files:
        write(os.path.join(kb, "content", rel), text)
        write(os.path.join(hg, "content", hrel), htext)
        total += len(text.encode())
    write(os.path.join(kb, "kennisbank.yml"),
          f"title: {yq(f'Kennisbank benchmark {size}')}\n"
          "description: \"Gegenereerde inhoud om de bouwtijd te meten.\"\n"
          "language: nl\ntheme: default\nunsafe: false\n")
    for dirpath, _dirs, names in os.walk(hugo_site):
        for n in sorted(names):
            src = os.path.join(dirpath, n)
            dst = os.path.join(hg, os.path.relpath(src, hugo_site))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
    sizes = sorted(page_sizes)
    return {"page_bytes_min": sizes[0], "page_bytes_median": sizes[len(sizes) // 2], "page_bytes_max": sizes[-1],
            "pages": len(c.pages), "sections": len(c.folders), "terms": len(c.terms),
            "quizzes": n_quizzes, "files": len(files), "bytes": total}


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", type=int, help="number of ordinary pages")
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--hugo-site", default=os.path.join(here, "hugo-site"),
                    help="Hugo config + layouts copied into OUTDIR/hugo")
    a = ap.parse_args(argv)
    if a.size < 20:
        ap.error("SIZE must be at least 20")
    if not os.path.isfile(os.path.join(a.hugo_site, "hugo.toml")):
        ap.error(f"no hugo.toml in {a.hugo_site}")
    stats = generate(a.size, a.outdir, a.seed, a.hugo_site)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
