import Content
import Foundation
import Pages
import Questionnaire
import SiteModel

extension SiteRenderer {
    /// The template values of a questionnaire page. Element ids contain '_', which heading slugs never
    /// do, so they cannot clash with the body's headings.
    package func questionnaireContext(_ processed: ProcessedPage) -> [String: Any] {
        guard let rendered = processed.questionnaire else { return [:] }
        let page = processed.page
        let questionnaire = rendered.questionnaire
        var context: [String: Any] = [
            "questionnaireName": questionnaire.slug,
            "questionCount": questionnaire.questions.count,
            "themeCount": questionnaire.themes.count,
            "isScored": questionnaire.isScored,
        ]
        if let mail = questionnaire.mail {
            context["mailHref"] = mail.href
            context["mailNeedsAddress"] = mail == .anyone
        }
        var number = 0
        context["themes"] = rendered.themes.enumerated().map { themeIndex, theme -> [String: Any] in
            let first = number + 1
            var item: [String: Any] = [
                "id": theme.theme.id, "title": theme.theme.title, "domID": "thema_\(themeIndex + 1)",
                "questions": theme.questions.map { question -> [String: Any] in
                    number += 1
                    return questionContext(question, number: number)
                },
            ]
            if let intro = theme.introHTML { item["intro"] = intro }
            if !theme.levels.isEmpty, let range = theme.theme.scoreRange {
                item["hasLevels"] = true
                item["min"] = range.lowerBound
                item["max"] = range.upperBound
                item["rangeText"] = pointsText(range)
                item["levels"] = theme.levels.enumerated().map { position, level -> [String: Any] in
                    var entry: [String: Any] = [
                        "number": position + 1, "label": level.level.label, "from": level.level.scores.lowerBound,
                        "to": level.level.scores.upperBound, "rangeText": pointsText(level.level.scores), "text": level.textHTML,
                    ]
                    let links = level.level.links.compactMap { index.page(at: $0.value) }.map { link(to: $0, from: page.route) }
                    if !links.isEmpty {
                        entry["links"] = links
                        entry["hasLinks"] = true
                    }
                    return entry
                }
                item["pointGroups"] = pointGroups(theme.questions, firstNumber: first)
            }
            return item
        }
        return context
    }

    private func questionContext(_ question: RenderedQuestionnaire.Question, number: Int) -> [String: Any] {
        let base = "vraag_\(number)"
        let type = question.question.type
        var item: [String: Any] = [
            "id": question.question.id, "number": number, "domID": base, "type": type.rawValue,
            "isOpen": type == .open, "isScale": type == .scale,
            "inputType": type == .multiple ? "checkbox" : "radio",
            "instruction": templates.texts.text(type == .multiple ? "quiz.chooseSome" : "quiz.chooseOne"),
            "options": question.options.enumerated().map { index, option -> [String: Any] in
                var entry: [String: Any] = ["inputID": "\(base)_\(index + 1)", "value": index + 1, "html": option.html]
                if question.question.isScored, let points = option.points { entry["points"] = points }
                return entry
            },
        ]
        if question.question.isScored { item["scored"] = true }
        if question.question.isNeededForLevel { item["needed"] = true }
        if let inline = question.textInlineHTML { item["legend"] = inline } else {
            item["legend"] = templates.texts.text("questionnaire.question", ["number": String(number)])
            item["textBlock"] = question.textBlockHTML ?? ""
        }
        if let help = question.helpHTML { item["help"] = help }
        // A question too long for a legend or label is described by its text, as is any help.
        let described = (question.textBlockHTML == nil ? [] : ["\(base)_blok"]) + (question.helpHTML == nil ? [] : ["\(base)_hulp"])
        if !described.isEmpty { item["describedBy"] = described.joined(separator: " ") }
        return item
    }

    /// 'Vraag 1, 2 en 4: Nooit 0 · Soms 1 ...': the points of the theme's scored questions, one line
    /// per way of counting, so a reader can score the printed form by hand.
    func pointGroups(_ questions: [RenderedQuestionnaire.Question], firstNumber: Int) -> [[String: Any]] {
        var groups: [(key: String, numbers: [Int], question: RenderedQuestionnaire.Question)] = []
        for (offset, question) in questions.enumerated() where question.question.isScored {
            let key = question.question.type.rawValue + "\u{1}" + question.options.map { "\($0.html)\u{2}\($0.points ?? 0)" }.joined(separator: "\u{1}")
            if let existing = groups.firstIndex(where: { $0.key == key }) {
                groups[existing].numbers.append(firstNumber + offset)
            } else {
                groups.append((key, [firstNumber + offset], question))
            }
        }
        return groups.map { group in
            var item: [String: Any] = [
                "questions": templates.texts.text("questionnaire.keyQuestions." + (group.numbers.count == 1 ? "one" : "other"),
                                                   ["numbers": templates.texts.list(group.numbers.map(String.init))]),
                "points": group.question.options.enumerated().map { index, option -> [String: Any] in
                    ["html": option.html, "points": option.points ?? 0, "first": index == 0]
                },
            ]
            if group.question.question.type == .multiple { item["isMultiple"] = true }
            return item
        }
    }

    /// '3 punten', '0 tot en met 4 punten' (`points.count`, `points.range`).
    func pointsText(_ range: ClosedRange<Int>) -> String {
        let texts = templates.texts
        if range.lowerBound == range.upperBound {
            // 'one' also for -1: '-1 punt'.
            return texts.text("points.count." + (abs(range.lowerBound) == 1 ? "one" : "other"), ["count": String(range.lowerBound)])
        }
        return texts.text("points.range", ["from": String(range.lowerBound), "to": String(range.upperBound)])
    }
}
