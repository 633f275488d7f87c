import Foundation

/// The lines around the diagnostics: counts, the verdict, progress and timings (see `Message` for
/// how to add one).
extension Message {
    /// `2 errors, 1 warning`, and notes when there are any.
    public static func counts(errors: Int, warnings: Int, notes: Int = 0) -> Message {
        var english = "\(Language.count(errors, "error", "errors")), \(Language.count(warnings, "warning", "warnings"))"
        var dutch = "\(Language.count(errors, "fout", "fouten")), \(Language.count(warnings, "waarschuwing", "waarschuwingen"))"
        if notes > 0 {
            english += ", \(Language.count(notes, "note", "notes"))"
            dutch += ", \(Language.count(notes, "opmerking", "opmerkingen"))"
        }
        return Message(.counts, [String(errors), String(warnings), String(notes)], english: english, dutch: dutch)
    }

    /// The problems that fail a run, without the kinds that do not: '1 warning', '2 errors, 1 warning'.
    public static func failingCounts(errors: Int, warnings: Int) -> Message {
        let englishParts = (errors > 0 ? [Language.count(errors, "error", "errors")] : [])
            + (warnings > 0 ? [Language.count(warnings, "warning", "warnings")] : [])
        let dutchParts = (errors > 0 ? [Language.count(errors, "fout", "fouten")] : [])
            + (warnings > 0 ? [Language.count(warnings, "waarschuwing", "waarschuwingen")] : [])
        var english = englishParts.joined(separator: ", "), dutch = dutchParts.joined(separator: ", ")
        if warnings > 0 {
            english += " (warnings count as errors)"
            dutch += " (waarschuwingen tellen als fout)"
        }
        return Message(.failingCounts, [String(errors), String(warnings)], english: english, dutch: dutch)
    }

    public static func checkFailed(_ counts: Message) -> Message {
        Message(.checkFailed, counts.arguments, english: "Check failed: \(counts.english)", dutch: "Controle mislukt: \(counts.dutch)")
    }

    public static func buildFailed(_ counts: Message, output: String, hadSite: Bool) -> Message {
        Message(.buildFailed, counts.arguments + [output],
                english: "Build failed: \(counts.english). " + (hadSite ? "The folder \(output) was left as it was." : "No site was made."),
                dutch: "Bouwen mislukt: \(counts.dutch). " + (hadSite ? "De map \(output) is niet veranderd." : "Er is geen site gemaakt."))
    }

    public static func buildFailedWhileWriting(_ counts: Message, output: String) -> Message {
        Message(.buildFailedWhileWriting, counts.arguments + [output],
                english: "Build failed: \(counts.english). The folder \(output) was only partly updated; the next build that succeeds repairs it.",
                dutch: "Bouwen mislukt: \(counts.dutch). De map \(output) is maar voor een deel bijgewerkt; de volgende build die lukt, herstelt hem.")
    }

    public static func checkPassed(pages: Int, seconds: Double) -> Message {
        Message(.checkPassed, [String(pages), seconds.formatted2],
                english: "Checked \(Language.count(pages, "page", "pages")) in \(seconds.formatted2) s: no errors, no warnings",
                dutch: "\(Language.count(pages, "pagina", "pagina's")) gecontroleerd in \(seconds.formatted2Dutch) s: geen fouten en geen waarschuwingen")
    }

    public static func warningsAllowed(_ warnings: Int) -> Message {
        Message(.warningsAllowed, [String(warnings)],
                english: "\(Language.count(warnings, "warning", "warnings")) allowed by --allow-warnings for this preview; check and the pipeline fail on \(warnings == 1 ? "it" : "them")",
                dutch: "\(Language.count(warnings, "waarschuwing", "waarschuwingen")) toegestaan met --allow-warnings voor dit voorbeeld; 'kennisbank check' en de pijplijn keuren \(warnings == 1 ? "hem" : "ze") af")
    }

    public static func built(pages: Int, seconds: Double, output: String, written: Int, removed: Int) -> Message {
        Message(.built, [String(pages), seconds.formatted2, output, String(written), String(removed)],
                english: "Built \(Language.count(pages, "page", "pages")) in \(seconds.formatted2) s -> \(output) (\(written) files written, \(removed) removed)",
                dutch: "\(Language.count(pages, "pagina", "pagina's")) gemaakt in \(seconds.formatted2Dutch) s in \(output) (\(Language.count(written, "bestand", "bestanden")) geschreven, \(removed) verwijderd)")
    }

    public static func unchanged(seconds: Double, output: String) -> Message {
        Message(.unchanged, [seconds.formatted2, output],
                english: "Nothing changed since the last build (\(seconds.formatted2) s): \(output) is up to date",
                dutch: "Niets veranderd sinds de vorige keer (\(seconds.formatted2Dutch) s): de map \(output) is al bijgewerkt")
    }

    public static func hiddenDiagnostics(_ count: Int, kinds: String) -> Message {
        Message(.hiddenDiagnostics, [String(count), kinds],
                english: "... and \(count) more not shown (--max-diagnostics N shows more): \(kinds)",
                dutch: "... en nog \(count) die hier niet staan (--max-diagnostics N toont er meer): \(kinds)")
    }

    public static func moreKinds(_ count: Int) -> Message {
        Message(.moreKinds, [String(count)], english: "\(count) more kinds", dutch: "\(count) andere soorten")
    }

    public static func hintLabel() -> Message {
        Message(.hintLabel, english: "hint:", dutch: "tip:")
    }

    /// The other place a diagnostic involves (`Diagnostic.related`), e.g. `zie ook: content/a.md:1:1`.
    public static func seeAlso(_ location: String) -> Message {
        Message(.seeAlso, [location], english: "see also: \(location)", dutch: "zie ook: \(location)")
    }

    public static func writeFailed(_ output: String, reason: String) -> Message {
        Message(.writeFailed, [output, reason], english: "cannot write \(output): \(reason)",
                dutch: "\(output) kan niet worden geschreven: \(reason)")
    }

    public static func outputHoldsNonFiles(_ output: String, _ shown: String) -> Message {
        Message(.outputHoldsNonFiles, [output, shown],
                english: "refusing to write into \(output): it holds symbolic links or other things that are not files (\(shown)), "
                    + "and the folder is published as it is; remove them (or the whole folder) and build again",
                dutch: "kennisbank schrijft niet in \(output): daarin staan symbolische links of andere dingen die geen bestand zijn "
                    + "(\(shown)), en de map wordt gepubliceerd zoals hij is; haal ze weg (of de hele map) en bouw opnieuw")
    }

    public static func outputNotOurs(_ output: String) -> Message {
        Message(.outputNotOurs, [output],
                english: "\(output) holds files that kennisbank did not write; choose an empty or new folder with --output",
                dutch: "in \(output) staan bestanden die kennisbank niet heeft gemaakt; kies met --output een lege of nieuwe map")
    }
}

extension Double {
    /// Two decimals, as a program writes them: `1.66`.
    var formatted2: String { String(format: "%.2f", self) }
    /// Two decimals with a Dutch decimal comma: `1,66`.
    var formatted2Dutch: String { formatted2.replacingOccurrences(of: ".", with: ",") }
}
