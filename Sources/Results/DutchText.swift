/// The Dutch words and numbers of the report, in one place.
enum DutchText {
    /// '‘Ja’'.
    static func quoted(_ text: String) -> String { "\u{2018}\(text)\u{2019}" }

    /// 'A', 'A of B', 'A, B of C' (`word` 'en' or 'of').
    static func list(_ items: [String], word: String = "of") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }

    /// '6' or '6,5'.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(Int(value.rounded(.down))) + ",5"
    }

    /// '1 inzending', '24 inzendingen'.
    static func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }

    /// '3 punten', '0 tot en met 4 punten'.
    static func points(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? count(range.lowerBound, "punt", "punten")
            : "\(range.lowerBound) tot en met \(range.upperBound) punten"
    }

    /// '3', '0 t/m 4': a range of points in a table column headed 'Punten'.
    static func range(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? String(range.lowerBound) : "\(range.lowerBound) t/m \(range.upperBound)"
    }

    /// A count of people as a sentence part: '18 van de 24 deelnemers (75%)', 'minder dan 5 van de
    /// 24 deelnemers', 'ten minste 20 van de 24 deelnemers', '5 tot 8 van de 24 deelnemers'.
    static func share(_ cell: CellValue, of total: Int, noun: String = "deelnemers") -> String {
        switch cell {
        case .exact(let count): return "\(count) van de \(total) \(noun) (\(ResultsReport.percent(count, of: total))%)"
        case .below(let minimum): return "minder dan \(minimum) van de \(total) \(noun)"
        case .range(let low, let high) where high == total: return "ten minste \(low) van de \(total) \(noun)"
        case .range(let low, let high): return "\(low) tot \(high) van de \(total) \(noun)"
        }
    }

    /// 'kiest' or 'kiezen', as the count before it needs.
    static func choose(_ cell: CellValue) -> String { cell == .exact(1) ? "kiest" : "kiezen" }
}
