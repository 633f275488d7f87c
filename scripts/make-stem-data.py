#!/usr/bin/env python3
"""Regenerate the Dutch stemmer reference data in Tests/SearchTests/Data.

Writes dutch-words.txt and dutch-stems.txt (one word per line, aligned) from:
  * every word in content/**/*.md (lowercased, diacritics kept: the stemmer sees them too), and
  * a few thousand generated Dutch word forms: stems with common suffixes, diminutives, plurals,
    words with diacritics, 'ij', 'y' and i/y between vowels, double vowels and consonants.

The reference is the PyPI package snowballstemmer, algorithm "dutch_porter": the classic Snowball Dutch
stemmer that DutchStemmer.swift and stemmer.js implement. (snowballstemmer 3.x calls a newer, different
algorithm "dutch"; 2.x called the classic one "dutch".) The tests never run this script; run it by hand
when the content grew or the stemmer changed, in a throwaway virtual environment:

    python3 -m venv /tmp/stemvenv && /tmp/stemvenv/bin/pip install snowballstemmer==3.1.1
    /tmp/stemvenv/bin/python scripts/make-stem-data.py

Then run the Swift tests (SearchTests) and the browser check (Tests/Browser/test_stemmer_js.py).
"""
import itertools
import pathlib
import re
import sys

import snowballstemmer

ALGORITHM = "dutch_porter"
REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO / "Tests" / "SearchTests" / "Data"

# Stems chosen to hit every rule: -heid/-heden, -en after 'gem', -ig/-ing/-end/-lijk/-baar/-bar, undoubling
# (dd/kk/tt and aa/ee/oo/uu), i/y between vowels, and the themes of the content.
STEMS = """
aanpak advies afkomst agent ambt arbeid arm baan bedrijf beeld begrip behandel beken beleid bericht
beroep besluit bestuur bewijs bewust blank boek boos brief buur cultuur daad deel denk dienst dier
discrimineer divers doel dood draag drug echt eer eigen eis elk emancipeer ervar etnisch feit fiets
gebied gebrek geloof gelijk gemeen gemeent gesprek gevoel gewoon groep grond haat hand handel heer
hoofd hoop huis huur idee inclusief inkomen jaar jong kaart kamp kans kennis kerk keuz kind klacht
klant kleur koop kracht land leeftijd leer leid lichaam lid macht maan mak man mens meisje melding
minder moeder mogelijk nat natuur nodig norm oordeel oud plaats politie praat probleem raad racist
recht reden regel rijk ruim school slaaf stad steun stem straat taal tijd toegang tolerant trein
uitsluit vaak veilig verschil vertrouw vlucht volk vooroordeel vraag vrij vrouw waar wet werk wijk
wonen zaak zeker ziek zorg zwaar zwart gem boot maat neet poot vuur kaas noot deur muur baard
""".split()
SUFFIXES = """
  e en ene s se es er ers ste heid heden ing ingen lijk lijke lijkheid baar bare baarheid bar
  ig ige igheid end ende enden je jes tje tjes etje etjes pje pjes kje kjes isch ische ist isten isme
  atie aties eren erend erende erd erde ers t te ten d de den
""".split()
EXTRA = """
één eén ideeën knieën geëmancipeerd beïnvloeden beïnvloeding reünie café cafés coöperatie naïef
naïeve zeeën ruïne ruïnes efficiënt efficiënte patiënt patiënten financiële geïnteresseerd gecreëerd
creëren crème scène scènes première à là hè yoga yoghurt royaal royale mooie mooi haaien haai
kooien fraaie fraai ijs ijzer bijl rijke vrijheid vrijheden gemeenschap gemeenten gemengde geme
gemen gemenen lijkt heden heid cheid zachtheid hoogheid snelheid uitdrukking uitdrukkingen
bedden bedde ekken atten idd ikk itt maandag aardig aardige aardigheid boomen bomen keek kaak
y yy ayy yay iii aia aiaia ei eie eieren eiland dd baarheid baarlijk mogelijkheid mogelijkheden
onmogelijk lichamelijk lichamelijke heerlijk koninklijk kinderen kindje kindjes meisjes huisje
huisjes vrouwtje vrouwtjes mannetje mannetjes boompje boompjes koninkje kettinkje
""".split()


def content_words():
    words = set()
    for path in sorted((REPO / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8").lower()
        words.update(re.findall(r"[^\W\d_]+", text))
    return words


def generated_words():
    words = set(EXTRA)
    for stem, suffix in itertools.product(STEMS, SUFFIXES):
        words.add(stem + suffix)
    for stem in STEMS:  # diacritics on the first vowel: prelude maps ä/á/ë/é/ï/í/ö/ó/ü/ú
        for plain, marked in (("e", "ë"), ("e", "é"), ("i", "ï"), ("o", "ö"), ("u", "ü"), ("a", "á")):
            if plain in stem:
                words.add(stem.replace(plain, marked, 1) + "en")
    return words


def main():
    stemmer = snowballstemmer.stemmer(ALGORITHM)
    words = sorted(content_words() | generated_words())
    stems = [stemmer.stemWord(w) for w in words]
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "dutch-words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    (DATA / "dutch-stems.txt").write_text("\n".join(stems) + "\n", encoding="utf-8")
    version = getattr(snowballstemmer, "__version__", None) or _dist_version()
    print(f"{len(words)} words, snowballstemmer {version}, algorithm {ALGORITHM}", file=sys.stderr)


def _dist_version():
    from importlib.metadata import version
    return version("snowballstemmer")


if __name__ == "__main__":
    main()
