import Content
import Foundation
import FrontMatter
import SiteModel

/// Keeps content current: warns about a page whose `reviewed` date is older than
/// `reviewAfterMonths`, about a page in `reviewRequiredIn` without one, and about a source on a
/// domain listed under `sources.avoid`. Pure: the same page, config and day give the same warnings.
package struct ReviewPass: Sendable {
    package let config: SiteConfig
    /// The day review dates are measured against (`BuildOptions.now`).
    package let today: CalendarDay

    package init(config: SiteConfig, now: Date) {
        self.config = config
        self.today = CalendarDay(now)
    }

    /// The warnings about one page.
    package func diagnostics(for page: Page) -> [Diagnostic] {
        reviewDiagnostics(page) + sourceDiagnostics(page)
    }

    private func reviewDiagnostics(_ page: Page) -> [Diagnostic] {
        guard let reviewed = page.reviewed else {
            guard let scope = config.reviewRequiredIn.first(where: { $0.contains(page.contentPath) }) else { return [] }
            return [.warning(page.frontMatterLocation, .reviewMissing(scope.path), hint: .reviewMissingHint(today: "\(today)"))]
        }
        if reviewed.value > today {
            return [.warning(reviewed.location, .reviewInFuture("\(reviewed.value)"), hint: .reviewInFutureHint(today: "\(today)"))]
        }
        guard let months = config.reviewAfterMonths else { return [] }
        let due = reviewed.value.adding(months: months)
        guard due < today else { return [] }
        return [.warning(reviewed.location, .reviewOverdue("\(reviewed.value)", months: months, due: "\(due)"), hint: .reviewOverdueHint())]
    }

    private func sourceDiagnostics(_ page: Page) -> [Diagnostic] {
        guard !config.avoidedSources.isEmpty else { return [] }
        var result: [Diagnostic] = []
        for source in page.sources {
            guard let url = source.url, let host = AvoidedSource.host(of: url),
                  let avoided = config.avoidedSources.first(where: { $0.matches(host: host) }) else { continue }
            result.append(.warning(source.urlLocation ?? source.location,
                                   .avoidedSource(source.title, domain: avoided.domain, reason: avoided.reason), hint: .avoidedSourceHint()))
        }
        return result
    }

    /// A warning for every `reviewRequiredIn` entry that matches no page, which is most likely a typo.
    package func unmatchedScopes(contentPaths: [String]) -> [Diagnostic] {
        let unmatched = config.reviewRequiredIn.filter { scope in !contentPaths.contains(where: scope.contains) }
        guard !unmatched.isEmpty else { return [] }
        // One index for all entries: a config with thousands of mistyped entries must not rebuild it per entry.
        var folders = Set(contentPaths.map { ContentPath.folder(of: $0) }.filter { !$0.isEmpty })
        folders.formUnion(contentPaths)
        let suggestions = SuggestionIndex(folders), budget = SuggestionBudget()
        return unmatched.map { scope in
            let guess = suggestions.closest(to: scope.path, budget: budget)
            return .warning(scope.location, .reviewScopeUnmatched(scope.path), hint: .reviewScopeUnmatchedHint(),
                            fix: guess.map { Fix(replacing: scope.path, with: $0) })
        }
    }
}
