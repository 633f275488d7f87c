/// The progress lines of a build (`[4/7] Indexeren ...`, shown on a terminal or with --verbose)
/// and where page dates came from (see `Message` for how to add one).
extension Message {
    public static func stepConfigure(theme: String) -> Message {
        Message(.stepConfigure, [theme], english: "Configuring theme '\(theme)'", dutch: "Instellingen lezen: thema '\(theme)'")
    }

    public static func stepDiscover(pages: Int, files: Int, dates: Message, unchanged: Bool) -> Message {
        Message(.stepDiscover, [String(pages), String(files)] + dates.arguments,
                english: "Discovering \(Language.count(pages, "page", "pages")), \(Language.count(files, "file", "files")); \(dates.english)"
                    + (unchanged ? ": unchanged since the last build" : ""),
                dutch: "Zoeken: \(Language.count(pages, "pagina", "pagina's")), \(Language.count(files, "ander bestand", "andere bestanden")); \(dates.dutch)"
                    + (unchanged ? "; niets veranderd sinds de vorige keer" : ""))
    }

    public static func stepParse(parsed: Int, of total: Int) -> Message {
        let english = parsed == total ? Language.count(parsed, "page", "pages") : "\(parsed) of \(Language.count(total, "page", "pages"))"
        let dutch = parsed == total ? Language.count(parsed, "pagina", "pagina's") : "\(parsed) van \(Language.count(total, "pagina", "pagina's"))"
        return Message(.stepParse, [String(parsed), String(total)], english: "Parsing \(english)", dutch: "Lezen: \(dutch)")
    }

    public static func stepIndex(routes: Int, terms: Int, quizzes: Int, questionnaires: Int) -> Message {
        Message(.stepIndex, [String(routes), String(terms), String(quizzes), String(questionnaires)],
                english: "Indexing \(routes) routes, \(Language.count(terms, "term", "terms")), \(Language.count(quizzes, "quiz", "quizzes")), \(Language.count(questionnaires, "vragenlijst", "vragenlijsten"))",
                dutch: "Indexeren: \(Language.count(routes, "adres", "adressen")), \(Language.count(terms, "begrip", "begrippen")), \(Language.count(quizzes, "toets", "toetsen")), \(Language.count(questionnaires, "vragenlijst", "vragenlijsten"))")
    }

    public static func stepIndexUnchanged() -> Message {
        Message(.stepIndexUnchanged, english: "Indexing unchanged", dutch: "Indexeren: niets veranderd")
    }

    public static func stepTransform(done: Int, of total: Int) -> Message {
        let english = done == total ? Language.count(done, "page", "pages") : "\(done) of \(Language.count(total, "page", "pages"))"
        let dutch = done == total ? Language.count(done, "pagina", "pagina's") : "\(done) van \(Language.count(total, "pagina", "pagina's"))"
        return Message(.stepTransform, [String(done), String(total)], english: "Transforming \(english)", dutch: "Verwerken: \(dutch)")
    }

    public static func stepRender(rendered: Int, of total: Int) -> Message {
        let english = rendered == total ? Language.count(rendered, "page", "pages") : "\(rendered) of \(Language.count(total, "page", "pages"))"
        let dutch = rendered == total ? Language.count(rendered, "pagina", "pagina's") : "\(rendered) van \(Language.count(total, "pagina", "pagina's"))"
        return Message(.stepRender, [String(rendered), String(total)], english: "Rendering \(english)", dutch: "Opmaken: \(dutch)")
    }

    public static func stepRenderSkipped() -> Message {
        Message(.stepRenderSkipped, english: "Rendering nothing: the build failed", dutch: "Opmaken: niets, want er zijn fouten")
    }

    public static func stepWrite(changed: Int, of total: Int, removed: Int) -> Message {
        Message(.stepWrite, [String(changed), String(total), String(removed)],
                english: "Writing \(changed) of \(Language.count(total, "file", "files")) changed, \(removed) removed",
                dutch: "Schrijven: \(changed) van \(Language.count(total, "bestand", "bestanden")) veranderd, \(removed) verwijderd")
    }

    public static func stepWriteNothing() -> Message {
        Message(.stepWriteNothing, english: "Writing nothing (check)", dutch: "Schrijven: niets (alleen controle)")
    }

    public static func stepWriteMemory(_ files: Int) -> Message {
        Message(.stepWriteMemory, [String(files)], english: "Writing \(files) files kept in memory",
                dutch: "Schrijven: \(files) bestanden in het geheugen")
    }

    public static func datesFromGit(_ files: Int) -> Message {
        Message(.datesFromGit, [String(files)], english: "dates from Git (\(Language.count(files, "file", "files")))",
                dutch: "datums uit Git (\(Language.count(files, "bestand", "bestanden")))")
    }

    public static func noDatesNotARepository() -> Message {
        Message(.noDatesNotARepository, english: "no dates from Git (the site is not in a Git repository)",
                dutch: "geen datums uit Git (de site staat niet in een Git-repository)")
    }

    public static func noDatesNotTop() -> Message {
        Message(.noDatesNotTop, english: "no dates from Git (the site is not at the top of its work tree)",
                dutch: "geen datums uit Git (de site staat niet bovenaan in de repository)")
    }

    public static func noDatesNoGit() -> Message {
        Message(.noDatesNoGit, english: "no dates from Git (git is not installed)", dutch: "geen datums uit Git (Git is niet geïnstalleerd)")
    }

    public static func noDatesGitRefused(_ status: Int) -> Message {
        Message(.noDatesGitRefused, [String(status)],
                english: "no dates from Git (git stopped with exit status \(status); is the folder owned by someone else? see 'git config safe.directory')",
                dutch: "geen datums uit Git (Git stopte met foutcode \(status); is de map van een andere gebruiker? zie 'git config safe.directory')")
    }

    public static func noDates() -> Message {
        Message(.noDates, english: "no dates", dutch: "geen datums")
    }

    public static func fixedDates(_ count: Int) -> Message {
        Message(.fixedDates, [String(count)], english: "\(count) fixed dates", dutch: "\(count) vaste datums")
    }

    public static func rebuilt(milliseconds: Int, parsed: Int, transformed: Int, rendered: Int, all: Bool,
                               written: Int, removed: Int, pending: Bool) -> Message {
        var english = "Rebuilt in \(milliseconds) ms: \(parsed) parsed, \(transformed) transformed, "
            + (all ? "all \(rendered) rendered" : "\(rendered) rendered") + ", \(written) written"
        var dutch = "Opnieuw gemaakt in \(milliseconds) ms: \(parsed) gelezen, \(transformed) verwerkt, "
            + (all ? "alle \(rendered) opgemaakt" : "\(rendered) opgemaakt") + ", \(written) geschreven"
        if removed > 0 {
            english += ", \(removed) removed"
            dutch += ", \(removed) verwijderd"
        }
        if pending {
            english += " (search index and print editions follow)"
            dutch += " (zoekindex en afdrukversies volgen)"
        }
        return Message(.rebuilt, [String(milliseconds), String(parsed), String(transformed), String(rendered), String(written), String(removed)],
                       english: english, dutch: dutch)
    }

    public static func deferredFiles(documents: Int?, print: Bool) -> Message {
        let english = [documents.map { "search index (\($0) documents)" }, print ? "print editions" : nil].compactMap { $0 }
        let dutch = [documents.map { "zoekindex (\($0) documenten)" }, print ? "afdrukversies" : nil].compactMap { $0 }
        return Message(.deferredFiles, documents.map { [String($0)] } ?? [],
                       english: english.joined(separator: " and "), dutch: dutch.joined(separator: " en "))
    }
}
