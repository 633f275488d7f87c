import AnswerReading

/// The geometry of a scored theme's band in SVG: the scores from low to high divided into the
/// levels of the scoring rule, with each group's median marked and the middle half of its scores
/// shaded, so a team sees where it stands against the level boundaries.
struct LevelBand {
    /// The width a phone gives the band, to decide whether level names need two rows.
    static let phoneWidth = 340.0
    static let characterWidth = 7.5
    /// Light to dark, so the levels read as a scale; their names are written under them. Presentation
    /// attributes (not CSS alone), so PDF engines that do not style inline SVG from the page's CSS draw them too.
    static let fills = ["#dfe7f1", "#b9c9df", "#90a9cc", "#6f8fbd"]

    static func value(id: String, theme: AnswerTheme, groups: [(name: String?, statistics: OrdinalStatistics?)],
                      title: String, description: String) -> [String: Any]? {
        guard let range = theme.scoreRange, !theme.levels.isEmpty else { return nil }
        let cells = Double(range.upperBound - range.lowerBound + 1)
        func position(_ score: Double) -> Double { (score - Double(range.lowerBound) + 0.5) / cells * 100 }
        let top = groups.count * 20 + 4
        let trackHeight = 26
        var stagger = false
        let segments: [[String: Any]] = theme.levels.enumerated().map { index, level in
            let start = Double(level.scores.lowerBound - range.lowerBound) / cells * 100
            let width = Double(level.scores.count) / cells * 100
            if Double(level.label.count) * characterWidth > width / 100 * phoneWidth { stagger = true }
            return ["x": BarChart.format(start), "width": BarChart.format(width), "middle": BarChart.format(start + width / 2),
                    "label": level.label, "kind": index % 4 + 1, "fill": fills[index % fills.count]]
        }
        let labelY = top + trackHeight + 18
        let labeled: [[String: Any]] = segments.enumerated().map { index, segment in
            var segment = segment
            segment["labelY"] = labelY + (stagger && index % 2 == 1 ? 18 : 0)
            return segment
        }
        let endsY = labelY + (stagger ? 36 : 18) + 4
        let markers: [[String: Any]] = groups.enumerated().compactMap { index, group in
            guard let statistics = group.statistics else { return nil }
            let x = position(statistics.median)
            let anchor = x < 10 ? "start" : x > 90 ? "end" : "middle"
            let name = group.name.map { " (\($0))" } ?? ""
            return ["x": BarChart.format(x), "labelY": 14 + index * 20, "lineTop": 18 + index * 20, "lineBottom": top + trackHeight,
                    "anchor": anchor, "label": "Mediaan \(DutchText.number(statistics.median))\(name)",
                    "spreadX": BarChart.format(Double(statistics.lowerQuartile - range.lowerBound) / cells * 100),
                    "spreadWidth": BarChart.format(Double(statistics.upperQuartile - statistics.lowerQuartile + 1) / cells * 100),
                    "spreadY": top + 8 + index * 6, "group": index == 0 ? "a" : "b", "fill": index == 0 ? "#004699" : "#b30000"]
        }
        return ["id": id, "title": title, "description": description, "height": endsY + 4, "trackY": top, "trackHeight": trackHeight,
                "segments": labeled, "markers": markers, "endsY": endsY, "low": range.lowerBound,
                "high": DutchText.count(range.upperBound, "punt", "punten")]
    }
}
