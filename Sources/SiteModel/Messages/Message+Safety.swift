/// Messages about what a build refuses to read or publish: symbolic links, FIFOs, files whose type
/// could run as part of the site (see `Message` for how to add one).
extension Message {
    public static func symbolicLinkOutside(_ target: String) -> Message {
        Message(.symbolicLinkOutside, [target],
                english: "this is a symbolic link to '\(target)', outside the site; nothing from outside the site is published",
                dutch: "dit is een snelkoppeling (symbolische link) naar '\(target)', buiten de site; niets van buiten de site wordt gepubliceerd")
    }

    public static func symbolicLink(_ target: String) -> Message {
        Message(.symbolicLink, [target],
                english: "this is a symbolic link (to '\(target)'); a build reads only ordinary files and folders",
                dutch: "dit is een snelkoppeling (symbolische link) naar '\(target)'; kennisbank leest alleen gewone bestanden en mappen")
    }

    public static func symbolicLinkFileHint() -> Message {
        Message(.symbolicLinkFileHint, english: "replace the link with a copy of the file; a build never follows links",
                dutch: "zet op deze plek een kopie van het bestand in plaats van de link; kennisbank volgt nooit links")
    }

    public static func symbolicLinkFolderHint() -> Message {
        Message(.symbolicLinkFolderHint,
                english: "replace the link with the folder itself (a copy of its files); a build never follows links",
                dutch: "zet op deze plek de map zelf (een kopie van de bestanden erin) in plaats van de link; kennisbank volgt nooit links")
    }

    /// `kind` names what was found: `Phrase.namedPipe`, ...
    public static func notAFile(_ kind: Phrase) -> Message {
        Message(.notAFile, [kind.english, kind.dutch],
                english: "this is \(kind.english), not a file; a build reads only ordinary files and folders",
                dutch: "dit is \(kind.dutch), geen bestand; kennisbank leest alleen gewone bestanden en mappen")
    }

    public static func notAFileHint() -> Message {
        Message(.notAFileHint, english: "remove it: Git cannot store it, so a program on this computer made it",
                dutch: "haal het weg: Git kan het niet bewaren, dus een programma op deze computer heeft het gemaakt")
    }

    public static func pathLeavesFolder() -> Message {
        Message(.pathLeavesFolder, english: "the path leads out of its folder", dutch: "het pad gaat uit de eigen map")
    }

    public static func pathLeavesFolderHint() -> Message {
        Message(.pathLeavesFolderHint, english: "name a file inside the folder, without '..'",
                dutch: "noem een bestand in de map zelf, zonder '..'")
    }

    public static func staticFileActive(_ type: String) -> Message {
        Message(.staticFileActive, [type],
                english: "a \(type) file in content/ would run as part of the site, so it is not published",
                dutch: "een \(type)-bestand in content/ zou als deel van de site werken (met script), dus het wordt niet gepubliceerd")
    }

    public static func staticFileActiveHint() -> Message {
        Message(.staticFileActiveHint,
                english: "remove it, or make a page of it (a .md file); 'unsafe: true' in kennisbank.yml publishes it when every author is trusted",
                dutch: "haal het weg, of maak er een pagina van (een .md-bestand); met 'unsafe: true' in kennisbank.yml wordt het wel gepubliceerd, als je alle schrijvers vertrouwt")
    }

    /// `type` is the extension with its dot (`.exe`), or nil for a file without one.
    public static func staticFileRefused(_ type: String?) -> Message {
        guard let type else {
            return Message(.staticFileRefused, english: "files without an extension are not published",
                           dutch: "bestanden zonder extensie (zoals .pdf of .png aan het eind van de naam) worden niet gepubliceerd")
        }
        return Message(.staticFileRefused, [type], english: "files of this type (\(type)) are not published",
                       dutch: "bestanden van dit type (\(type)) worden niet gepubliceerd")
    }

    /// `types` are the published extensions with their dots.
    public static func staticFileRefusedHint(_ types: [String]) -> Message {
        let english = types.dropLast().joined(separator: ", ") + " and " + (types.last ?? "")
        let dutch = types.dropLast().joined(separator: ", ") + " en " + (types.last ?? "")
        return Message(.staticFileRefusedHint, [english, dutch],
                       english: "published are pages (.md) and \(english); remove the file or save it as one of these",
                       dutch: "gepubliceerd worden pagina's (.md) en \(dutch); haal het bestand weg of sla het op als een van deze soorten")
    }
}

extension Phrase {
    public static let namedPipe = Phrase(english: "a named pipe (FIFO)", dutch: "een named pipe (FIFO)")
    public static let socket = Phrase(english: "a socket", dutch: "een socket")
    public static let characterDevice = Phrase(english: "a character device", dutch: "een apparaatbestand (character device)")
    public static let blockDevice = Phrase(english: "a block device", dutch: "een apparaatbestand (block device)")
    public static let otherThanFile = Phrase(english: "something other than a file or a folder",
                                             dutch: "iets anders dan een bestand of een map")
}
