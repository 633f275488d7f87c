import Build
import Configuration
import Foundation
import SiteModel
import Testing

/// `reviewed` dates, `reviewAfterMonths`, `reviewRequiredIn` and `sources.avoid`; every build here
/// gets its 'now' injected, so no expectation depends on the day the tests run.
@Suite struct ReviewTests {
    static func site(reviewed: String, months: String = "reviewAfterMonths: 12") -> String {
        """
        -- kennisbank.yml --
        \(months)
        -- content/index.md --
        ---
        title: Home
        reviewed: \(reviewed)
        ---
        Tekst.
        """
    }

    static func build(_ fixture: String, now: String) -> BuildResult {
        guard case .day(let day) = CalendarDay.parse(now) else { fatalError("bad test date \(now)") }
        let options = BuildOptions(root: URL(fileURLWithPath: "/nonexistent-fixture-root"),
                                   defaultThemeFolder: FixtureSite.themeFolder, now: day.date.addingTimeInterval(43_200))
        return SiteBuilder(options: options, fileSystem: MemoryFileSystem(fixture: fixture)).build()
    }

    static func messages(_ result: BuildResult) -> [String] {
        result.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message.english)" }
    }

    @Test func aReviewStaysCurrentUpToAndIncludingItsDueDay() {
        let fixture = Self.site(reviewed: "2025-12-02")
        #expect(Self.build(fixture, now: "2026-12-02").diagnostics.isEmpty)
        #expect(Self.messages(Self.build(fixture, now: "2026-12-03")) == [
            "content/index.md:3:1: warning: the content was last checked on 2025-12-02, more than 12 months ago (due 2026-12-02)",
        ])
    }

    @Test func monthEndsAreClampedWhenTheDueMonthIsShorter() {
        let fixture = Self.site(reviewed: "2026-01-31", months: "reviewAfterMonths: 1")
        #expect(Self.build(fixture, now: "2026-02-28").diagnostics.isEmpty)
        #expect(Self.messages(Self.build(fixture, now: "2026-03-01")) == [
            "content/index.md:3:1: warning: the content was last checked on 2026-01-31, more than 1 month ago (due 2026-02-28)",
        ])
    }

    @Test func withoutReviewAfterMonthsOldDatesAreShownButNeverWarnedAbout() {
        let result = Self.build(Self.site(reviewed: "1999-01-01", months: "title: Test"), now: "2026-12-02")
        #expect(result.diagnostics.isEmpty)
        let home = result.files.first { $0.path == "index.html" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        #expect(home.contains(#"<p class="reviewed">Inhoud gecontroleerd op <time datetime="1999-01-01">1 januari 1999</time></p>"#))
    }

    @Test func theMomentOfTheCheckNeverChangesTheOutput() {
        let fixture = Self.site(reviewed: "2025-12-02")
        let early = Self.build(fixture, now: "2026-01-01"), late = Self.build(fixture, now: "2031-01-01")
        #expect(early.diagnostics.isEmpty && late.diagnostics.count == 1)
        #expect(early.files == late.files)
    }

    @Test func sourceDateEpochIsTheMomentReviewDatesAreMeasuredAgainst() {
        let epoch = BuildOptions.sourceDateEpoch(["SOURCE_DATE_EPOCH": "1796212800"])
        let options = BuildOptions(root: URL(fileURLWithPath: "/tmp"), buildDate: epoch)
        #expect(options.now == Date(timeIntervalSince1970: 1_796_212_800))
        #expect(CalendarDay(options.now).description == "2026-12-02")
    }

    @Test func readsOnlyRealDatesInTheYearMonthDayShape() {
        #expect(CalendarDay.parse("2024-02-29") == .day(CalendarDay(year: 2024, month: 2, day: 29)!))
        #expect(CalendarDay.parse("2026-02-29") == .impossible(.monthDays(month: 2, year: 2026, days: 28)))
        #expect(CalendarDay.parse("1900-02-29") == .impossible(.monthDays(month: 2, year: 1900, days: 28)))
        #expect(CalendarDay.parse("2026-00-10") == .impossible(.noSuchMonth(0)))
        #expect(CalendarDay.parse("0000-01-01") == .impossible(.noYearZero()))
        for text in ["2026-12-2", "26-12-02", "2026/12/02", "2026-12-02T10:00", "", "२०२६-१२-०२", "+026-12-02"] {
            #expect(CalendarDay.parse(text) == .malformed, "\(text)")
        }
        #expect(CalendarDay(year: 2026, month: 1, day: 31)!.adding(months: 13).description == "2027-02-28")
        #expect(CalendarDay(year: 2024, month: 3, day: 31)!.adding(months: -1).description == "2024-02-29")
        #expect(CalendarDay(year: 9999, month: 12, day: 31)!.adding(months: Int.max).description == "9999-12-31")
        #expect(CalendarDay(year: 1, month: 1, day: 31)!.adding(months: Int.min).description == "0001-01-31")
    }

    @Test func findsTheHostOfAnAddressForTheAvoidList() {
        #expect(AvoidedSource.host(of: "https://User:pw@WWW.5Dok.net.:8080/a?b#c") == "www.5dok.net")
        #expect(AvoidedSource.host(of: "http://berthub.eu") == "berthub.eu")
        #expect(AvoidedSource.host(of: "mailto:x@5dok.net") == nil)
        #expect(AvoidedSource.host(of: "https://[::1]/x") == nil)
        let avoided = AvoidedSource(domain: "5DOK.net", location: SourceLocation(file: "kennisbank.yml"))
        #expect(avoided.matches(host: "5dok.net") && avoided.matches(host: "www.5dok.net"))
        #expect(!avoided.matches(host: "not5dok.net") && !avoided.matches(host: "5dok.network"))
    }
}
