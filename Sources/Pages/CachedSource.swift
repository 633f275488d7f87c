import Content
import FrontMatter
import SiteModel

/// One Markdown file as the previous build left it: its text, what parsing said, and the parsed
/// page, so that an unchanged file is not parsed again. A class, so the cache hands it out without
/// copying the page.
package final class CachedSource: Sendable {
    package let text: String
    /// What the loader reported.
    package let diagnostics: [Diagnostic]
    /// The parsed page; nil when the file cannot become a page. Its cmark tree is kept for the
    /// first transform, which frees it once the page's HTML is made (parsing every page twice
    /// cost a quarter of the transform's CPU, keeping the trees about 150 MB at peak on 10,000
    /// pages; docs/benchmark.md); a later transform parses the body again (`Page.parsedBody`).
    package let page: Page?
    /// For glossary terms, quizzes and questionnaires, whose data the index step reads from the front matter:
    /// the YAML text and its first line, to tell whether that data can have changed.
    package let frontMatterKey: String?

    /// Parses `text` as the file at `contentPath`.
    package init(contentPath: String, text: String) {
        let outcome = PageParsing.loader.load(contentPath: contentPath, text: text)
        self.text = text
        diagnostics = outcome.diagnostics
        page = outcome.page
        if let page = outcome.page, page.kind == .term || page.kind == .quiz || page.kind == .questionnaire,
           case .success(let split) = FrontMatterSplitter.split(text, file: page.file) {
            frontMatterKey = "\(split.yamlFirstLine)\n" + (split.yaml ?? "")
        } else {
            frontMatterKey = nil
        }
    }

    /// True when `other` (a newer version of the same file) gives the index step the same input:
    /// the same summary and, for terms and quizzes, the same front matter.
    package func sameIndexInput(as other: CachedSource) -> Bool {
        guard let page, let newPage = other.page else { return page == nil && other.page == nil }
        if page.draft != newPage.draft || page.kind != newPage.kind { return false }
        if PageSummary(page) != PageSummary(newPage) { return false }
        return frontMatterKey == other.frontMatterKey
    }
}
