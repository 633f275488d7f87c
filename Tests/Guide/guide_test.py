#!/usr/bin/env python3
"""The trainers' guide, tested: performs the steps of docs/handleiding.md on a copy of this
repository's site with the real tool, and checks what the guide says the tool says.

  python3 Tests/Guide/guide_test.py path/to/kennisbank      (make test runs it as 'make guide-test')

Steps (each a named check; the closing line counts them):
  check-clean         chapter 6: 'kennisbank check' on the site as it is: 'geen fouten en geen waarschuwingen'
  edit-link-note      chapter 9: a site with a pipeline file and no editURL gets a 'let op' line, and passes
  new-files           chapter 6: the four 'kennisbank new' commands of the guide, a path without .md, a name
                      that becomes a slug, a section, an existing file; then 'check' refuses the example texts
  write-the-files     the new files written as the guide says (texts, aliases, a second quiz question, the
                      term used on a page): 'check' passes
  mistake:<name>      chapter 7: every listed mistake, made in the new files; the message the guide quotes
                      appears; the fix the guide gives (mostly: paste the tip's 'bedoelde je') makes it pass
  quoted-messages     every message quoted in chapters 6 and 7 appeared in one of the outputs above
Exit status 1 when anything fails. Needs only Python 3 and the tool; the site is copied to a temporary folder.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUIDE = os.path.join(REPO, "docs", "handleiding.md")
TEMPLATES = os.path.join(REPO, "Sources", "Starter", "ContentTemplate+Texts.swift")


class Failed(Exception):
    pass


class Guide:
    def __init__(self, kennisbank):
        self.kennisbank = kennisbank
        self.root = tempfile.mkdtemp(prefix="kb-guide-")
        shutil.copytree(os.path.join(REPO, "content"), os.path.join(self.root, "content"))
        shutil.copy(os.path.join(REPO, "kennisbank.yml"), self.root)
        self.outputs = []
        self.passed, self.failed = 0, 0

    # -- running the tool and editing files, as a trainer does

    def run(self, *args):
        result = subprocess.run([self.kennisbank, *args], cwd=self.root, capture_output=True, text=True, timeout=300)
        text = result.stdout + result.stderr
        self.outputs.append(text)
        return result.returncode, text

    def check(self, *extra):
        return self.run("check", *extra)

    def path(self, rel):
        return os.path.join(self.root, rel)

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8") as f:
            return f.read()

    def write(self, rel, text):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        with open(self.path(rel), "w", encoding="utf-8") as f:
            f.write(text)

    def replace(self, rel, old, new):
        text = self.read(rel)
        if old not in text:
            raise Failed("%r is not in %s" % (old, rel))
        self.write(rel, text.replace(old, new, 1))

    def step(self, name, fn):
        try:
            problems = fn() or []
        except Failed as e:
            problems = [str(e)]
        if problems:
            self.failed += 1
            print("FAIL  %s" % name)
            for p in problems:
                print("  - " + str(p).replace("\n", "\n    "))
        else:
            self.passed += 1
            print("PASS  %s" % name)
        sys.stdout.flush()


def tip(output):
    """The text a tip says to type: 'bedoelde je '...'?'."""
    match = re.search(r"tip: bedoelde je '(.*?)'\? ", output)
    if not match:
        raise Failed("no 'bedoelde je' in:\n%s" % output[-2000:])
    return match.group(1)


def expect(output, *texts):
    missing = [t for t in texts if t not in output]
    if missing:
        raise Failed("the output does not say %s:\n%s" % (", ".join(repr(t) for t in missing), output[-3000:]))


def example_texts():
    source = open(TEMPLATES, encoding="utf-8").read()
    block = source[source.index("exampleTexts = ["):]
    block = block[:block.index("]\n")]
    return re.findall(r'"((?:[^"\\]|\\.)*)"', block)


PAGE = "content/definities/nieuwe-pagina.md"
TERM = "content/begrippen/validisme.md"
QUIZ = "content/toetsen/toets-eigen-rol.md"
SCAN = "content/vragenlijsten/evaluatie-teamdag.md"
LAW = "content/juridisch-kader/nieuwe-wet.md"
CLEAN = "geen fouten en geen waarschuwingen"

# The new page as a trainer writes it. Line 12, column 21 is the '[[' of the guide's example message.
PAGE_TEXT = """---
title: "Nieuwe pagina"
description: "Een pagina om de handleiding te testen."
weight: 100
sources:
  - title: "Grondwet, artikel 1"
    url: "https://wetten.overheid.nl/BWBR0001840"
---

## Wat het is

Dit is een vorm van [[institutioneel racisme]].
Meer over [[Validisme]] en over [intentie](../valkuilen/intentie-versus-effect.md).
"""

TERM_TEXT = """---
title: Validisme
aliases:
  - validistisch
  - validistische
definition: "Discriminatie van mensen met een beperking, ook als niemand dat bedoelt."
related: [discriminatie]
sources:
  - title: "College voor de Rechten van de Mens"
    url: "https://www.mensenrechten.nl/"
---
Validisme is onderscheid naar handicap of chronische ziekte. Het zit vaak in gewone regels.
"""

# The guide's chapter 4 question, added to the new quiz as its second question.
SECOND_QUESTION = """  - id: racisme-en-discriminatie
    type: truefalse
    question: "Racisme is een vorm van discriminatie, en alle discriminatie is racisme."
    answers:
      - text: Juist
        correct: false
        feedback: "Het eerste deel klopt, het tweede niet."
      - text: Onjuist
        correct: true
        feedback: "Racisme is een vorm van discriminatie, maar niet alle discriminatie is racisme."
    explanation: "Volgens het College voor de Rechten van de Mens is racisme een vorm van discriminatie."
    links:
      - ../definities/racisme.md
"""


def fill(guide, rel):
    """Replaces every example text of 'kennisbank new' in `rel` by the trainer's own words."""
    text = guide.read(rel)
    for number, example in enumerate(example_texts()):
        text = text.replace(example, "Eigen tekst %d." % number)
    guide.write(rel, text)


def passes(guide):
    code, output = guide.check()
    if code != 0 or CLEAN not in output:
        raise Failed("check does not pass (exit %d):\n%s" % (code, output[-3000:]))


def steps(guide):
    def check_clean():
        code, output = guide.check()
        expect(output, CLEAN, "gecontroleerd in")
        if code != 0:
            raise Failed("exit %d" % code)
        if "fatal:" in output or "[1/7]" in output:
            raise Failed("Git's own words or progress lines in a check that is not on a terminal:\n" + output)
    guide.step("check-clean", check_clean)

    def edit_link_note():
        shutil.copy(os.path.join(REPO, ".gitlab-ci.yml"), guide.root)
        try:
            code, output = guide.check()
            expect(output, "let op: de site wordt gepubliceerd door een pijplijn (.gitlab-ci.yml), maar kennisbank.yml heeft geen editURL",
                   "tot dan open je een bestand in de webeditor via zijn pad", CLEAN)
            if code != 0:
                raise Failed("a note fails the check")
        finally:
            os.remove(guide.path(".gitlab-ci.yml"))
    guide.step("edit-link-note", edit_link_note)

    def new_files():
        for args, created in [(["page", "definities/nieuwe-pagina.md"], PAGE), (["term", "Validisme"], TERM),
                              (["quiz", "Toets eigen rol"], QUIZ), (["vragenlijst", "Evaluatie teamdag"], SCAN),
                              (["page", "juridisch-kader/nieuwe-wet"], LAW)]:
            code, output = guide.run("new", *args)
            expect(output, "Gemaakt: " + created, "vervang de voorbeeldteksten")
        if "\nreviewed: " not in guide.read(LAW):
            raise Failed("a page in juridisch-kader (reviewRequiredIn) has no reviewed:")
        if "\nsection:" in guide.read(QUIZ):
            raise Failed("'Toets eigen rol' names no section, so the quiz has none")
        code, output = guide.run("new", "page", "Definities/Andere Pagina")
        expect(output, "'Definities/Andere Pagina' is de bestandsnaam 'definities/andere-pagina.md' geworden",
               "Gemaakt: content/definities/andere-pagina.md")
        os.remove(guide.path("content/definities/andere-pagina.md"))
        code, output = guide.run("new", "page", "nieuw-onderdeel/_index.md")
        expect(output, "Gemaakt: content/nieuw-onderdeel/_index.md")
        if 'title: "Nieuw onderdeel"' not in guide.read("content/nieuw-onderdeel/_index.md"):
            raise Failed("a section gets its folder's name as its title")
        shutil.rmtree(guide.path("content/nieuw-onderdeel"))
        code, output = guide.run("new", "quiz", "Toets definities")
        if "\nsection: definities\n" not in guide.read("content/toetsen/toets-definities.md"):
            raise Failed("'Toets definities' names the section definities")
        os.remove(guide.path("content/toetsen/toets-definities.md"))
        code, output = guide.run("new", "page", "definities/nieuwe-pagina.md")
        expect(output, "fout: content/definities/nieuwe-pagina.md bestaat al; er is niets veranderd")
        if code == 0:
            raise Failed("an existing file is refused")
        code, output = guide.check()
        expect(output, "waarschuwing: dit is nog de voorbeeldtekst van 'kennisbank new'",
               "waarschuwingen (waarschuwingen tellen als fout)")
        if code == 0:
            raise Failed("check passes a site with example texts")
    guide.step("new-files", new_files)

    def write_the_files():
        guide.write(PAGE, PAGE_TEXT)
        guide.write(TERM, TERM_TEXT)
        for rel in (QUIZ, SCAN, LAW):
            fill(guide, rel)
        guide.replace(QUIZ, "\n---\n", "\n" + SECOND_QUESTION + "---\n")
        passes(guide)
    guide.step("write-the-files", write_the_files)


def mistake(guide, name, rel, old, new, expected, fix=None):
    """Makes the mistake (`old` becomes `new` in `rel`; lists for several edits), checks that the output
    says `expected`, then makes the fix: `fix(output)` when given (what the guide says to do, mostly with
    the tip's text), else the old text back, and checks that the site passes again."""
    def run():
        before = guide.read(rel)
        try:
            for a, b in zip(old, new) if isinstance(old, list) else [(old, new)]:
                guide.replace(rel, a, b)
            code, output = guide.check()
            expect(output, *expected)
            if code == 0:
                raise Failed("check passed with the mistake:\n" + output)
            if fix:
                fix(output)
            else:
                guide.write(rel, before)
            passes(guide)
        finally:
            guide.write(rel, before)
    guide.step("mistake:" + name, run)


def mistakes(guide):
    def put_tip(rel, wrong):
        return lambda output: guide.replace(rel, wrong, tip(output))

    # The example at the start of chapter 7, word for word.
    guide_text = open(GUIDE, encoding="utf-8").read()
    example = guide_text[guide_text.index("Een melding ziet er zo uit:"):]
    example = example[example.index("```\n") + 4:]
    example = example[:example.index("```")]
    mistake(guide, "example", PAGE, "[[institutioneel racisme]]", "[[institutioneel rasisme]]", [example.rstrip("\n"), "Controle mislukt: 1 fout"],
            put_tip(PAGE, "institutioneel rasisme"))

    mistake(guide, "not-closed", PAGE, '    url: "https://wetten.overheid.nl/BWBR0001840"\n---\n', '    url: "https://wetten.overheid.nl/BWBR0001840"\n\n',
            ["content/definities/nieuwe-pagina.md:1:1: fout: de front matter wordt niet afgesloten"])
    mistake(guide, "no-front-matter", PAGE, "---\ntitle:", "title:", ["fout: het bestand heeft geen front matter"])
    mistake(guide, "colon", PAGE, 'title: "Nieuwe pagina"', "title: Toets: Definities",
            ["fout: de tekst na 'title:' bevat ': ', en dat leest YAML als een nieuwe sleutel", "bedoelde je '\"Toets: Definities\"'?"],
            put_tip(PAGE, "Toets: Definities"))
    mistake(guide, "special-start", PAGE, 'title: "Nieuwe pagina"', "title: [Concept] Nieuwe pagina",
            ["fout: de tekst begint met '[', en dat teken heeft in YAML een speciale betekenis"], put_tip(PAGE, "[Concept] Nieuwe pagina"))
    mistake(guide, "unclosed-quote", PAGE, 'title: "Nieuwe pagina"', 'title: "Nieuwe pagina',
            ["fout: het aanhalingsteken \" dat hier begint, wordt nergens gesloten"], put_tip(PAGE, '"Nieuwe pagina'))
    mistake(guide, "tab", TERM, "  - validistische", "\t- validistische",
            ["fout: deze regel springt in met een tab; YAML springt alleen in met spaties", "vervang de tab door spaties: hier 2 spaties"],
            lambda output: guide.replace(TERM, "\t- validistische", "  - validistische"))
    mistake(guide, "list-depth", TERM, "  - validistisch\n", "   - validistisch\n",
            ["fout: dit lijstitem springt 3 spaties in, de andere items van de lijst 2", "    aliases:\n       - validistisch"],
            put_tip(TERM, "   - validistisch"))
    mistake(guide, "key-depth", PAGE, "\ndescription:", "\n description:",
            ["fout: deze regel springt 1 spatie in, de regel erboven 0"], lambda output: guide.replace(PAGE, "\n description:", "\ndescription:"))
    mistake(guide, "merged-items", TERM, "  - validistische", "   - validistische",
            ["waarschuwing: deze regel lijkt een nieuw lijstitem, maar hij springt verder in dan het item erboven; nu zijn ze samen één tekst: 'validistisch - validistische'"],
            put_tip(TERM, "   - validistische"))
    mistake(guide, "missing-space", PAGE, 'description: "Een', 'description:"Een',
            ["fout: na 'description:' ontbreekt een spatie"], put_tip(PAGE, "description:"))
    mistake(guide, "logo", "kennisbank.yml", "file: logo.svg", "file: logo.png",
            ["kennisbank.yml:7:9: fout: het logo content/logo.png bestaat niet", "tip: bedoelde je 'logo.svg'?"])
    mistake(guide, "no-title", PAGE, 'title: "Nieuwe pagina"\n', "", ["fout: de front matter heeft geen 'title'"])
    mistake(guide, "no-explanation", QUIZ, '    explanation: "Volgens', '    uitleg: "Volgens',
            ["fout: vraag 2 heeft geen 'explanation'", "waarschuwing: onbekende sleutel 'uitleg' in vraag 2", "bedoelde je 'explanation'?"],
            lambda output: guide.replace(QUIZ, "    uitleg:", "    " + tip(output) + ":"))
    mistake(guide, "no-feedback", QUIZ, '        feedback: "Het eerste deel', '        toelichting: "Het eerste deel',
            ["fout: antwoord 1 heeft geen 'feedback'"])
    mistake(guide, "weight", PAGE, "weight: 100", "weight: tien", ["fout: 'weight' moet een heel getal zijn, maar hier staat 'tien'"])
    mistake(guide, "draft", PAGE, "weight: 100", "draft: misschien", ["fout: 'draft' moet true of false zijn, maar hier staat 'misschien'"])
    mistake(guide, "dutch-key", PAGE, "description:", "beschrijving:",
            ["waarschuwing: onbekende sleutel 'beschrijving' in de front matter", "tip: bedoelde je 'description'?",
             "Controle mislukt: 1 waarschuwing (waarschuwingen tellen als fout)"], put_tip(PAGE, "beschrijving"))
    mistake(guide, "heading", PAGE, "## Wat het is", "# Wat het is",
            ["waarschuwing: een kop met één '#' in de tekst: de titel is al de hoofdkop van de pagina"], put_tip(PAGE, "# Wat het is"))
    mistake(guide, "several", PAGE, ["description:", "weight: 100", "## Wat het is"], ["beschrijving:", "weight: tien", "# Wat het is"],
            ["Controle mislukt: 1 fout, 2 waarschuwingen (waarschuwingen tellen als fout)"])

    def same_address():
        guide.write("content/definities/nieuwe-pagina/_index.md", "---\ntitle: Dubbel\n---\nTekst.\n")
        try:
            code, output = guide.check()
            expect(output, "fout: twee pagina's krijgen hetzelfde adres /definities/nieuwe-pagina/: content/definities/nieuwe-pagina.md "
                           "en content/definities/nieuwe-pagina/_index.md")
        finally:
            shutil.rmtree(guide.path("content/definities/nieuwe-pagina"))
        passes(guide)
    guide.step("mistake:same-address", same_address)
    mistake(guide, "page-missing", PAGE, "../valkuilen/intentie-versus-effect.md", "../valkuilen/intentie-vs-effect.md",
            ["fout: de pagina '../valkuilen/intentie-vs-effect.md' bestaat niet (gezocht naar content/valkuilen/intentie-vs-effect.md)",
             "tip: bedoelde je '../valkuilen/intentie-versus-effect.md'?"], put_tip(PAGE, "../valkuilen/intentie-vs-effect.md"))
    mistake(guide, "anchor", PAGE, "[intentie](../valkuilen/intentie-versus-effect.md)", "[intentie](#wat-het-iss)",
            ["fout: het anker '#wat-het-iss' bestaat niet in content/definities/nieuwe-pagina.md", "tip: bedoelde je '#wat-het-is'?"],
            put_tip(PAGE, "#wat-het-iss"))
    mistake(guide, "two-terms", TERM, "  - validistische\n", "  - validistische\n  - institutioneel racisme\n",
            ["fout: 'institutioneel racisme' is de naam van twee begrippen: content/begrippen/institutioneel-racisme.md en content/begrippen/validisme.md"])
    mistake(guide, "related", TERM, "related: [discriminatie]", "related: [discriminatei]",
            ["fout: bij 'related' staat een begrip dat niet bestaat: 'discriminatei'"], put_tip(TERM, "discriminatei"))
    def unused_term():
        guide.run("new", "term", "Ongebruikt begrip")
        rel = "content/begrippen/ongebruikt-begrip.md"
        before = guide.read(PAGE)
        try:
            fill(guide, rel)
            code, output = guide.check()
            expect(output, "waarschuwing: geen enkele pagina gebruikt het begrip 'Ongebruikt begrip'")
            guide.replace(PAGE, "## Wat het is\n", "## Wat het is\n\nZie [[Ongebruikt begrip]].\n")
            passes(guide)
        finally:
            os.remove(guide.path(rel))
            guide.write(PAGE, before)
    guide.step("mistake:unused-term", unused_term)
    reviewed = next(line for line in guide.read(LAW).split("\n") if line.startswith("reviewed:"))
    mistake(guide, "review-overdue", LAW, reviewed, "reviewed: 2020-01-01",
            ["waarschuwing: de inhoud is voor het laatst gecontroleerd op 2020-01-01, meer dan 12 maanden geleden"])
    mistake(guide, "review-missing", LAW, reviewed + "\n", "",
            ["waarschuwing: deze pagina heeft geen 'reviewed'-datum, en die is verplicht voor pagina's in 'juridisch-kader'"])
    mistake(guide, "review-future", LAW, reviewed, "reviewed: 2099-01-01", ["waarschuwing: de controledatum 2099-01-01 ligt in de toekomst"])
    mistake(guide, "review-shape", LAW, reviewed, "reviewed: 2-12-2026",
            ["fout: 'reviewed' moet een datum zijn in de vorm JJJJ-MM-DD, maar hier staat '2-12-2026'", "tip: bedoelde je '2026-12-02'?"])
    mistake(guide, "review-real", LAW, reviewed, "reviewed: 2026-02-30", ["fout: 'reviewed' is geen echte datum: maand 2 van 2026 heeft 28 dagen"])
    mistake(guide, "avoided-source", PAGE, "https://wetten.overheid.nl/BWBR0001840", "https://www.5dok.net/document/x.html",
            ["waarschuwing: de bron 'Grondwet, artikel 1' staat op 5dok.net, een website die je niet als bron gebruikt"])
    mistake(guide, "source-url", PAGE, "\n---\n\n## Wat", "\n  - title: \"Een boek\"\n---\n\n## Wat", ["fout: bron 2 heeft geen 'url'"])
    mistake(guide, "raw-html", PAGE, "## Wat het is\n", "## Wat het is\n\n<b>Let op</b>\n", ["waarschuwing: HTML-code wordt niet overgenomen"])

    # A renamed folder: one line first, then every link with its new path.
    def renamed():
        os.rename(guide.path("content/valkuilen"), guide.path("content/valkuilen-en-vooroordelen"))
        try:
            code, output = guide.check("--max-diagnostics", "3")
            first = output.split("\n", 1)[0]
            if not first.startswith("content/valkuilen: let op: de map content/valkuilen bestaat niet, maar content/valkuilen-en-vooroordelen heeft dezelfde pagina's: is de map hernoemd?"):
                raise Failed("the first line does not name the renamed folder:\n" + output[:2000])
            expect(output, "bedoelde je '../valkuilen-en-vooroordelen/", "... en nog ")
        finally:
            os.rename(guide.path("content/valkuilen-en-vooroordelen"), guide.path("content/valkuilen"))
        passes(guide)
    guide.step("mistake:renamed-folder", renamed)

    # Limits: files and texts the tool refuses rather than spend minutes on.
    def limits():
        problems = []
        cases = [("content/definities/groot.md", ("---\ntitle: Groot\n---\n" + "tekst " * 180000).encode(),
                  "het bestand is 1.080.021 bytes groot; een bestand mag hoogstens 1.000.000 bytes zijn"),
                 ("content/definities/latijn.md", b"---\ntitle: Caf\xe9\n---\n", "fout: het bestand is geen geldige UTF-8-tekst"),
                 ("content/definities/nul.md", b"---\ntitle: Nul\n---\nab\x00c\n", "het bestand is geen gewone tekst: er staat een NUL-teken in"),
                 ("content/definities/ster.md", b"---\ntitle: *Let op*: lezen\n---\n", "fout: een waarde in de front matter begint met '*'"),
                 ("content/definities/en.md", b"---\ntitle: &amp Kennis\n---\n", "fout: een waarde in de front matter begint met '&'"),
                 ("content/definities/diep.md", ("---\ntitle: Diep\nx: " + "[" * 25 + "]" * 25 + "\n---\n").encode(),
                  "fout: de front matter springt meer dan 20 keer verder in"),
                 ("content/definities/citaten.md", ("---\ntitle: Citaten\n---\n" + "> " * 40 + "te diep\n").encode(),
                  "fout: hier staan citaten en lijsten meer dan 32 keer in elkaar"),
                 ("content/definities/haken.md", ("---\ntitle: Haken\n---\n" + "[" * 1001 + "x\n").encode(),
                  "fout: in deze alinea staan meer dan 1.000 keer '[' tegelijk open"),
                 ("content/definities/tabel.md", ("---\ntitle: Tabel\n---\n" + "|a" * 130 + "|\n" + "|-" * 130 + "|\n").encode(),
                  "fout: een rij van de tabel heeft meer dan 128 cellen")]
        for rel, data, expected in cases:
            with open(guide.path(rel), "wb") as f:
                f.write(data)
            try:
                code, output = guide.check()
                if expected not in output or code == 0:
                    problems.append("%s: the output does not say %r:\n%s" % (rel, expected, output[-1500:]))
            finally:
                os.remove(guide.path(rel))
        return problems
    guide.step("mistake:limits", limits)

    # A quiz, as in chapter 7, 'Fouten in een toets'.
    mistake(guide, "no-correct", QUIZ, "        correct: true\n", "        correct: false\n", ["fout: de vraag heeft geen goed antwoord"])
    mistake(guide, "two-correct", QUIZ, "        correct: false\n", "        correct: true\n", ["fout: een vraag met 'type: single' heeft 2 goede antwoorden"])
    mistake(guide, "truefalse", QUIZ, "      - text: Onjuist", "      - text: Niet waar",
            ["fout: een vraag met 'type: truefalse' heeft precies twee antwoorden, 'Juist' en 'Onjuist', en één ervan is goed"])
    mistake(guide, "quiz-id", QUIZ, "id: racisme-en-discriminatie", "id: vraag-1", ["fout: de id 'vraag-1' staat bij twee vragen van deze toets"])
    mistake(guide, "quiz-section", QUIZ, "\nquestions:", "\nsection: definitie\nquestions:",
            ["fout: het onderdeel 'definitie' bestaat niet", "tip: bedoelde je 'definities'?"],
            lambda output: guide.replace(QUIZ, "section: definitie\n", "section: %s\n" % tip(output)))

    # A vragenlijst, as in 'Fouten in een vragenlijst'. The template's scale gives 0 to 3 points a
    # question; two scale questions give a theme 0 to 6.
    mistake(guide, "scale", SCAN, "    scale: hoe-vaak\n", "    scale: hoe-vak\n",
            ["fout: de schaal 'hoe-vak' bestaat niet", "tip: bedoelde je 'hoe-vaak'?"], put_tip(SCAN, "hoe-vak"))
    mistake(guide, "level-unreachable", SCAN, "max: 2", "max: -1",
            ["fout: uitkomst 'Laag risico' kan nooit voorkomen: het laagste aantal punten van dit thema is 0"])
    mistake(guide, "levels-after", SCAN, "max: 2", "max: 6",
            ["fout: de uitkomsten na 'Laag risico' kunnen nooit voorkomen: het hoogste aantal punten van dit thema is 6"])
    mistake(guide, "level-empty", SCAN, "      - label: Hoog risico", "      - label: Midden\n        max: 2\n        text: \"Midden.\"\n      - label: Hoog risico",
            ["fout: uitkomst 'Midden' is leeg"])
    mistake(guide, "last-level", SCAN, "      - label: Hoog risico\n", "      - label: Hoog risico\n        max: 5\n",
            ["fout: de laatste uitkomst moet doorlopen tot het hoogste aantal punten van dit thema (6), niet tot 5"])
    mistake(guide, "points", SCAN, "      - id: toelichting\n", "      - id: keuze\n        type: single\n        text: \"Kies.\"\n        options:\n"
            "          - {label: Ja, points: 1}\n          - Nee\n      - id: toelichting\n",
            ["fout: het antwoord 'Nee' van deze vraag heeft geen punten, maar andere antwoorden wel"])
    mistake(guide, "scan-id", SCAN, "id: stelling-2", "id: stelling-1", ["fout: de id 'stelling-1' staat twee keer in deze vragenlijst"])


def quoted_messages(guide):
    """Every message chapters 6 and 7 quote, found in what the tool said: a quoted text (in `code`) of
    three or more words that is not YAML, a command or a path; '...' stands for anything, digits for
    any number."""
    text = open(GUIDE, encoding="utf-8").read()
    text = text[text.index("## 6. Bekijken"):text.index("## 8. Checklist")]
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    spans = [" ".join(s.split()) for s in re.findall(r"(?<!`)`([^`]+)`(?!`)", text)]
    said = " ".join(" ".join(guide.outputs).split())
    problems = []
    checked = 0
    for span in spans:
        if len(span.split()) < 3 or re.match(r"^[a-zA-Z]+:\s", span) or span.startswith(("kennisbank ", "make", "[", "-", "#")):
            continue
        checked += 1
        pattern = ".*?".join(re.sub(r"\d+(?:[.,]\d+)*", r"\\d+(?:[.,]\\d+)*", re.escape(part)).replace(r"\\d", r"\d")
                             for part in span.split("..."))
        if not re.search(pattern, said):
            problems.append("the guide quotes %r, which the tool never said" % span)
    print("      (%d quoted messages checked)" % checked)
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    guide = Guide(os.path.abspath(sys.argv[1]))
    try:
        steps(guide)
        mistakes(guide)
        guide.step("quoted-messages", lambda: quoted_messages(guide))
    finally:
        shutil.rmtree(guide.root, ignore_errors=True)
    print("guide: %d passed, %d failed" % (guide.passed, guide.failed))
    return 1 if guide.failed else 0


if __name__ == "__main__":
    sys.exit(main())
