/// What `kennisbank resultaten` says about the files and folders it is given, the report it is
/// asked to make and the report it made (see `Message` for how to add one).
extension Message {
    public static func answersNoPath(_ path: String) -> Message {
        Message(.answersNoPath, [path], english: "no file or folder '\(path)'", dutch: "er is geen bestand of map '\(path)'")
    }

    public static func answersNoPathHint() -> Message {
        Message(.answersNoPathHint, english: "give the answer files, or the folder that holds them, e.g. 'antwoorden/'",
                dutch: "geef de antwoordbestanden, of de map waar ze in staan, bijvoorbeeld 'antwoorden/'")
    }

    public static func answersFolderUnreadable(_ folder: String) -> Message {
        Message(.answersFolderUnreadable, [folder], english: "cannot read the folder '\(folder)'",
                dutch: "de map '\(folder)' kan niet worden gelezen")
    }

    public static func answersFolderUnreadableHint() -> Message {
        Message(.answersFolderUnreadableHint, english: "check that you may read it", dutch: "kijk of je de map mag lezen")
    }

    public static func answersLink() -> Message {
        Message(.answersLink, english: "a link to another place is not followed", dutch: "een link naar een andere plek wordt niet gevolgd")
    }

    public static func answersLinkHint() -> Message {
        Message(.answersLinkHint, english: "put the answer files themselves in the folder", dutch: "zet de antwoordbestanden zelf in de map")
    }

    public static func answersFileUnreadable(_ file: String) -> Message {
        Message(.answersFileUnreadable, [file], english: "cannot read '\(file)'", dutch: "'\(file)' kan niet worden gelezen")
    }

    public static func answersFileUnreadableHint() -> Message {
        Message(.answersFileUnreadableHint, english: "check that you may read the file", dutch: "kijk of je het bestand mag lezen")
    }

    public static func answersSameSubmission(_ counted: String, id: String, version: Int) -> Message {
        Message(.answersSameSubmission, [counted, id, String(version)],
                english: "this file and \(counted) are the same submission (inzending \(id), versie \(version)) with different answers; only \(counted) is counted",
                dutch: "dit bestand en \(counted) zijn dezelfde inzending (inzending \(id), versie \(version)) met andere antwoorden; alleen \(counted) telt mee")
    }

    public static func answersSameSubmissionHint() -> Message {
        Message(.answersSameSubmissionHint,
                english: "the page never writes two different answers under one version: one of the files was edited; remove the wrong one",
                dutch: "de pagina schrijft nooit twee verschillende antwoorden onder één versie: een van de bestanden is veranderd; haal het verkeerde weg")
    }

    public static func resultsMinimumGroup(_ value: Int) -> Message {
        Message(.resultsMinimumGroup, [String(value)], english: "--min-groep must be 1 or more, not \(value)",
                dutch: "--min-groep moet 1 of meer zijn, niet \(value)")
    }

    public static func resultsMinimumGroupHint() -> Message {
        Message(.resultsMinimumGroupHint, english: "the advice is 5: no count of fewer than 5 people is shown",
                dutch: "het advies is 5: dan staat er geen telling van minder dan 5 mensen in het rapport")
    }

    public static func resultsSmallGroups(_ value: Int) -> Message {
        Message(.resultsSmallGroups, [String(value)], english: "--min-groep \(value) shows groups smaller than 5",
                dutch: "met --min-groep \(value) staan er groepen van minder dan 5 mensen in het rapport")
    }

    public static func resultsSmallGroupsHint() -> Message {
        Message(.resultsSmallGroupsHint,
                english: "in a group of fewer than 5 people, a count can point at a person; use it only for a report you keep yourself",
                dutch: "in een groep van minder dan 5 mensen kan een telling naar één persoon wijzen; gebruik dit alleen voor een rapport dat je zelf houdt")
    }

    public static func resultsNotAPage(_ page: String, folder: String) -> Message {
        Message(.resultsNotAPage, [page, folder], english: "'\(page)' is not a Markdown file in \(folder)",
                dutch: "'\(page)' is geen Markdown-bestand in \(folder)")
    }

    public static func resultsNotAPageHint() -> Message {
        Message(.resultsNotAPageHint,
                english: "name the vragenlijst or quiz by its file, e.g. 'content/vragenlijsten/evaluatie-pilottraining.md'; give --root when the site is elsewhere",
                dutch: "noem het bestand van de vragenlijst of toets, bijvoorbeeld 'content/vragenlijsten/evaluatie-pilottraining.md'; geef --root als de site ergens anders staat")
    }

    public static func resultsPageHasErrors(_ file: String) -> Message {
        Message(.resultsPageHasErrors, [file], english: "the report needs \(file) without errors",
                dutch: "voor het rapport moet \(file) zonder fouten zijn")
    }

    public static func resultsPageHasErrorsHint() -> Message {
        Message(.resultsPageHasErrorsHint,
                english: "fix the errors above (kennisbank check shows them too), then run kennisbank resultaten again",
                dutch: "verbeter eerst de fouten hierboven (kennisbank check toont ze ook) en start dan kennisbank resultaten opnieuw")
    }

    public static func resultsNotAForm(_ file: String) -> Message {
        Message(.resultsNotAForm, [file], english: "\(file) is not a vragenlijst or quiz of this site",
                dutch: "\(file) is geen vragenlijst of toets van deze site")
    }

    public static func resultsNotAFormHint() -> Message {
        Message(.resultsNotAFormHint, english: "name a file in content/vragenlijsten/ or content/toetsen/",
                dutch: "noem een bestand in content/vragenlijsten/ of content/toetsen/")
    }

    public static func resultsAnswersInContent() -> Message {
        Message(.resultsAnswersInContent, english: "answer files in content/ are published with the site",
                dutch: "antwoordbestanden in content/ worden met de site gepubliceerd")
    }

    public static func resultsAnswersInContentHint() -> Message {
        Message(.resultsAnswersInContentHint,
                english: "move the answer files out of the site's folder (and out of Git) before anything is published",
                dutch: "zet de antwoordbestanden buiten de map van de site (en buiten Git) voordat er iets wordt gepubliceerd")
    }

    /// `group` names the group without answers when two are compared.
    public static func resultsNoAnswers(_ file: String, group: String?) -> Message {
        let which = group.map { " (\($0))" } ?? ""
        return Message(.resultsNoAnswers, [file] + (group.map { [$0] } ?? []),
                       english: "none of the files given\(which) holds answers to \(file)",
                       dutch: "in geen van de bestanden\(which) staan antwoorden op \(file)")
    }

    public static func resultsNoAnswersHint() -> Message {
        Message(.resultsNoAnswersHint,
                english: "give the .json, .csv, .txt or .eml files participants sent; the warnings above say why each was left out",
                dutch: "geef de .json-, .csv-, .txt- of .eml-bestanden die deelnemers stuurden; de waarschuwingen hierboven zeggen waarom elk bestand niet meetelt")
    }

    /// `reason` is `reportInsideSite`, `reportFolderIsFile`, ...
    public static func reportRefused(_ folder: String, reason: Message) -> Message {
        Message(.reportRefused, [folder] + reason.arguments, english: "refusing to write the report into \(folder): \(reason.english)",
                dutch: "het rapport wordt niet in \(folder) geschreven: \(reason.dutch)")
    }

    public static func reportRefusedHint() -> Message {
        Message(.reportRefusedHint, english: "choose a folder outside the site, e.g. '--output ../resultaten'",
                dutch: "kies een map buiten de site, bijvoorbeeld '--output ../resultaten'")
    }

    public static func reportWriteHint() -> Message {
        Message(.reportWriteHint, english: "choose an empty or new folder with --output", dutch: "kies met --output een lege of nieuwe map")
    }

    /// `place` is `Phrase.reportContent`, ...
    public static func reportInsideSite(_ place: Phrase) -> Message {
        Message(.reportInsideSite, [place.english, place.dutch],
                english: "it is inside \(place.english); a report with participants' answers must stay off the site",
                dutch: "de map ligt in \(place.dutch); een rapport met antwoorden van deelnemers mag niet op de site komen")
    }

    public static func reportFolderIsFile() -> Message {
        Message(.reportFolderIsFile, english: "it is a file; choose a new folder for --output",
                dutch: "dat is een bestand; kies met --output een nieuwe map")
    }

    public static func reportFolderNotEmpty() -> Message {
        Message(.reportFolderNotEmpty, english: "it is not empty and holds no earlier report; choose an empty or new folder for --output",
                dutch: "de map is niet leeg en er staat geen eerder rapport in; kies met --output een lege of nieuwe map")
    }

    /// `others` is the number of further files the report did not make.
    public static func reportFolderForeign(_ file: String, others: Int) -> Message {
        if others == 0 {
            return Message(.reportFolderForeign, [file],
                           english: "it holds '\(file)' that the report did not make; move it, or choose another folder for --output",
                           dutch: "er staat '\(file)' in, en dat hoort niet bij het rapport; verplaats het, of kies met --output een andere map")
        }
        return Message(.reportFolderForeign, [file, String(others)],
                       english: "it holds '\(file)' and \(others) more files that the report did not make; move them, or choose another folder for --output",
                       dutch: "er staan '\(file)' en nog \(others) bestanden in die niet bij het rapport horen; verplaats ze, of kies met --output een andere map")
    }

    public static func reportWriteFailed(_ reason: String) -> Message {
        Message(.reportWriteFailed, [reason], english: "writing failed: \(reason)", dutch: "schrijven is mislukt: \(reason)")
    }

    /// One group of the report: how many submissions from how many files, and what was not counted.
    public static func reportGroupCounts(submissions: Int, files: Int, duplicates: Int, leftOut: Int) -> Message {
        Message(.reportGroupCounts, [String(submissions), String(files), String(duplicates), String(leftOut)],
                english: "\(submissions) submission\(submissions == 1 ? "" : "s") from \(files) file\(files == 1 ? "" : "s")"
                    + " (\(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(leftOut) left out)",
                dutch: "\(Language.count(submissions, "inzending", "inzendingen")) uit \(Language.count(files, "bestand", "bestanden"))"
                    + " (\(duplicates) dubbel, \(leftOut) niet meegeteld)")
    }

    /// `groups` are `reportGroupCounts`, one per group.
    public static func reportWritten(_ groups: [Message], file: String) -> Message {
        let english = groups.map(\.english).joined(separator: "; "), dutch = groups.map(\.dutch).joined(separator: "; ")
        return Message(.reportWritten, groups.flatMap(\.arguments) + [file], english: "Report of \(english) -> \(file)",
                       dutch: "Rapport van \(dutch) -> \(file)")
    }
}

extension Phrase {
    /// Where a report must not be written (`reportInsideSite`).
    public static let reportContent = Phrase(english: "content/, which is published with the site",
                                             dutch: "content/, en die map wordt met de site gepubliceerd")
    public static let reportThemes = Phrase(english: "themes/, which is published with the site",
                                            dutch: "themes/, en die map wordt met de site gepubliceerd")
    public static let reportSiteOutput = Phrase(english: "the site's output folder, which is published",
                                                dutch: "de map waarin de site wordt gebouwd, en die wordt gepubliceerd")
}
