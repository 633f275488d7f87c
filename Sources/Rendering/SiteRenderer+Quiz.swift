import Content
import Foundation
import Pages
import Quiz
import SiteModel

extension SiteRenderer {
    func quizContext(_ processed: ProcessedPage) -> [String: Any] {
        guard let rendered = processed.quiz else { return [:] }
        let page = processed.page
        var context: [String: Any] = [
            "quizName": rendered.quiz.slug,
            "questionCount": rendered.questions.count,
            "shuffle": rendered.quiz.shuffle,
            "giftURL": page.route.relativeURL(toFile: "\(PageKind.quizFolder)/\(rendered.quiz.slug).gift.txt"),
            "qtiURL": page.route.relativeURL(toFile: "\(PageKind.quizFolder)/\(rendered.quiz.slug).qti.zip"),
        ]
        // The trainers' edition of the quiz's section holds the quiz; otherwise the whole training's does.
        let hasEdition = index.topSections.contains { ContentPath.folder(of: $0.contentPath) == rendered.quiz.sectionPath }
            && rendered.quiz.sectionPath != PageKind.glossaryFolder && rendered.quiz.sectionPath != PageKind.quizFolder
        if config.print { context["trainerPrintURL"] = page.route.relativeURL(
            to: PrintEdition(section: hasEdition ? rendered.quiz.sectionPath : nil, audience: .trainers).route) }
        if let section = index.sectionPage(rendered.quiz.sectionPath) {
            context["sectionTitle"] = section.title
            context["sectionURL"] = page.route.relativeURL(to: section.route)
        }
        context["questions"] = rendered.questions.enumerated().map { number, question -> [String: Any] in
            let base = "v\(number + 1)"
            var item: [String: Any] = [
                "id": question.id,
                "number": number + 1,
                "domID": base,
                "type": question.type.rawValue,
                "inputType": question.type == .multiple ? "checkbox" : "radio",
                "instruction": templates.texts.text(question.type == .multiple ? "quiz.chooseSome" : "quiz.chooseOne"),
                "explanation": question.explanationHTML,
                "answers": question.answers.enumerated().map { index, answer -> [String: Any] in
                    ["inputID": "\(base)-a\(index + 1)", "value": index + 1, "html": answer.html,
                     "correct": answer.correct, "feedback": answer.feedbackHTML]
                },
                "correctAnswers": question.answers.filter(\.correct).map { ["html": $0.html] },
            ]
            // A question of several paragraphs goes below the legend, which then only numbers it.
            if let inline = question.questionInlineHTML { item["legend"] = inline } else {
                item["questionBlock"] = question.questionBlockHTML ?? ""
            }
            let links = question.links.compactMap { index.page(at: $0) }.map { link(to: $0, from: page.route) }
            if !links.isEmpty { item["links"] = links }
            return item
        }
        return context
    }
}
