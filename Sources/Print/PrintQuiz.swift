import Content
import Pages
import SiteModel

/// A quiz as the print template shows it: numbered questions with lettered answers; the template
/// adds the right answers, feedback and explanation only in the trainers' edition.
struct PrintQuiz {
    let quiz: RenderedQuiz
    /// The quiz page's route, which the rendered texts' relative links start from.
    let route: Route
    /// The quiz part's anchor; every text gets its own id prefix below it.
    let anchor: String
    let rewriter: PrintHTMLRewriter
    let index: SiteIndex

    var context: [String: Any] {
        [
            "questionCount": quiz.questions.count,
            "questions": quiz.questions.enumerated().map { number, question in questionContext(question, number: number + 1) },
        ]
    }

    private func questionContext(_ question: RenderedQuiz.Question, number: Int) -> [String: Any] {
        let prefix = "\(anchor)-v\(number)"
        func rewrite(_ html: String, _ part: String) -> String {
            rewriter.rewrite(html, from: route, idPrefix: prefix + part, headingShift: 0)
        }
        var item: [String: Any] = [
            "number": number,
            "instruction": rewriter.texts.text(question.type == .multiple ? "quiz.chooseSome" : "quiz.chooseOne"),
            "answers": question.answers.enumerated().map { index, answer -> [String: Any] in
                var entry: [String: Any] = ["letter": Self.letter(index), "html": rewrite(answer.html, "-a\(index + 1)"),
                                            "correct": answer.correct]
                let feedback = rewrite(answer.feedbackHTML, "-f\(index + 1)")
                if !feedback.isEmpty { entry["feedback"] = feedback }
                return entry
            },
            "correctLetters": question.answers.enumerated().filter { $0.element.correct }.map { Self.letter($0.offset) }
                .joined(separator: ", "),
        ]
        if let inline = question.questionInlineHTML { item["text"] = rewrite(inline, "-q") } else {
            item["block"] = rewrite(question.questionBlockHTML ?? "", "-q")
        }
        let explanation = rewrite(question.explanationHTML, "-e")
        if !explanation.isEmpty { item["explanation"] = explanation }
        let links = question.links.compactMap { index.page(at: $0) }.map { page -> [String: Any] in
            // The link goes through the rewriter, so it becomes a reference when the edition has the page.
            let html = "<a href=\"\(HTMLEscaping.escape(route.relativeURL(to: page.route)))\">\(HTMLEscaping.escape(page.title))</a>"
            return ["html": rewrite(html, "-l")]
        }
        if !links.isEmpty { item["links"] = links }
        return item
    }

    /// A, B, C, ... Z, then AA, AB, ...: a quiz may have many answers.
    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < letters.count ? String(letters[index]) : letter(index / letters.count - 1) + String(letters[index % letters.count])
    }
}
