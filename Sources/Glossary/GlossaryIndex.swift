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
    /// By number: a link to the term up to its href value, and its page's path from the site root,
    /// both escaped. Made once, because every first mention on every page becomes such a link.
    let linkOpenings: [String]
    let linkTargets: [String]
    /// The whole opening tag by page depth (0 to 5 folders) and term number, for pages outside the
    /// term's own top folder: every depth's tags are the same on every page at that depth.
    let openingTags: [[String]]

    /// Indexes `terms`.
    public init(terms list: [GlossaryTerm]) {
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
                    diagnostics.append(.error(location,
                        "'\(name.value)' names two terms: \(previous.file) and \(term.file)",
                        hint: "a title or alias may belong to one term only; remove it from one of the two files"))
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
        nameSuggestions = SuggestionIndex(slugByName.keys)
        let relatedSuggestions = SuggestionIndex(Array(owner.keys) + list.map(\.slug))
        let matcher = TermMatcher(names: pairs.sorted { $0.name < $1.name })
        self.matcher = matcher
        let matched = Set(matcher.slugs)
        let numberedSlugs = matcher.slugs + terms.keys.filter { !matched.contains($0) }.sorted()
        self.numberedSlugs = numberedSlugs
        numbers = Dictionary(uniqueKeysWithValues: numberedSlugs.enumerated().map { ($0.element, $0.offset) })
        let openings = numberedSlugs.map { "<a class=\"term-link\" data-term=\"\(HTMLEscaping.escape($0))\" href=\"" }
        let targets = numberedSlugs.map { HTMLEscaping.escape(terms[$0]!.route.outputFile) }
        (linkOpenings, linkTargets) = (openings, targets)
        openingTags = (0..<6).map { depth in
            let up = String(repeating: "../", count: depth)
            return zip(openings, targets).map { $0 + up + $1 + "\">" }
        }

        var related: [String: Set<String>] = [:]
        for term in list {
            let budget = SuggestionBudget()
            for entry in term.related {
                guard let target = slugByName[Self.key(entry.value)] ?? slugByName[Self.key(entry.value.replacingOccurrences(of: " ", with: "-"))] else {
                    var hint = "'related' lists other terms by file name (without .md), title or alias"
                    if let guess = relatedSuggestions.closest(to: entry.value, budget: budget) {
                        hint = "did you mean '\(guess)'? " + hint
                    }
                    diagnostics.append(.error(entry.location, "'zie ook' names an unknown term '\(entry.value)'", hint: hint))
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

    /// The closest known name, for 'did you mean', spending from the budget of the mistake's file.
    public func suggestion(for name: String, budget: SuggestionBudget? = nil) -> String? {
        nameSuggestions.closest(to: name, budget: budget)
    }

    static func key(_ name: String) -> String {
        String(name.trimmingWhitespace()).lowercased()
    }
}
