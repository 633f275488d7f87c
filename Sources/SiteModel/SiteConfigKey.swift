/// One top-level key of `kennisbank.yml`. `all` is the one list of keys: the config loader accepts
/// exactly these (any other is a warning with 'did you mean'), and `kennisbank init` writes every one
/// of them, with its explanation, into the new site's config. A key added here is therefore
/// documented in every new site; a key read by the loader but missing here is a warning.
public struct SiteConfigKey: Sendable, Hashable {
    /// The key as written, e.g. `reviewAfterMonths`.
    public let name: String
    /// Keys inside its value, at any depth (`logo`: `file`, `alt`), which the example shows too.
    public let subkeys: [String]
    /// What the key does, in Dutch for the people who edit the config; one comment line each.
    public let explanation: [String]
    /// A valid value that differs from the default, as YAML after `name:` (a value of several lines
    /// starts with a line break, its lines indented by two spaces). A new site shows it commented
    /// out unless it sets the key; tests load every example to prove that each key is read.
    public let example: String

    /// Creates a key.
    public init(_ name: String, subkeys: [String] = [], explanation: [String], example: String) {
        self.name = name
        self.subkeys = subkeys
        self.explanation = explanation
        self.example = example
    }

    /// Every key, in the order a new site's config lists them.
    public static let all: [SiteConfigKey] = [
        SiteConfigKey("title", explanation: [
            "Naam van de site: in de kop van elke pagina en in de titel van het tabblad.",
        ], example: "Kennisbank Voorbeeld"),
        SiteConfigKey("description", explanation: [
            "Eén zin over de site, voor zoekmachines; ook de tekst onderaan elke pagina als 'footer' ontbreekt.",
        ], example: "\"Trainingsmateriaal van Mijn organisatie.\""),
        SiteConfigKey("organisation", explanation: [
            "De organisatie die de site uitgeeft; staat onderaan elke pagina.",
        ], example: "Mijn organisatie"),
        SiteConfigKey("logo", subkeys: ["file", "alt"], explanation: [
            "Logo in de kop van elke pagina. 'file': een afbeelding (SVG, PNG, JPEG, GIF of WebP) in content/,",
            "met het pad vanaf content/. 'alt': wat een schermlezer voorleest, meestal de naam van de organisatie.",
        ], example: "\n  file: logo.svg\n  alt: \"Mijn organisatie\""),
        SiteConfigKey("footer", explanation: [
            "Tekst onderaan elke pagina; zonder deze regel staat daar de description.",
        ], example: "\"Een kennisbank van Mijn organisatie.\""),
        SiteConfigKey("language", explanation: [
            "Taal van de site: de woorden van het thema (knoppen, datums; 'nl' of 'en', zie texts/ in het thema),",
            "<html lang> voor schermlezers en zoekmachines, en de taal van de meldingen van kennisbank.",
        ], example: "en"),
        SiteConfigKey("baseURL", explanation: [
            "Adres waarop de site online staat: dan krijgt de site een sitemap.xml en werkt de 404-pagina overal.",
            "De pipelines geven het adres zelf mee (--base-url); zet het hier alleen voor een eigen domein.",
        ], example: "https://kennisbank.example.org/"),
        SiteConfigKey("editURL", explanation: [
            "Adres om een bestand in de webeditor van GitLab of GitHub te openen; dan staat 'Bewerk deze pagina'",
            "op elke pagina. GitLab: https://gitlab.com/GROEP/PROJECT/-/edit/main/, GitHub: https://github.com/EIGENAAR/REPO/edit/main/",
        ], example: "https://gitlab.com/GROEP/PROJECT/-/edit/main/"),
        SiteConfigKey("theme", explanation: [
            "Eigen thema: een map onder themes/ met sjablonen, CSS of JavaScript die die van het standaardthema",
            "vervangen, bestand voor bestand. Begin er een met 'kennisbank theme export themes/eigen'.",
        ], example: "eigen"),
        SiteConfigKey("unsafe", explanation: [
            "true laat HTML en javascript:-links in Markdown door. Niet aanbevolen: het maakt de site onveiliger.",
        ], example: "true"),
        SiteConfigKey("autolink", explanation: [
            "false: begrippen worden alleen gelinkt waar een pagina [[begrip]] schrijft, niet overal waar ze staan.",
        ], example: "false"),
        SiteConfigKey("reviewAfterMonths", explanation: [
            "Na hoeveel maanden de 'reviewed'-datum van een pagina verloopt (dan geeft de build een waarschuwing).",
        ], example: "12"),
        SiteConfigKey("reviewRequiredIn", explanation: [
            "Mappen of bestanden in content/ waarvan elke pagina een 'reviewed'-datum moet hebben.",
        ], example: "\n  - voorbeeld-onderdeel"),
        SiteConfigKey("sources", subkeys: ["avoid", "domain", "reason"], explanation: [
            "Websites die je niet als bron wilt zien (ook hun subdomeinen); een bron daarvandaan geeft een waarschuwing.",
        ], example: "\n  avoid:\n    - domain: example.com\n      reason: \"geen officiële bron; link de publicatie zelf\""),
        SiteConfigKey("print", subkeys: ["editions", "sectionGlossary"], explanation: [
            "Afdrukversies (print/...). 'print: false' of 'editions: false': geen afdrukversies, voor een site die te",
            "groot is om als één document te lezen. 'sectionGlossary: full' zet bij een onderdeel de volledige",
            "artikelen van de begrippen in plaats van alleen elke term met zijn korte definitie ('compact').",
        ], example: "\n  editions: false\n  sectionGlossary: full"),
        SiteConfigKey("synoniemen", explanation: [
            "Groepen woorden die het zoeken als hetzelfde behandelt; elke groep op een eigen regel.",
        ], example: "\n  - [klacht, melding]"),
    ]

    /// The names of every key, for the loader.
    public static var names: [String] { all.map(\.name) }
}
