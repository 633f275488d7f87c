import Foundation

/// A day on the calendar, without a time or time zone: the form of a `reviewed: 2026-12-02` date.
/// Arithmetic and the conversion from a moment both use UTC, so results never depend on the
/// machine's time zone.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day, or nil when the parts do not form a real date (month 13, 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day that contains `date`.
    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// What reading `text` as a `YYYY-MM-DD` date gave.
    public enum Parse: Sendable, Equatable {
        case day(CalendarDay)
        /// Not in the `YYYY-MM-DD` shape at all.
        case malformed
        /// In the right shape, but no such day exists; the message says why.
        case impossible(Message)
    }

    /// Reads `YYYY-MM-DD` (four digits, two, two).
    public static func parse(_ text: String) -> Parse {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return .malformed }
        if let value = CalendarDay(year: year, month: month, day: day) { return .day(value) }
        if !(1...12).contains(month) { return .impossible(.noSuchMonth(month)) }
        if year == 0 { return .impossible(.noYearZero()) }
        return .impossible(.monthDays(month: month, year: year, days: daysIn(month: month, year: year)))
    }

    /// The same day `months` later; the last day of the month when that month is shorter
    /// (31 January plus one month is 28 or 29 February).
    public func adding(months: Int) -> CalendarDay {
        // Months from year 0; clamped so that no count can overflow and the day stays in 1...9999.
        let total = min(max(year * 12 + (month - 1) + min(max(months, -240_000), 240_000), 12), 9999 * 12 + 11)
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))!
    }

    /// Midnight UTC at the start of this day.
    public var date: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// `2026-12-02`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
