import Content
import Foundation
import Markdown
import SiteModel

/// Links glossary terms on a page: explicit `[[term]]` and `[[term|text]]` references everywhere
/// outside code and links, and the first mention of every term or alias in running text (not in
/// headings, block quotes, code, links or image alt text, and not on the term's own page). Quoted
/// text stays as it was written: a pop-up in the middle of a law or a quote reads as part of it.
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
        // Terms linked on this page, for `termNumbers`.
        var newlyLinked: [Int] = []
        var referenced = [Bool](repeating: false, count: linked.count)
        document.rewriteText { run in
            let bytes = run.utf8
            // Explicit references first: they are found by their brackets. Offsets are UTF-8 bytes.
            let explicit = Self.explicitReferences(in: bytes)
            var autoMatches = (autolink && !run.isInHeading && !run.isInBlockQuote) ? glossary.matcher.matches(in: bytes) : []
            if explicit.isEmpty && autoMatches.allSatisfy({ linked[$0.term] }) { return nil }
            if !explicit.isEmpty {
                autoMatches.removeAll { match in explicit.contains { $0.range.overlaps(match.start..<(match.start + match.length)) } }
            }
            // Plain numbers, not Strings: a page of a dense glossary has a hundred and more links.
            var events: [LinkEvent] = []
            events.reserveCapacity(explicit.count + autoMatches.count)
            for (number, reference) in explicit.enumerated() {
                events.append(LinkEvent(start: reference.range.lowerBound, end: reference.range.upperBound,
                                        term: glossary.slug(for: reference.name).flatMap(glossary.number(of:)) ?? -1, explicit: number))
            }
            for match in autoMatches { events.append(LinkEvent(start: match.start, end: match.start + match.length, term: match.term, explicit: -1)) }
            if !explicit.isEmpty { events.sort { $0.start < $1.start } }

            var segments: [InlineSegment] = []
            segments.reserveCapacity(events.count * 4 + 1)
            var cursor = 0
            func emitLink(_ event: LinkEvent) {
                if cursor < event.start { segments.append(.runText(cursor..<event.start)) }
                segments.append(.html(links.openingTag(event.term)))
                segments.append(event.explicit >= 0 ? .text(explicit[event.explicit].text) : .runText(event.start..<event.end))
                segments.append(Self.closingTag)
                cursor = event.end
                if !referenced[event.term] { newlyLinked.append(event.term) }
                referenced[event.term] = true
                linked[event.term] = true
            }
            for event in events {
                if event.explicit >= 0 {
                    guard event.term >= 0 else {
                        let name = explicit[event.explicit].name
                        // A term whose file did not load has its own error; its mentions are not another.
                        if glossary.isUnloadable(name) { continue }
                        let guess = glossary.suggestion(for: name, budget: document.budget.suggestions)
                        outcome.diagnostics.append(.error(run.location(ofByte: event.start), .unknownTerm(name), hint: .unknownTermHint(),
                                                          fix: guess.map { Fix(replacing: name, with: $0) }))
                        continue
                    }
                    emitLink(event)
                } else if !linked[event.term] {
                    emitLink(event)
                }
            }
            if segments.isEmpty && explicit.isEmpty { return nil }
            if cursor < bytes.count { segments.append(.runText(cursor..<bytes.count)) }
            return segments
        }
        outcome.termNumbers = newlyLinked.sorted()
        outcome.slugs = glossary.numberedSlugs
        return outcome
    }

    /// A link to make in a text run: an auto-linked mention (`explicit` -1) or an explicit reference
    /// (its index); `term` is -1 for an unknown name.
    struct LinkEvent {
        var start: Int
        var end: Int
        var term: Int
        var explicit: Int
    }

    private static let closingTag = InlineSegment.html("</a>")

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
