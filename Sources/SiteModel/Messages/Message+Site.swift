/// Messages about the site as a whole: its theme folder, its organisation's logo, its home page, the
/// main menu, images from elsewhere and the handouts of its print editions (see `Message` for how to
/// add one).
extension Message {
    public static func themeNotFolderName(_ value: String) -> Message {
        Message(.themeNotFolderName, [value], english: "theme: '\(value)' is not the name of a folder in themes/",
                dutch: "theme: '\(value)' is geen naam van een map in themes/")
    }

    public static func themeNotFolderNameHint() -> Message {
        Message(.themeNotFolderNameHint, english: "write the folder's name only, e.g. 'theme: gemeente' for themes/gemeente/",
                dutch: "schrijf alleen de naam van de map, bijvoorbeeld 'theme: gemeente' voor themes/gemeente/")
    }

    public static func logoOnlyFile(_ text: String) -> Message {
        Message(.logoOnlyFile, [text], english: "'logo' needs the image file and a text for screen readers, found only '\(text)'",
                dutch: "bij 'logo' horen een afbeelding en een tekst voor schermlezers; er staat alleen '\(text)'")
    }

    public static func logoWriteAsHint(file: String, alt: String) -> Message {
        Message(.logoWriteAsHint, [file, alt], english: "write it as 'logo: {file: \(file), alt: \"\(alt)\"}'",
                dutch: "schrijf het zo: 'logo: {file: \(file), alt: \"\(alt)\"}'")
    }

    public static func logoUnderContent() -> Message {
        Message(.logoUnderContent, english: "the logo's path is counted from content/, so 'content/' must not start it",
                dutch: "het pad van het logo begint in content/, dus zet er geen 'content/' voor")
    }

    public static func logoWriteFileHint(_ path: String) -> Message {
        Message(.logoWriteFileHint, [path], english: "write 'file: \(path)'", dutch: "schrijf 'file: \(path)'")
    }

    public static func logoOutsideContent(_ value: String) -> Message {
        Message(.logoOutsideContent, [value], english: "the logo must be a file inside content/, found '\(value)'",
                dutch: "het logo moet een bestand in content/ zijn; er staat '\(value)'")
    }

    public static func logoOutsideContentHint() -> Message {
        Message(.logoOutsideContentHint, english: "put the image in content/ and write its path from there, e.g. 'file: logo.svg'",
                dutch: "zet de afbeelding in content/ en schrijf het pad vanaf daar, bijvoorbeeld 'file: logo.svg'")
    }

    public static func logoNotImage(_ path: String) -> Message {
        Message(.logoNotImage, [path], english: "'\(path)' is not an image a logo can be",
                dutch: "'\(path)' is geen afbeelding die een logo kan zijn")
    }

    public static func logoNotImageHint() -> Message {
        Message(.logoNotImageHint, english: "use an SVG, PNG, JPEG, GIF or WebP file (SVG stays sharp at every size)",
                dutch: "gebruik een SVG-, PNG-, JPEG-, GIF- of WebP-bestand (een SVG blijft scherp op elke grootte)")
    }

    public static func logoMissing(_ path: String) -> Message {
        Message(.logoMissing, [path], english: "the logo \(path) does not exist", dutch: "het logo \(path) bestaat niet")
    }

    /// `images` are the images in `content/` (the first few), shown so the right one can be copied.
    public static func logoMissingHint(images: [String]) -> Message {
        let list = images.joined(separator: ", ")
        if images.isEmpty {
            return Message(.logoMissingHint, english: "put the logo in content/ and write its path from there",
                           dutch: "zet het logo in content/ en schrijf het pad vanaf daar")
        }
        return Message(.logoMissingHint, [list], english: "put the logo in content/ and write its path from there; images there: \(list)",
                       dutch: "zet het logo in content/ en schrijf het pad vanaf daar; afbeeldingen in content/: \(list)")
    }

    public static func logoUnreadable(_ path: String, reason: String) -> Message {
        Message(.logoUnreadable, [path, reason], english: "cannot read the logo \(path): \(reason)",
                dutch: "het logo \(path) kan niet worden gelezen: \(reason)")
    }

    /// `type` is the type the name says, in capitals (`PNG`).
    public static func logoWrongContent(_ path: String, type: String) -> Message {
        Message(.logoWrongContent, [path, type], english: "\(path) is not a \(type) image: its content is something else",
                dutch: "\(path) is geen \(type)-afbeelding: er staat iets anders in")
    }

    public static func logoSaveAgainHint(_ type: String) -> Message {
        Message(.logoSaveAgainHint, [type], english: "save the logo again as \(type) in an image editor",
                dutch: "sla het logo opnieuw op als \(type) in een tekenprogramma")
    }

    /// `real` is the type the content shows; `name` the file name to give it, `path` the value to write.
    public static func logoRenameHint(real: String, name: String, path: String) -> Message {
        Message(.logoRenameHint, [real, name, path],
                english: "the file is really \(real): rename the file to \(name) and write 'file: \(path)'",
                dutch: "het bestand is eigenlijk een \(real): geef het de naam \(name) en schrijf 'file: \(path)'")
    }

    public static func logoLarge(_ path: String, bytes: Int) -> Message {
        Message(.logoLarge, [path, grouped(bytes), dutchGrouped(bytes)],
                english: "the logo \(path) has \(grouped(bytes)) bytes and loads on every page",
                dutch: "het logo \(path) is \(dutchGrouped(bytes)) bytes groot en wordt op elke pagina geladen")
    }

    public static func logoLargeHint(limit: Int) -> Message {
        Message(.logoLargeHint, [grouped(limit), dutchGrouped(limit)],
                english: "make it smaller than \(grouped(limit)) bytes: an SVG, or a PNG about 200 pixels high",
                dutch: "maak het kleiner dan \(dutchGrouped(limit)) bytes: een SVG, of een PNG van ongeveer 200 pixels hoog")
    }

    public static func homePageDraft() -> Message {
        Message(.homePageDraft, english: "content/index.md is a draft, so the site has no home page",
                dutch: "content/index.md is een concept (draft: true), dus de site heeft geen startpagina")
    }

    public static func homePageDraftHint() -> Message {
        Message(.homePageDraftHint, english: "remove 'draft: true' from content/index.md, or build with --drafts to see it",
                dutch: "haal 'draft: true' weg uit content/index.md, of bouw met --drafts om de pagina toch te zien")
    }

    public static func homePageMissing() -> Message {
        Message(.homePageMissing, english: "the site has no home page: content/index.md is missing",
                dutch: "de site heeft geen startpagina: content/index.md ontbreekt")
    }

    public static func homePageMissingHint() -> Message {
        Message(.homePageMissingHint,
                english: "create it with 'kennisbank new page index.md' and give it a title and a short welcome (or see the example site that 'kennisbank init' makes)",
                dutch: "maak de pagina met 'kennisbank new page index.md' en geef hem een titel en een kort welkomstwoord (kijk ook naar de voorbeeldsite die 'kennisbank init' maakt)")
    }

    public static func menuNotTopLevel() -> Message {
        Message(.menuNotTopLevel, english: "'menu' only works on a page directly in content/ or on a top-level section",
                dutch: "'menu' werkt alleen bij een pagina die direct in content/ staat, of bij een hoofdsectie (een map direct in content/)")
    }

    public static func menuNotTopLevelHint(_ value: String) -> Message {
        Message(.menuNotTopLevelHint, [value],
                english: "remove the line 'menu: \(value)'; the main menu lists the sections, and pages such as content/melden-en-hulp.md that have 'menu: true'",
                dutch: "haal de regel 'menu: \(value)' weg; in het hoofdmenu staan de secties, en pagina's zoals content/melden-en-hulp.md met 'menu: true'")
    }

    public static func imageOtherSite(_ address: String) -> Message {
        Message(.imageOtherSite, [address], english: "the image '\(address)' is on another site, and pages show only the site's own images",
                dutch: "de afbeelding '\(address)' staat op een andere site; pagina's tonen alleen afbeeldingen van de site zelf")
    }

    public static func imageOtherSiteHint() -> Message {
        Message(.imageOtherSiteHint,
                english: "save the image (if its licence allows) in content/ next to this page and link to it by its file name",
                dutch: "sla de afbeelding op in content/, naast deze pagina (als de licentie het toestaat), en link ernaar met de bestandsnaam")
    }

    public static func handoutsUnreadable() -> Message {
        Message(.handoutsUnreadable, english: "cannot read the handouts folder", dutch: "de map met hand-outs kan niet worden gelezen")
    }

    public static func handoutsUnreadableHint(_ folder: String) -> Message {
        Message(.handoutsUnreadableHint, [folder], english: "make the handouts first with scripts/handout.sh SITE \(folder), or leave out --handouts",
                dutch: "maak eerst de hand-outs met scripts/handout.sh SITE \(folder), of laat --handouts weg")
    }

    public static func handoutNoEdition() -> Message {
        Message(.handoutNoEdition, english: "this PDF belongs to no print edition of the site",
                dutch: "deze pdf hoort bij geen enkele printversie van de site")
    }

    public static func handoutNoEditionHint() -> Message {
        Message(.handoutNoEditionHint, english: "remove it, or make the handouts again from this build",
                dutch: "haal hem weg, of maak de hand-outs opnieuw vanuit deze build")
    }

    public static func handoutNotPDF() -> Message {
        Message(.handoutNotPDF, english: "this file is not a PDF", dutch: "dit bestand is geen pdf")
    }

    public static func handoutNotPDFHint() -> Message {
        Message(.handoutNotPDFHint, english: "make the handouts again with scripts/handout.sh",
                dutch: "maak de hand-outs opnieuw met scripts/handout.sh")
    }
}
