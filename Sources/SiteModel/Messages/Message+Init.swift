/// What `kennisbank init` and `kennisbank theme export` print (see `Message` for how to add one).
extension Message {
    /// `found` are what makes the folder a site already: `kennisbank.yml`, `content/`.
    public static func initSiteExists(_ folder: String, found: [String]) -> Message {
        let english = found.joined(separator: " and "), dutch = found.joined(separator: " en ")
        return Message(.initSiteExists, [folder, english, dutch],
                       english: "\(folder) already holds a kennisbank: it has \(english). Nothing was changed.",
                       dutch: "in \(folder) staat al een kennisbank: er \(found.count == 1 ? "staat" : "staan") \(dutch) in. Er is niets veranderd.")
    }

    public static func initSiteExistsHint() -> Message {
        Message(.initSiteExistsHint, english: "to start a new site, choose a new or empty folder, e.g. 'kennisbank init nieuwe-kennisbank'",
                dutch: "kies voor een nieuwe site een nieuwe of lege map, bijvoorbeeld 'kennisbank init nieuwe-kennisbank'")
    }

    /// `reason` is `folderIsFile`, `folderNotWritable` or the system's own words.
    public static func initWriteFailed(_ folder: String, reason: Phrase) -> Message {
        Message(.initWriteFailed, [folder, reason.english, reason.dutch], english: "cannot write the new site to \(folder): \(reason.english)",
                dutch: "de nieuwe site kan niet in \(folder) worden gezet: \(reason.dutch)")
    }

    public static func initWriteFailedHint() -> Message {
        Message(.initWriteFailedHint, english: "choose a folder you may write in, e.g. 'kennisbank init nieuwe-kennisbank'",
                dutch: "kies een map waarin je mag schrijven, bijvoorbeeld 'kennisbank init nieuwe-kennisbank'")
    }

    public static func initCreated(_ folder: String, files: Int) -> Message {
        Message(.initCreated, [folder, String(files)], english: "Created a new kennisbank in \(folder) (\(files) files):",
                dutch: "Nieuwe kennisbank gemaakt in \(folder) (\(Language.count(files, "bestand", "bestanden"))):")
    }

    public static func initKept(_ path: String) -> Message {
        Message(.initKept, [path], english: "\(path) (kept: it exists already; the site's version was not written)",
                dutch: "\(path) (bestond al en is niet veranderd)")
    }

    /// `folder` is where the site was made, nil for the current folder.
    public static func initNextSteps(folder: String?) -> Message {
        let cd = folder.map { "  cd \($0)\n" } ?? ""
        return Message(.initNextSteps, folder.map { [$0] } ?? [], english: """

            Every text in content/ is example text: replace it with your own, or delete it. Next:
            \(cd)  kennisbank serve          show the site at http://127.0.0.1:8000 while you write
              kennisbank build --strict check everything and write the site to site/
            Set your site's name, organisation and logo in kennisbank.yml.
            """, dutch: """

            Alle tekst in content/ is voorbeeldtekst: vervang hem door je eigen tekst, of gooi hem weg. Daarna:
            \(cd)  kennisbank serve          bekijk de site op http://127.0.0.1:8000 terwijl je schrijft
              kennisbank build --strict controleer alles en zet de site in site/
            Zet de naam van je site, je organisatie en je logo in kennisbank.yml.
            """)
    }

    public static func themeExportExists(_ folder: String, count: Int, files: String) -> Message {
        Message(.themeExportExists, [folder, String(count), files],
                english: "\(folder) already has \(count) of the theme's files (\(files)). Nothing was changed.",
                dutch: "in \(folder) staan al \(count) bestanden van het thema (\(files)). Er is niets veranderd.")
    }

    public static func themeExportExistsHint() -> Message {
        Message(.themeExportExistsHint, english: "export into a new folder, e.g. 'kennisbank theme export themes/nieuw'",
                dutch: "zet het thema in een nieuwe map, bijvoorbeeld 'kennisbank theme export themes/nieuw'")
    }

    public static func themeExportFailed(_ folder: String, reason: Phrase) -> Message {
        Message(.themeExportFailed, [folder, reason.english, reason.dutch], english: "cannot write the theme to \(folder): \(reason.english)",
                dutch: "het thema kan niet in \(folder) worden gezet: \(reason.dutch)")
    }

    public static func themeExportFailedHint() -> Message {
        Message(.themeExportFailedHint, english: "choose a folder you may write in, e.g. 'kennisbank theme export themes/eigen'",
                dutch: "kies een map waarin je mag schrijven, bijvoorbeeld 'kennisbank theme export themes/eigen'")
    }

    public static func themeExported(_ folder: String, files: Int) -> Message {
        Message(.themeExported, [folder, String(files)],
                english: "Wrote the built-in theme to \(folder) (\(files) files in templates/, assets/ and texts/).",
                dutch: "Het ingebouwde thema staat nu in \(folder) (\(Language.count(files, "bestand", "bestanden")) in templates/, assets/ en texts/).")
    }

    /// `name` is the theme's folder in themes/, `folder` the path as typed.
    public static func themeExportNext(name: String, folder: String) -> Message {
        Message(.themeExportNext, [name, folder],
                english: "Next: set 'theme: \(name)' in kennisbank.yml and change what you want. A colour: write "
                    + "':root { --kleur-accent: #00695c; }' in \(folder)/assets/css/eigen.css (the names are at the top of "
                    + "assets/css/kennisbank.css). Then delete the files you did not change: those follow the built-in theme.",
                dutch: "Zet daarna 'theme: \(name)' in kennisbank.yml en verander wat je wilt. Een kleur: schrijf "
                    + "':root { --kleur-accent: #00695c; }' in \(folder)/assets/css/eigen.css (de namen staan bovenaan in "
                    + "assets/css/kennisbank.css). Gooi daarna de bestanden weg die je niet hebt veranderd: die volgen het ingebouwde thema.")
    }

    public static func themeExportMove() -> Message {
        Message(.themeExportMove,
                english: "A site uses a theme from themes/<name>/ beside its content/ folder: move the folder there and set 'theme: <name>' in kennisbank.yml.",
                dutch: "Een site gebruikt een thema uit themes/<naam>/, naast de map content/: zet de map daar neer en schrijf 'theme: <naam>' in kennisbank.yml.")
    }
}

extension Phrase {
    /// Why a folder cannot be written in: it is a file.
    public static func folderIsFile(_ path: String) -> Phrase {
        Phrase(english: "\(path) is a file, not a folder", dutch: "\(path) is een bestand, geen map")
    }

    /// ... it may not be written in.
    public static func folderNotWritable(_ path: String) -> Phrase {
        Phrase(english: "\(path) may not be written in", dutch: "je mag niet schrijven in \(path)")
    }
}
