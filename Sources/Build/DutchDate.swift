import Foundation

/// Dates written the Dutch way ('23 november 2026'), computed in UTC so output does not depend on
/// the machine's time zone or locale data.
enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]

    static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day], from: date)
    }

    /// '23 november 2026'.
    static func long(_ date: Date) -> String {
        let parts = components(date)
        return "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!)"
    }

    /// '2026-11-23'.
    static func iso(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
