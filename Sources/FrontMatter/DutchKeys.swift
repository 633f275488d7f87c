/// The English key a trainer meant by a Dutch word: keys are English (`description`), but people
/// write what they say (`beschrijving`), and edit distance finds nothing between the two.
enum DutchKeys {
    /// Dutch word -> the keys it can mean, most likely first; the first one allowed where it is
    /// written wins (`thema` is `theme` in kennisbank.yml and `themes` in a vragenlijst).
    static let meanings: [String: [String]] = [
        "titel": ["title"], "naam": ["title", "label"], "kop": ["title"],
        "beschrijving": ["description"], "omschrijving": ["description"], "samenvatting": ["description"],
        "gewicht": ["weight"], "volgorde": ["weight"], "positie": ["weight"],
        "concept": ["draft"], "klad": ["draft"],
        "inhoudsopgave": ["toc"], "inhoud": ["toc"],
        "autolinken": ["autolink"], "automatisch": ["autolink"],
        "bronnen": ["sources"], "bron": ["sources"],
        "gecontroleerd": ["reviewed"], "controle": ["reviewed"], "controledatum": ["reviewed"], "gecontroleerdop": ["reviewed"],
        "herzien": ["reviewed"], "nagekeken": ["reviewed"], "datum": ["reviewed"],
        "aliassen": ["aliases"], "alias": ["aliases"], "synoniemen": ["aliases"], "vormen": ["aliases"],
        "definitie": ["definition"], "betekenis": ["definition"],
        "verwant": ["related"], "verwante": ["related"], "gerelateerd": ["related"], "zieook": ["related"],
        "zie-ook": ["related"], "zie_ook": ["related"],
        "sectie": ["section"], "onderdeel": ["section"], "hoofdstuk": ["section"], "map": ["section"],
        "vragen": ["questions"], "vraag": ["question", "text"], "stelling": ["text"],
        "antwoorden": ["answers", "options"], "antwoord": ["answers", "options"], "opties": ["options"], "keuzes": ["options"],
        "uitleg": ["explanation", "help"], "toelichting": ["explanation", "help"], "hulp": ["help"],
        "tekst": ["text"], "goed": ["correct"], "juist": ["correct"], "fout": ["correct"],
        "terugkoppeling": ["feedback"], "reactie": ["feedback"],
        "schudden": ["shuffle"], "husselen": ["shuffle"], "willekeurig": ["shuffle"],
        "schalen": ["scales"], "schaal": ["scale"], "thema": ["theme", "themes"], "themas": ["themes"], "thema's": ["themes"],
        "niveaus": ["levels"], "uitkomsten": ["levels"], "punten": ["points"], "maximum": ["max"],
        "soort": ["type"], "intern": ["internal"], "adres": ["url"], "webadres": ["url"], "link": ["url", "links"],
        "domein": ["domain"], "reden": ["reason"], "taal": ["language"], "mail": ["mailto"], "email": ["mailto"], "e-mail": ["mailto"],
        "vermijden": ["avoid"],
    ]

    /// The key `key` probably means among `allowed`, when it is a Dutch word for one.
    static func english(for key: String, allowed: Set<String>) -> String? {
        meanings[key.lowercased()]?.first { allowed.contains($0) }
    }
}
