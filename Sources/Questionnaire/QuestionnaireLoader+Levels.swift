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
            owner.report(.error(keyLocation, .levelsWithoutPoints(theme.id), hint: .levelsWithoutPointsHint()))
        }
        if items.count < 2 {
            owner.report(.error(keyLocation, .levelsTooFew(), hint: .levelsTooFewHint()))
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
                    item.report(.error(label.location, .levelLabelTwice(label.value), hint: .levelLabelTwiceHint(firstLine: first.line)))
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
                        item.report(.error(maxValue.location, .levelEmpty(name, max: maxValue.value, previous: previousMax),
                                           hint: .levelEmptyHint()))
                        upper = nil
                    } else if maxValue.value < range.lowerBound {
                        item.report(.error(maxValue.location, .levelUnreachable(name, lowest: range.lowerBound),
                                           hint: .levelUnreachableHint(lowest: range.lowerBound)))
                        upper = nil
                    } else if isLast && maxValue.value != range.upperBound {
                        item.report(.error(maxValue.location, .lastLevelTooLow(highest: range.upperBound, max: maxValue.value),
                                           hint: .lastLevelTooLowHint()))
                        upper = nil
                    } else if !isLast && maxValue.value >= range.upperBound {
                        item.report(.error(maxValue.location, .levelsAfterUnreachable(name, highest: range.upperBound),
                                           hint: .levelsAfterUnreachableHint(highest: range.upperBound)))
                        upper = nil
                    }
                } else if isLast {
                    upper = range.upperBound
                } else if item.node("max") == nil {
                    item.report(.error(label?.location ?? item.location, .levelNoMax(name),
                                       hint: .levelNoMaxHint(example: max(lower, (range.lowerBound + range.upperBound) / 2))))
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
