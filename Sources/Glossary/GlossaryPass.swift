import Content
import Foundation
import Markdown
import SiteModel

/// Links glossary terms on a page: explicit `[[term]]` and `[[term|text]]` references everywhere
/// outside code and links, and the first mention of every term or alias in running text (not in
/// headings, code, links or image alt text, and not on the term's own page).
public struct GlossaryPass: Sendable {
    public let glossary: GlossaryIndex

    /// Creates the pass.
    public init(glossary: GlossaryIndex) { self.glossary = glossary }

    /// Links terms in `document`, which belongs to `page` (the page decides URLs and opt-outs).
    public func apply(to document: MarkdownDocument, on page: Page, autolink: Bool) -> GlossaryOutcome {
        var outcome = GlossaryOutcome()
        let ownSlug = page.kind == .term ? String(page.contentPath.split(separator: "/").last!.dropLast(3)) : nil
        var linked: Set<String> = ownSlug.map { [$0] } ?? []
        document.rewriteText { run in
            var segments: [InlineSegment] = []
            var changed = false
            var pending = ""
            let characters = Array(run.text.unicodeScalars)
            var cursor = 0
            func flushText(upTo end: Int) {
                if cursor < end { pending.unicodeScalars.append(contentsOf: characters[cursor..<end]) }
            }
            func emitLink(slug: String, text: String) {
                if !pending.isEmpty { segments.append(.text(pending)); pending = "" }
                segments.append(.html(openTag(slug: slug, from: page)))
                segments.append(.text(text))
                segments.append(.html("</a>"))
                changed = true
            }
            // Explicit references first: they are found by their brackets. Offsets count Unicode scalars.
            let explicit = Self.explicitReferences(in: characters)
            var autoMatches = (autolink && !run.isInHeading) ? glossary.matcher.matches(in: characters) : []
            autoMatches.removeAll { match in explicit.contains { $0.range.overlaps(match.start..<(match.start + match.length)) } }
            var events: [(start: Int, end: Int, slug: String?, text: String, explicitName: String?)] = []
            for reference in explicit {
                events.append((reference.range.lowerBound, reference.range.upperBound, glossary.slug(for: reference.name),
                               reference.text, reference.name))
            }
            for match in autoMatches {
                events.append((match.start, match.start + match.length, match.slug,
                               Self.string(characters[match.start..<(match.start + match.length)]), nil))
            }
            events.sort { $0.start < $1.start }
            for event in events {
                if let name = event.explicitName {
                    guard let slug = event.slug else {
                        let index = run.text.unicodeScalars.index(run.text.unicodeScalars.startIndex, offsetBy: event.start)
                        var hint = "reference a term by its title or one of its aliases, as listed in content/begrippen/"
                        if let guess = glossary.suggestion(for: name) { hint = "did you mean '\(guess)'? " + hint }
                        outcome.diagnostics.append(.error(run.location(of: index), "unknown glossary term '\(name)'", hint: hint))
                        flushText(upTo: event.end)
                        cursor = event.end
                        continue
                    }
                    flushText(upTo: event.start)
                    cursor = event.end
                    outcome.referencedTerms.insert(slug)
                    linked.insert(slug)
                    emitLink(slug: slug, text: event.text)
                } else if let slug = event.slug, !linked.contains(slug) {
                    flushText(upTo: event.start)
                    cursor = event.end
                    outcome.referencedTerms.insert(slug)
                    linked.insert(slug)
                    emitLink(slug: slug, text: event.text)
                }
            }
            guard changed || !explicit.isEmpty else { return nil }
            flushText(upTo: characters.count)
            if !pending.isEmpty { segments.append(.text(pending)) }
            return segments
        }
        return outcome
    }

    private func openTag(slug: String, from page: Page) -> String {
        guard let term = glossary.terms[slug] else { return "<a>" }
        let href = page.route.relativeURL(to: term.route)
        return "<a class=\"term-link\" data-term=\"\(HTMLEscaping.escape(slug))\" href=\"\(HTMLEscaping.escape(href))\">"
    }

    /// A `[[name]]` or `[[name|text]]` in a text run.
    struct ExplicitReference {
        var range: Range<Int>
        var name: String
        var text: String
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    static func explicitReferences(in characters: [Unicode.Scalar]) -> [ExplicitReference] {
        var result: [ExplicitReference] = []
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "[", characters[index + 1] == "[" else { index += 1; continue }
            var end = index + 2
            while end + 1 < characters.count, !(characters[end] == "]" && characters[end + 1] == "]"), characters[end] != "[" {
                end += 1
            }
            guard end + 1 < characters.count, characters[end] == "]", characters[end + 1] == "]" else { index += 2; continue }
            let inner = string(characters[(index + 2)..<end])
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let text = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : name
            if !name.isEmpty {
                result.append(ExplicitReference(range: index..<(end + 2), name: name, text: text.isEmpty ? name : text))
            }
            index = end + 2
        }
        return result
    }
}
