/// What `kennisbank new` says (see `Message` for how to add one).
extension Message {
    public static func created(_ path: String) -> Message {
        Message(.created, [path], english: "Created \(path)", dutch: "Gemaakt: \(path)")
    }

    public static func createdNextStep() -> Message {
        Message(.createdNextStep,
                english: "Open it and replace the example texts; until then 'kennisbank check' reports them and the page cannot be published.",
                dutch: "Open het bestand en vervang de voorbeeldteksten; tot dan meldt 'kennisbank check' ze en kan de pagina niet online.")
    }

    public static func nameBecameSlug(_ name: String, file: String) -> Message {
        Message(.nameBecameSlug, [name, file],
                english: "'\(name)' became the file name '\(file)': a web address has lowercase letters, digits and hyphens",
                dutch: "'\(name)' is de bestandsnaam '\(file)' geworden: een webadres heeft kleine letters, cijfers en streepjes")
    }

    public static func newExists(_ path: String) -> Message {
        Message(.newExists, [path], english: "\(path) already exists; nothing was changed",
                dutch: "\(path) bestaat al; er is niets veranderd")
    }

    public static func newExistsHint() -> Message {
        Message(.newExistsHint, english: "choose another name, or open the existing file",
                dutch: "kies een andere naam, of open het bestaande bestand")
    }

    public static func newNoName(_ text: String) -> Message {
        Message(.newNoName, [text], english: "'\(text)' has no letters or digits to make a file name from",
                dutch: "van '\(text)' kan geen bestandsnaam gemaakt worden: er staan geen letters of cijfers in")
    }

    public static func newNoNameHint() -> Message {
        Message(.newNoNameHint, english: "use a name with letters, e.g. kennisbank new page definities/nieuwe-pagina.md",
                dutch: "gebruik een naam met letters, bijvoorbeeld: kennisbank new page definities/nieuwe-pagina.md")
    }

    public static func newOutsideContent(_ path: String) -> Message {
        Message(.newOutsideContent, [path], english: "'\(path)' is not a place inside content/", dutch: "'\(path)' is geen plek in content/")
    }

    public static func newOutsideContentHint() -> Message {
        Message(.newOutsideContentHint, english: "give a path below content/, e.g. definities/nieuwe-pagina.md",
                dutch: "geef een pad onder content/, bijvoorbeeld definities/nieuwe-pagina.md")
    }

    public static func newWrongFolder(_ kind: String, folder: String) -> Message {
        Message(.newWrongFolder, [kind, folder], english: "a \(kind) belongs in content/\(folder)/",
                dutch: "een \(kind == "term" ? "begrip" : kind == "quiz" ? "toets" : "vragenlijst") hoort in content/\(folder)/")
    }

    public static func newWrongFolderHint(_ kind: String) -> Message {
        Message(.newWrongFolderHint, [kind], english: "give only a name or title: kennisbank new \(kind) \"Name\"",
                dutch: "geef alleen een naam of titel: kennisbank new \(kind) \"Naam\"")
    }

    public static func newNoSite(_ root: String) -> Message {
        Message(.newNoSite, [root], english: "there is no content/ folder in \(root)", dutch: "in \(root) staat geen map content/")
    }

    public static func newNoSiteHint() -> Message {
        Message(.newNoSiteHint, english: "go to the folder of the site (where content/ and kennisbank.yml are), or give it with --root",
                dutch: "ga eerst naar de map van de site (waar content/ en kennisbank.yml staan), of geef die map aan met --root")
    }
}
