import Foundation
import SiteModel

/// When each source file last changed, for the 'Laatst bijgewerkt' line of its page and the
/// sitemap's `<lastmod>`. Read once per build, at the edge: the pipeline gets plain dates, so a
/// build stays a function of its input and tests build sites held in memory with dates they choose.
public protocol SourceHistory: Sendable {
    /// The dates of the files that have one (root-relative paths), and where they came from.
    func lastChanges() -> SourceDates
}

/// Last-change dates of source files.
public struct SourceDates: Sendable, Hashable {
    /// Root-relative path (`content/definities/racisme.md`) -> the moment of the last change.
    public var byPath: [String: Date]
    /// Where the dates came from or why there are none, for the build report ('dates from Git (83 files)').
    public var origin: Message

    /// Creates dates.
    public init(byPath: [String: Date], origin: Message) {
        self.byPath = byPath
        self.origin = origin
    }

    /// The date of the page at `contentPath` (relative to `content/`); `fallback` (the build date
    /// from `SOURCE_DATE_EPOCH`) for a file without one.
    package func date(ofContent contentPath: String, fallback: Date?) -> Date? {
        byPath["content/" + contentPath] ?? fallback
    }
}

/// A history with fixed dates: builds held in memory (none, unless a test gives some).
public struct FixedSourceHistory: SourceHistory {
    public let dates: SourceDates

    /// A history that knows `dates` (root-relative path -> date).
    public init(_ dates: [String: Date] = [:]) {
        self.dates = SourceDates(byPath: dates, origin: dates.isEmpty ? .noDates() : .fixedDates(dates.count))
    }

    public func lastChanges() -> SourceDates { dates }
}
