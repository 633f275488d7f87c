import Content
import FrontMatter
import SiteModel

extension QuestionnaireLoader {
    /// Reads a theme's scoring rule: levels from low to high, each up to its `max` score, the last
    /// up to the theme's highest score. Returns the levels that passed their checks (a rule with
    /// errors fails the build anyway), so the texts of the others are still checked.
    func readLevels(_ items: [FrontMatterReader], at keyLocation: SourceLocation, of theme: QuestionnaireTheme,
                    page: Page, into owner: inout FrontMatterReader) -> [QuestionnaireLevel] {
        var levels: [QuestionnaireLevel] = []
        let range = theme.scoreRange
        if range == nil && !theme.questions.isEmpty {
            owner.report(.error(keyLocation, "theme '\(theme.id)' has levels, but none of its questions gives points",
                                hint: "add a 'scale' question, or give every option of a choice question 'points: ...'"))
        }
        if items.count < 2 {
            owner.report(.error(keyLocation, "a scoring rule needs at least two levels",
                                hint: "add levels from low to high, e.g. 'Laag risico' and 'Hoog risico'"))
        }
        var labels: [String: SourceLocation] = [:]
        var previousMax: Int?
        for (number, var item) in items.enumerated() {
            let isLast = number == items.count - 1
            let label = item.string("label", required: true, example: "Laag risico")
            let maxValue = item.int("max")
            let text = item.string("text", required: true, example: "Wat deze uitkomst betekent en wat je kunt doen.")
            let (links, linkDiagnostics) = LinkResolver(index: index).resolvePages(item.stringList("links") ?? [], from: page)
            for diagnostic in linkDiagnostics { item.report(diagnostic) }
            item.warnUnknownKeys(allowed: Questionnaire.levelKeys)
            if let label {
                if let first = labels[label.value] {
                    item.report(.error(label.location, "two levels are called '\(label.value)'",
                                       hint: "give every level its own label; the first is at line \(first.line)"))
                } else {
                    labels[label.value] = label.location
                }
            }
            let name = label.map { "'\($0.value)'" } ?? "\(number + 1)"
            var upper = maxValue?.value
            if let range, item.isMapping {
                let lower = previousMax.map { $0 + 1 } ?? range.lowerBound
                if let maxValue {
                    if let previousMax, maxValue.value <= previousMax {
                        item.report(.error(maxValue.location, "level \(name) is empty: its 'max' (\(maxValue.value)) is not higher than the level before (\(previousMax))",
                                           hint: "give the levels a higher 'max' from low to high"))
                        upper = nil
                    } else if maxValue.value < range.lowerBound {
                        item.report(.error(maxValue.location, "level \(name) can never be reached: the lowest score of this theme is \(range.lowerBound)",
                                           hint: "make 'max' at least \(range.lowerBound)"))
                        upper = nil
                    } else if isLast && maxValue.value != range.upperBound {
                        item.report(.error(maxValue.location, "the last level must reach the highest score of this theme (\(range.upperBound)), not \(maxValue.value)",
                                           hint: "remove 'max' from the last level; it goes up to the highest score"))
                        upper = nil
                    } else if !isLast && maxValue.value >= range.upperBound {
                        item.report(.error(maxValue.location, "the levels after \(name) can never be reached: the highest score of this theme is \(range.upperBound)",
                                           hint: "make 'max' lower than \(range.upperBound)"))
                        upper = nil
                    }
                } else if isLast {
                    upper = range.upperBound
                } else if item.node("max") == nil {
                    item.report(.error(label?.location ?? item.location, "level \(name) has no 'max'",
                                       hint: "write the highest score of this level, e.g. 'max: \(max(lower, (range.lowerBound + range.upperBound) / 2))'; only the last level goes without"))
                }
                if let upper, let label, let text, lower <= upper {
                    levels.append(QuestionnaireLevel(label: label.value, scores: lower...upper, text: text.value,
                                                     textLocation: text.location, links: links, location: item.location))
                }
            }
            previousMax = upper ?? previousMax
            owner.absorb(item)
        }
        return levels
    }
}
