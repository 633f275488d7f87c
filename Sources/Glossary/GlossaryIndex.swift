import Content
import Foundation
import SiteModel

/// Every term and the names that refer to it, checked for collisions, with the matcher built once.
public struct GlossaryIndex: Sendable {
    /// Terms by slug.
    public let terms: [String: GlossaryTerm]
    /// Lowercased name (title, alias or slug) -> slug.
    private let slugByName: [String: String]
    /// 'Did you mean' over the names in `slugByName`.
    private let nameSuggestions: SuggestionIndex
    /// Each lowercased name as its term writes it, so that a suggestion keeps its capitals.
    private let writtenNames: [String: String]
    /// Slugs of term files that could not be loaded (see `isUnloadable`).
    private let unloadableSlugs: Set<String>
    /// The automaton over titles and aliases.
    public let matcher: TermMatcher
    /// Collisions and unknown 'zie ook' entries.
    public let diagnostics: [Diagnostic]
    /// 'Zie ook' made symmetric: slug -> related slugs, sorted by title.
    public let related: [String: [String]]
    /// Every slug, numbered: first the matcher's (so `TermMatch.term` is a number here too), then
    /// any term none of whose names reached the matcher.
    public let numberedSlugs: [String]
    private let numbers: [String: Int]
    /// A term link up to its href value. No `data-term`: the pop-up script and the print editions
    /// read the slug from the address; the attribute was a quarter of every term link's bytes on a
    /// densely linked site.
    static let linkOpening = "<a class=\"term-link\" href=\""
    /// By number: the term page's path from the site root, escaped. Made once, because every first
    /// mention on every page becomes a link to it.
    let linkTargets: [String]
    /// The whole opening tag by page depth (0 to 5 folders) and term number, for pages outside the
    /// term's own top folder: every depth's tags are the same on every page at that depth.
    let openingTags: [[String]]

    /// Indexes `terms`; `unloadableSlugs` are the file names (without .md) of term files that
    /// could not be loaded, whose mentions are then not reported as unknown terms.
    public init(terms list: [GlossaryTerm], unloadableSlugs: Set<String> = []) {
        var terms: [String: GlossaryTerm] = [:]
        var owner: [String: (slug: String, location: SourceLocation, file: String)] = [:]
        var diagnostics: [Diagnostic] = []
        var pairs: [(name: String, slug: String)] = []
        for term in list {
            terms[term.slug] = term
            for name in term.names {
                let key = Self.key(name.value)
                if let previous = owner[key], previous.slug != term.slug {
                    let location = name.location.line > 0 ? name.location : SourceLocation(file: term.file, line: 1, column: 1)
                    let first = previous.location.line > 0 ? previous.location : SourceLocation(file: previous.file, line: 1, column: 1)
                    diagnostics.append(Diagnostic.error(location, .termNameTwice(name.value, first: previous.file, second: term.file),
                                                        hint: .termNameTwiceHint()).alsoAt(first))
                    continue
                }
                if owner[key] == nil {
                    owner[key] = (term.slug, name.location, term.file)
                    pairs.append((name.value, term.slug))
                }
            }
        }
        var slugByName = owner.mapValues(\.slug)
        for term in list where slugByName[Self.key(term.slug)] == nil { slugByName[Self.key(term.slug)] = term.slug }
        self.terms = terms
        self.slugByName = slugByName
        self.unloadableSlugs = unloadableSlugs
        var written: [String: String] = [:]
        for term in list { for name in term.names where written[Self.key(name.value)] == nil { written[Self.key(name.value)] = String(name.value.trimmingWhitespace()) } }
        writtenNames = written
        nameSuggestions = SuggestionIndex(slugByName.keys)
        let relatedSuggestions = SuggestionIndex(Array(owner.keys) + list.map(\.slug))
        let matcher = TermMatcher(names: pairs.sorted { $0.name < $1.name })
        self.matcher = matcher
        let matched = Set(matcher.slugs)
        let numberedSlugs = matcher.slugs + terms.keys.filter { !matched.contains($0) }.sorted()
        self.numberedSlugs = numberedSlugs
        numbers = Dictionary(uniqueKeysWithValues: numberedSlugs.enumerated().map { ($0.element, $0.offset) })
        let targets = numberedSlugs.map { HTMLEscaping.escape(terms[$0]!.route.outputFile) }
        linkTargets = targets
        openingTags = (0..<6).map { depth in
            let up = String(repeating: "../", count: depth)
            return targets.map { Self.linkOpening + up + $0 + "\">" }
        }

        var related: [String: Set<String>] = [:]
        for term in list {
            let budget = SuggestionBudget()
            for entry in term.related {
                guard let target = slugByName[Self.key(entry.value)] ?? slugByName[Self.key(entry.value.replacingOccurrences(of: " ", with: "-"))] else {
                    if Self.isUnloadable(entry.value, among: unloadableSlugs) { continue }
                    let guess = relatedSuggestions.closest(to: entry.value, budget: budget)
                    diagnostics.append(.error(entry.location, .relatedUnknown(entry.value), hint: .relatedUnknownHint(),
                                              fix: guess.map { Fix(replacing: entry.value, with: $0) }))
                    continue
                }
                if target == term.slug { continue }
                related[term.slug, default: []].insert(target)
                related[target, default: []].insert(term.slug)
            }
        }
        self.related = related.mapValues { slugs in
            slugs.sorted { Slug.fold(terms[$0]!.title) < Slug.fold(terms[$1]!.title) }
        }
        self.diagnostics = diagnostics
    }

    /// The slug for a name (title, alias or slug), case-insensitively.
    public func slug(for name: String) -> String? {
        slugByName[Self.key(name)]
    }

    /// The number of a slug in `numberedSlugs`.
    public func number(of slug: String) -> Int? { numbers[slug] }

    /// The closest known name, for 'did you mean', spending from the budget of the mistake's file;
    /// written as its term writes it, with a capital when `name` starts with one.
    public func suggestion(for name: String, budget: SuggestionBudget? = nil) -> String? {
        guard let key = nameSuggestions.closest(to: name, budget: budget) else { return nil }
        let written = writtenNames[key] ?? key
        guard let first = name.first, let initial = written.first else { return written }
        // The name is shown as typed in '[[...]]': keep the capital (or its absence) of the first letter,
        // but an abbreviation ('AWGB') stays as it is.
        if first.isUppercase { return initial.uppercased() + written.dropFirst() }
        if written.dropFirst().first?.isUppercase == true { return written }
        return initial.lowercased() + written.dropFirst()
    }

    /// True when `name` is the slug of a term file that could not be loaded (its file name, with
    /// spaces or hyphens): mentions of it are left to that file's own error.
    public func isUnloadable(_ name: String) -> Bool { Self.isUnloadable(name, among: unloadableSlugs) }

    private static func isUnloadable(_ name: String, among slugs: Set<String>) -> Bool {
        guard !slugs.isEmpty else { return false }
        let key = Self.key(name)
        return slugs.contains(key) || slugs.contains(key.replacingOccurrences(of: " ", with: "-"))
    }

    static func key(_ name: String) -> String {
        String(name.trimmingWhitespace()).lowercased()
    }
}
