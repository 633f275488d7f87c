/// The geometry of a horizontal bar chart in SVG: one row per answer with its label above one bar
/// per group. Widths are percentages of the chart's width and heights CSS pixels, so the chart
/// fills whatever width the page has and its text keeps the page's size on a phone; long labels
/// wrap to lines that fit a phone's width. The table next to it holds the same numbers; the chart
/// is an image with a title and a description that says them in words.
struct BarChart {
    /// One answer: its label and, per group, its share and the value to print.
    struct Row {
        var label: String
        var values: [(share: Double?, text: String)]
    }

    /// The part of the width bars may take; the value is printed in the rest.
    static let barWidth = 70.0
    static let lineHeight = 18
    static let barHeight = 16
    static let barGap = 6
    static let rowGap = 12
    /// About what fits beside nothing else on a 360-pixel-wide phone screen at the page's font size.
    static let maxLineLength = 34

    /// The template value of a chart: `id` (element ids), `title`, `description`, `height`, and
    /// `rows` with label lines and bars.
    static func value(id: String, title: String, description: String, rows: [Row], groups: Int) -> [String: Any] {
        var y = 0
        var items: [[String: Any]] = []
        for row in rows {
            let lines = wrap(row.label)
            let labelLines: [[String: Any]] = lines.enumerated().map { index, line in ["text": line, "y": y + 14 + index * lineHeight] }
            y += lines.count * lineHeight + 4
            var bars: [[String: Any]] = []
            for (group, value) in row.values.enumerated() {
                var bar: [String: Any] = ["y": y, "textY": y + 13, "height": barHeight, "trackWidth": format(barWidth), "valueX": format(barWidth + 1.5),
                                          "value": value.text, "group": group == 0 ? "a" : "b", "fill": group == 0 ? "#004699" : "#b30000"]
                if let share = value.share, share > 0 { bar["width"] = format(max(share * barWidth, 0.4)) }
                bars.append(bar)
                y += barHeight + barGap
            }
            items.append(["lines": labelLines, "bars": bars])
            y += rowGap
        }
        return ["id": id, "title": title, "description": description, "height": max(y - rowGap, 1), "rows": items,
                "isComparison": groups > 1]
    }

    /// A percentage for an SVG attribute: at most two decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Splits a label into lines of at most `maxLineLength` characters at spaces (a longer word is cut).
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > maxLineLength {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(maxLineLength)))
                word = String(word.dropFirst(maxLineLength))
            }
            if current.isEmpty { current = word } else if current.count + 1 + word.count <= maxLineLength { current += " " + word } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
