/// What `kennisbank serve` says on the terminal and in the browser (see `Message` for how to add one).
extension Message {
    public static func serving(root: String, url: String, folder: String) -> Message {
        Message(.serving, [root, url, folder],
                english: "Serving \(root) at \(url) (files in \(folder)). Press Ctrl-C to stop.",
                dutch: "De site \(root) staat op \(url) (bestanden in \(folder)). Stoppen: Ctrl+C.")
    }

    public static func portBusy(_ port: Int, instead: Int) -> Message {
        Message(.portBusy, [String(port), String(instead)],
                english: "Port \(port) is in use (another 'kennisbank serve'?); serving on port \(instead) instead.",
                dutch: "Poort \(port) is al in gebruik (draait 'kennisbank serve' al ergens?); de site staat nu op poort \(instead).")
    }

    public static func portUnavailable(_ address: String, reason: String) -> Message {
        Message(.portUnavailable, [address, reason], english: "cannot serve at \(address): \(reason)",
                dutch: "de site kan niet op \(address) staan: \(reason)")
    }

    public static func portUnavailableHint() -> Message {
        Message(.portUnavailableHint, english: "stop the other program that uses the port, or choose another one: kennisbank serve --port 8080",
                dutch: "stop het andere programma dat deze poort gebruikt, of kies een andere: kennisbank serve --port 8080")
    }

    public static func serveFailed(_ reason: String) -> Message {
        Message(.serveFailed, [reason], english: "cannot serve: \(reason)", dutch: "de site kan niet worden getoond: \(reason)")
    }

    public static func stopping() -> Message { Message(.stopping, english: "Stopping...", dutch: "Stoppen...") }

    public static func stopped() -> Message { Message(.stopped, english: "Stopped.", dutch: "Gestopt.") }

    public static func stoppedUncleanly() -> Message {
        Message(.stoppedUncleanly, english: "Stopped without cleaning up.", dutch: "Gestopt zonder op te ruimen.")
    }

    public static func cannotWatch(_ reason: String) -> Message {
        Message(.cannotWatch, [reason], english: "warning: cannot watch for changes (\(reason)); restart the server to see edits",
                dutch: "waarschuwing: veranderingen worden niet gezien (\(reason)); start de server opnieuw om ze te zien")
    }

    public static func allFixed() -> Message {
        Message(.allFixed, english: "All problems are fixed.", dutch: "Alle problemen zijn opgelost.")
    }

    public static func updatedDeferred(_ what: Message, milliseconds: Int) -> Message {
        Message(.updatedDeferred, what.arguments + [String(milliseconds)], english: "Updated the \(what.english) in \(milliseconds) ms",
                dutch: "Bijgewerkt: \(what.dutch), in \(milliseconds) ms")
    }

    public static func deferredFailed(_ what: Message, reason: String) -> Message {
        Message(.deferredFailed, what.arguments + [reason], english: "error: cannot write the \(what.english): \(reason)",
                dutch: "fout: \(what.dutch) kan niet worden geschreven: \(reason)")
    }

    /// The heading of the page a browser shows while the site does not build.
    public static func overlayTitle(_ counts: Message) -> Message {
        Message(.overlayTitle, counts.arguments, english: "The site does not build: \(counts.english)",
                dutch: "De site kan niet gemaakt worden: \(counts.dutch)")
    }

    public static func overlayIntro() -> Message {
        Message(.overlayIntro, english: "Fix the file and save it; this page comes back by itself.",
                dutch: "Verbeter het bestand en sla het op; deze pagina komt dan vanzelf terug.")
    }

    /// The browser tab's title while the site does not build.
    public static func overlayPageTitle() -> Message {
        Message(.overlayPageTitle, english: "Build failed", dutch: "Fout in de site")
    }

    /// The heading of the banner with warnings over a served page.
    public static func bannerTitle(_ warnings: Int) -> Message {
        Message(.bannerTitle, [String(warnings)],
                english: "\(Language.count(warnings, "warning", "warnings")): fix \(warnings == 1 ? "it" : "them") before publishing",
                dutch: "\(Language.count(warnings, "waarschuwing", "waarschuwingen")): moet opgelost zijn voor publicatie")
    }

    public static func bannerIntro() -> Message {
        Message(.bannerIntro, english: "The site shows, but 'kennisbank check' and the pipeline refuse it until these are fixed.",
                dutch: "De site werkt, maar 'kennisbank check' en de pijplijn keuren hem af tot dit is opgelost.")
    }

    public static func bannerHide() -> Message {
        Message(.bannerHide, english: "Hide", dutch: "Verbergen")
    }

    public static func bannerLabel() -> Message {
        Message(.bannerLabel, english: "Warnings of kennisbank serve", dutch: "Waarschuwingen van kennisbank serve")
    }
}
