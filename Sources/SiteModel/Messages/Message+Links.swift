/// Messages about links, anchors and images (see `Message` for how to add one).
extension Message {
    public static func linkEmpty() -> Message {
        Message(.linkEmpty, english: "empty link destination", dutch: "de link heeft geen adres")
    }

    public static func linkEmptyHint() -> Message {
        Message(.linkEmptyHint, english: "write the page's path between the parentheses",
                dutch: "schrijf tussen de haakjes het pad naar de pagina, bijvoorbeeld (../definities/racisme.md)")
    }

    public static func linkUnsafe(_ url: String) -> Message {
        Message(.linkUnsafe, [url], english: "unsafe link '\(url)' was removed", dutch: "de onveilige link '\(url)' is weggehaald")
    }

    public static func linkUnsafeHint() -> Message {
        Message(.linkUnsafeHint,
                english: "only web addresses are allowed; set 'unsafe: true' in kennisbank.yml to allow script links",
                dutch: "alleen webadressen en paden naar pagina's mogen; met 'unsafe: true' in kennisbank.yml mogen ook scriptlinks")
    }

    public static func linkOutsideContent(_ url: String) -> Message {
        Message(.linkOutsideContent, [url], english: "link '\(url)' points outside content/",
                dutch: "de link '\(url)' wijst naar een plek buiten content/")
    }

    public static func linkOutsideContentHint() -> Message {
        Message(.linkOutsideContentHint, english: "link to a file inside content/, relative to this file",
                dutch: "link naar een bestand in content/, met het pad vanaf dit bestand (te veel '../'?)")
    }

    public static func anchorMissing(_ id: String, in path: String) -> Message {
        Message(.anchorMissing, [id, path], english: "anchor '#\(id)' does not exist in content/\(path)",
                dutch: "het anker '#\(id)' bestaat niet in content/\(path)")
    }

    /// `anchors` lists a few of the page's anchors ('#wat-het-is, #voorbeelden'), or is empty.
    public static func anchorHint(_ path: String, anchors: String = "") -> Message {
        Message(.anchorHint, [path] + (anchors.isEmpty ? [] : [anchors]),
                english: "link to one of the headings of content/\(path)" + (anchors.isEmpty ? "" : ": \(anchors)"),
                dutch: "link naar een van de koppen van content/\(path)" + (anchors.isEmpty ? "" : " (\(anchors))") + ", of laat het anker weg")
    }

    public static func linkToDraft(_ url: String) -> Message {
        Message(.linkToDraft, [url], english: "link '\(url)' points to a draft page",
                dutch: "de link '\(url)' wijst naar een concept (een pagina met 'draft: true')")
    }

    public static func linkToDraftHint(_ target: String) -> Message {
        Message(.linkToDraftHint, [target],
                english: "publish content/\(target) (remove 'draft: true') or remove the link; 'kennisbank build --drafts' shows drafts",
                dutch: "publiceer content/\(target) (haal 'draft: true' weg) of haal de link weg")
    }

    public static func pageMissing(_ url: String, target: String) -> Message {
        Message(.pageMissing, [url, target], english: "page '\(url)' does not exist (looked for content/\(target))",
                dutch: "de pagina '\(url)' bestaat niet (gezocht naar content/\(target))")
    }

    public static func fileMissing(_ url: String, target: String) -> Message {
        Message(.fileMissing, [url, target], english: "file '\(url)' does not exist (looked for content/\(target))",
                dutch: "het bestand '\(url)' bestaat niet (gezocht naar content/\(target))")
    }

    public static func imageMissing(_ url: String, target: String) -> Message {
        Message(.imageMissing, [url, target], english: "image '\(url)' does not exist (looked for content/\(target))",
                dutch: "de afbeelding '\(url)' bestaat niet (gezocht naar content/\(target))")
    }

    public static func pageMissingHint() -> Message {
        Message(.pageMissingHint, english: "link to an existing page by its path relative to this file, ending in .md",
                dutch: "link naar een bestaande pagina met het pad vanaf dit bestand, met .md aan het eind ('../' is één map omhoog)")
    }

    public static func imageMissingHint() -> Message {
        Message(.imageMissingHint, english: "put the image in content/ and link to it relative to this file",
                dutch: "zet de afbeelding in content/ en link ernaar met het pad vanaf dit bestand")
    }

    public static func folderRenamed(old: String, new: String, links: Int) -> Message {
        Message(.folderRenamed, [old, new, String(links)],
                english: "the folder content/\(old) does not exist, but content/\(new) holds the same pages: was it renamed? \(Language.count(links, "link", "links")) below point into content/\(old)",
                dutch: "de map content/\(old) bestaat niet, maar content/\(new) heeft dezelfde pagina's: is de map hernoemd? \(Language.count(links, "link", "links")) hieronder \(links == 1 ? "wijst" : "wijzen") naar content/\(old)")
    }

    public static func folderRenamedHint(new: String) -> Message {
        Message(.folderRenamedHint, [new],
                english: "change the links to content/\(new) (each error below gives its new path), or give the folder its old name back",
                dutch: "verander de links naar content/\(new) (bij elke fout hieronder staat het nieuwe pad), of geef de map zijn oude naam terug")
    }
}
