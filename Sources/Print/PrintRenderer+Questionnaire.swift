import Content
import Pages
import SiteModel

extension PrintRenderer {
    /// A vragenlijst as a paper form, the same in both audiences' editions: the questionnaire page's
    /// context through the `print-questionnaire` partial, then the print rewriter, like a page body,
    /// so its headings sit below the part's title and its links become references.
    func questionnaireForm(_ processed: ProcessedPage, part: Part, rewriter: PrintHTMLRewriter) -> String? {
        guard processed.questionnaire != nil,
              let form = site.templates.render("partials/print-questionnaire", site.questionnaireContext(processed))
        else { return nil }
        return rewriter.rewrite(form, from: processed.page.route, idPrefix: part.anchor, headingShift: part.level)
    }
}
