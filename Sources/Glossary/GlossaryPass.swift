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
        // Terms already linked on this page, by number; a term page counts as linking itself.
        var linked = [Bool](repeating: false, count: glossary.numberedSlugs.count)
        if page.kind == .term, let own = glossary.number(of: String(page.contentPath.split(separator: "/").last!.dropLast(3))) {
            linked[own] = true
        }
        let links = PageTermLinks(glossary: glossary, route: page.route)
        document.rewriteText { run in
            let bytes = run.utf8
            // Explicit references first: they are found by their brackets. Offsets are UTF-8 bytes.
            let explicit = Self.explicitReferences(in: bytes)
            var autoMatches = (autolink && !run.isInHeading) ? glossary.matcher.matches(in: bytes) : []
            if explicit.isEmpty && autoMatches.allSatisfy({ linked[$0.term] }) { return nil }
            autoMatches.removeAll { match in explicit.contains { $0.range.overlaps(match.start..<(match.start + match.length)) } }
            var events: [(start: Int, end: Int, term: Int?, text: String?, explicitName: String?)] = []
            for reference in explicit {
                events.append((reference.range.lowerBound, reference.range.upperBound,
                               glossary.slug(for: reference.name).flatMap(glossary.number(of:)), reference.text, reference.name))
            }
            for match in autoMatches { events.append((match.start, match.start + match.length, match.term, nil, nil)) }
            events.sort { $0.start < $1.start }

            var segments: [InlineSegment] = []
            var cursor = 0
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func emitLink(term: Int, event: (start: Int, end: Int, term: Int?, text: String?, explicitName: String?)) {
                if cursor < event.start { segments.append(.text(text(cursor..<event.start))) }
                segments.append(.html(links.openingTag(term)))
                segments.append(.text(event.text ?? text(event.start..<event.end)))
                segments.append(.html("</a>"))
                cursor = event.end
                outcome.referencedTerms.insert(glossary.numberedSlugs[term])
                linked[term] = true
            }
            for event in events {
                if let name = event.explicitName {
                    guard let term = event.term else {
                        var hint = "reference a term by its title or one of its aliases, as listed in content/begrippen/"
                        if let guess = glossary.suggestion(for: name, budget: document.budget.suggestions) { hint = "did you mean '\(guess)'? " + hint }
                        outcome.diagnostics.append(.error(run.location(ofByte: event.start), "unknown glossary term '\(name)'", hint: hint))
                        continue
                    }
                    emitLink(term: term, event: event)
                } else if let term = event.term, !linked[term] {
                    emitLink(term: term, event: event)
                }
            }
            if segments.isEmpty && explicit.isEmpty { return nil }
            if cursor < bytes.count { segments.append(.text(text(cursor..<bytes.count))) }
            return segments
        }
        return outcome
    }

    /// A `[[name]]` or `[[name|text]]` in a text run.
    struct ExplicitReference {
        var range: Range<Int>
        var name: String
        var text: String
    }

    /// Every `[[name]]` and `[[name|text]]` in UTF-8 text, with byte ranges.
    static func explicitReferences(in bytes: UnsafeBufferPointer<UInt8>) -> [ExplicitReference] {
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        var result: [ExplicitReference] = []
        // Most text has no '[' at all: one vectorised scan settles it.
        guard let base = bytes.baseAddress, memchr(base, Int32(open), bytes.count) != nil else { return result }
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == open, bytes[index + 1] == open else { index += 1; continue }
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close), bytes[end] != open { end += 1 }
            guard end + 1 < bytes.count, bytes[end] == close, bytes[end + 1] == close else { index += 2; continue }
            let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 2)..<end]), as: UTF8.self)
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
