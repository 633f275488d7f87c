import Build
import Foundation
import SiteModel
import Testing

/// A small site written to a temporary folder for the tests of the engine and the dev server (the dev server reads and writes real files), in
/// Hugo's one-string fixture style: `-- content/a.md --` lines start a file.
public struct TestSite {
    public let root: URL

    public static let fixture = """
    -- kennisbank.yml --
    title: Testbank
    description: Een kleine site voor tests.
    -- content/index.md --
    ---
    title: Home
    description: De startpagina.
    ---
    Welkom. Lees over [discriminatie](definities/discriminatie.md) en [melden](hulp/melden.md).
    -- content/definities/_index.md --
    ---
    title: Definities
    description: Wat de woorden betekenen.
    weight: 10
    ---
    De definities.
    -- content/definities/discriminatie.md --
    ---
    title: Discriminatie
    description: Wat discriminatie is.
    weight: 1
    ---
    ## Wat het is

    Discriminatie is ongelijke behandeling. Zie ook [racisme](racisme.md#vormen).

    ## Voorbeelden

    Een voorbeeld van direct onderscheid.
    -- content/definities/racisme.md --
    ---
    title: Racisme
    description: Wat racisme is.
    weight: 2
    ---
    ## Vormen

    Racisme heeft vele vormen, ook [[institutioneel racisme]].

    ![Schema](schema.svg)
    -- content/definities/schema.svg --
    <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
    -- content/hulp/_index.md --
    ---
    title: Hulp
    description: Waar je terechtkunt.
    weight: 20
    ---
    Hulp bij discriminatie.
    -- content/hulp/melden.md --
    ---
    title: Melden
    description: Hoe je een melding doet.
    ---
    ## Hoe

    Meld het bij de [antidiscriminatievoorziening](../begrippen/adv.md). Lees eerst [wat het is](../definities/discriminatie.md#wat-het-is).
    -- content/begrippen/adv.md --
    ---
    title: Antidiscriminatievoorziening
    aliases: [ADV]
    definition: "Een loket waar je discriminatie meldt."
    ---
    Elke gemeente heeft een ADV.
    -- content/begrippen/institutioneel-racisme.md --
    ---
    title: Institutioneel racisme
    aliases: [institutionele racisme]
    definition: "Racisme dat in regels en gewoonten van een organisatie zit."
    related: [adv]
    ---
    Zie ook [racisme](../definities/racisme.md).
    -- content/toetsen/definities.md --
    ---
    title: "Toets: Definities"
    description: "Twee vragen."
    section: definities
    questions:
      - id: vraag-1
        type: truefalse
        question: "Racisme is een vorm van discriminatie."
        answers:
          - text: Juist
            correct: true
            feedback: "Klopt."
          - text: Onjuist
            correct: false
            feedback: "Toch wel."
        explanation: "Racisme is discriminatie op grond van ras."
        links: [../definities/racisme.md]
    ---
    Test je kennis.
    """

    /// Writes the fixture into a new temporary folder.
    public init(fixture: String = TestSite.fixture) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("kennisbank-serve-test-\(UUID().uuidString)")
        let files = MemoryFileSystem(fixture: fixture)
        for (path, data) in files.contents { try write(path, data) }
    }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    public func write(_ path: String, _ data: Data) throws {
        let target = url(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    public func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// Replaces `old` with `new` in a file; fails the test when `old` is not there.
    public func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        #expect(text.contains(old), "\(path) does not contain '\(old)'")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    public func remove(_ path: String) throws { try FileManager.default.removeItem(at: url(path)) }

    public func delete() { try? FileManager.default.removeItem(at: root) }

    /// Every regular file below `folder`, by relative path.
    public static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { result[String(path.dropFirst(base.count))] = try? Data(contentsOf: url) }
        }
        return result
    }
}
