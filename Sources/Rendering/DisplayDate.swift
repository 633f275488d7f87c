import Foundation

import SiteModel

/// Dates written out in the site's language ('23 november 2026', `date.long` of the interface
/// texts), computed in UTC so output does not depend on the machine's time zone or locale data.
package enum DisplayDate {
    package static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day], from: date)
    }

    /// '23 november 2026', or as `texts` write a date.
    package static func long(_ date: Date, _ texts: InterfaceTexts) -> String {
        let parts = components(date)
        return texts.longDate(day: parts.day!, month: parts.month!, year: parts.year!)
    }

    /// '2026-11-23'.
    package static func iso(_ date: Date) -> String {
        let parts = components(date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
