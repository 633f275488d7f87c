import Content
import Foundation
import FrontMatter
import SiteModel

/// Keeps content current: warns about a page whose `reviewed` date is older than
/// `reviewAfterMonths`, about a page in `reviewRequiredIn` without one, and about a source on a
/// domain listed under `sources.avoid`. Pure: the same page, config and day give the same warnings.
struct ReviewPass: Sendable {
    let config: SiteConfig
    /// The day review dates are measured against (`BuildOptions.now`).
    let today: CalendarDay

    init(config: SiteConfig, now: Date) {
        self.config = config
        self.today = CalendarDay(now)
    }

    /// The warnings about one page.
    func diagnostics(for page: Page) -> [Diagnostic] {
        reviewDiagnostics(page) + sourceDiagnostics(page)
    }

    private func reviewDiagnostics(_ page: Page) -> [Diagnostic] {
        guard let reviewed = page.reviewed else {
            guard let scope = config.reviewRequiredIn.first(where: { $0.contains(page.contentPath) }) else { return [] }
            return [.warning(page.frontMatterLocation, "this page has no 'reviewed' date, which pages in '\(scope.path)' need",
                             hint: "check the page against its sources and add a line 'reviewed: \(today)' (reviewRequiredIn in kennisbank.yml)")]
        }
        if reviewed.value > today {
            return [.warning(reviewed.location, "the review date \(reviewed.value) lies in the future",
                             hint: "write the day you actually checked the page, today at the latest (\(today))")]
        }
        guard let months = config.reviewAfterMonths else { return [] }
        let due = reviewed.value.adding(months: months)
        guard due < today else { return [] }
        return [.warning(reviewed.location,
                         "the content was last checked on \(reviewed.value), more than \(months) \(months == 1 ? "month" : "months") ago (due \(due))",
                         hint: "check the page against its sources, correct what changed, and set 'reviewed:' to the day you checked it (reviewAfterMonths in kennisbank.yml)")]
    }

    private func sourceDiagnostics(_ page: Page) -> [Diagnostic] {
        guard !config.avoidedSources.isEmpty else { return [] }
        var result: [Diagnostic] = []
        for source in page.sources {
            guard let url = source.url, let host = AvoidedSource.host(of: url),
                  let avoided = config.avoidedSources.first(where: { $0.matches(host: host) }) else { continue }
            let why = avoided.reason.map { ": \($0)" } ?? ""
            result.append(.warning(source.urlLocation ?? source.location,
                                   "source '\(source.title)' is on \(avoided.domain), a domain to avoid\(why)",
                                   hint: "cite the primary source instead (the law on wetten.overheid.nl, the organisation's own publication); see sources.avoid in kennisbank.yml"))
        }
        return result
    }

    /// A warning for every `reviewRequiredIn` entry that matches no page, which is most likely a typo.
    func unmatchedScopes(contentPaths: [String]) -> [Diagnostic] {
        let unmatched = config.reviewRequiredIn.filter { scope in !contentPaths.contains(where: scope.contains) }
        guard !unmatched.isEmpty else { return [] }
        // One index for all entries: a config with thousands of mistyped entries must not rebuild it per entry.
        var folders = Set(contentPaths.map { ContentPath.folder(of: $0) }.filter { !$0.isEmpty })
        folders.formUnion(contentPaths)
        let suggestions = SuggestionIndex(folders), budget = SuggestionBudget()
        return unmatched.map { scope in
            var hint = "write a folder or file relative to content/ that exists"
            if let guess = suggestions.closest(to: scope.path, budget: budget) { hint = "did you mean '\(guess)'? " + hint }
            return .warning(scope.location, "reviewRequiredIn entry '\(scope.path)' matches no page in content/", hint: hint)
        }
    }
}
