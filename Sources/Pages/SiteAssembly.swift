import Content
import Foundation
import Glossary
import Questionnaire
import Quiz
import SiteModel

/// The index step: the site map, the glossary and the quizzes, checked as a whole (duplicate
/// routes, name collisions, quiz rules) before any page is transformed.
package struct SiteAssembly: Sendable {
    package let pages: [Page]
    package let index: SiteIndex
    package let glossary: GlossaryIndex
    /// Validated quizzes by content path.
    package let quizzes: [String: Quiz]
    /// Section folder -> quiz content paths, in site order.
    package let quizzesBySection: [String: [String]]
    /// Validated questionnaires by content path.
    package let questionnaires: [String: Questionnaire]
    package private(set) var diagnostics: [Diagnostic] = []

    /// Checks `allPages`; `unloadable` are the Markdown files that could not become pages, whose
    /// own errors are enough: links and terms that name them are not reported again.
    package init(pages allPages: [Page], drafts: Set<String>, staticFiles: [String], unloadable: Set<String> = []) {
        var diagnostics: [Diagnostic] = []
        var byRoute: [Route: Page] = [:]
        var kept: [Page] = []
        for page in allPages.sorted(by: { $0.contentPath < $1.contentPath }) {
            if let first = byRoute[page.route] {
                diagnostics.append(Diagnostic.error(SourceLocation(file: page.file, line: 1, column: 1),
                    .sameAddress("\(page.route)", first: first.file, second: page.file), hint: .sameAddressHint())
                    .alsoAt(SourceLocation(file: first.file, line: 1, column: 1)))
                continue
            }
            byRoute[page.route] = page
            kept.append(page)
        }
        for reserved in ["zoeken", "404.html", "assets"] where byRoute[Route(reserved)] != nil {
            let page = byRoute[Route(reserved)]!
            diagnostics.append(.error(SourceLocation(file: page.file, line: 1, column: 1),
                                      .reservedAddress("\(Route(reserved))"), hint: .renameFileHint()))
        }
        let printFolder = PrintEdition.folder
        for page in kept where page.route.path == printFolder || page.route.path.hasPrefix(printFolder + "/") {
            diagnostics.append(.error(SourceLocation(file: page.file, line: 1, column: 1),
                .reservedForPrint("\(page.route)", folder: "\(Route(printFolder))"), hint: .reservedForPrintHint(printFolder)))
        }
        let sectionFolders = Set(kept.compactMap(\.ownSectionPath))
        var warnedFolders: Set<String> = []
        let generatedFolders: Set<String> = [PageKind.glossaryFolder, PageKind.quizFolder]
        for page in kept where !page.sectionPath.isEmpty && !sectionFolders.contains(page.sectionPath)
            && !generatedFolders.contains(page.sectionPath) && !warnedFolders.contains(page.sectionPath) {
            warnedFolders.insert(page.sectionPath)
            // A section page that did not load has its own error.
            if unloadable.contains(page.sectionPath + "/_index.md") { continue }
            diagnostics.append(.warning(SourceLocation(file: page.file, line: 1, column: 1),
                .folderWithoutIndex(page.sectionPath), hint: .folderWithoutIndexHint(page.sectionPath)))
        }
        if !allPages.isEmpty, !kept.contains(where: { $0.kind == .home }), unloadable.isDisjoint(with: ["index.md", "_index.md"]) {
            diagnostics.append(Self.missingHomePage(draft: drafts.contains("index.md")))
        }
        let index = SiteIndex(pages: kept.map(PageSummary.init), omittedDrafts: drafts, staticFiles: Set(staticFiles), unloadable: unloadable)
        let (terms, termDiagnostics) = GlossaryLoader.load(from: kept)
        let termFolder = PageKind.glossaryFolder + "/"
        let glossary = GlossaryIndex(terms: terms, unloadableSlugs: Set(unloadable.filter { $0.hasPrefix(termFolder) }
            .map { String($0.dropFirst(termFolder.count).dropLast(3)) }))
        diagnostics += termDiagnostics + glossary.diagnostics

        var quizzes: [String: Quiz] = [:]
        var bySection: [String: [String]] = [:]
        let quizLoader = QuizLoader(index: index)
        for page in kept where page.kind == .quiz {
            let (quiz, quizDiagnostics) = quizLoader.load(page)
            diagnostics += quizDiagnostics
            if let quiz {
                quizzes[page.contentPath] = quiz
                bySection[quiz.sectionPath, default: []].append(page.contentPath)
            }
        }
        var questionnaires: [String: Questionnaire] = [:]
        let questionnaireLoader = QuestionnaireLoader(index: index)
        for page in kept where page.kind == .questionnaire {
            let (questionnaire, questionnaireDiagnostics) = questionnaireLoader.load(page)
            diagnostics += questionnaireDiagnostics
            questionnaires[page.contentPath] = questionnaire
        }
        self.questionnaires = questionnaires
        self.pages = kept
        self.index = index
        self.glossary = glossary
        self.quizzes = quizzes
        self.quizzesBySection = bySection.mapValues { paths in
            paths.sorted { PageSummary.inSiteOrder(index.page(at: $0)!, index.page(at: $1)!) }
        }
        self.diagnostics = diagnostics
    }

    /// True when the site has a glossary overview (`begrippen/`): the author's own, or the one the
    /// build makes when there are terms. The theme links it only then.
    package var hasGlossaryPage: Bool {
        !glossary.terms.isEmpty || index.page(at: PageKind.glossaryFolder + "/_index.md") != nil
    }

    /// True when the site has a quiz overview (`toetsen/`), written or made for its quizzes.
    package var hasQuizzesPage: Bool {
        !quizzes.isEmpty || index.page(at: PageKind.quizFolder + "/_index.md") != nil
    }

    /// A warning for every term whose slug is not in `referenced`.
    package func unreferencedTermWarnings(referenced: Set<String>) -> [Diagnostic] {
        glossary.terms.values.sorted { $0.slug < $1.slug }.filter { !referenced.contains($0.slug) }.map {
            .warning(SourceLocation(file: $0.file, line: 1, column: 1), .unreferencedTerm($0.title), hint: .unreferencedTermHint($0.title))
        }
    }

    /// The error for a site without a home page: every page's 'Home' link and the site title lead there.
    static func missingHomePage(draft: Bool) -> Diagnostic {
        let location = SourceLocation(file: "content/index.md")
        if draft {
            return .error(location, .homePageDraft(), hint: .homePageDraftHint())
        }
        return .error(location, .homePageMissing(), hint: .homePageMissingHint())
    }

    /// Term slug by the content path of the term's page.
    package var termSlugsByPath: [String: String] {
        Dictionary(uniqueKeysWithValues: glossary.terms.values.map { ($0.contentPath, $0.slug) })
    }

    /// The terms `page` refers to, by glossary link or by an ordinary link to the term's page
    /// (`referenced`), and the terms whose pages list it (`backlinked`: the same, and its own term
    /// when a term page links to itself); term numbers, ascending.
    package static func termLinks(of page: ProcessedPage, termNumberByPath: [String: Int]) -> (backlinked: [Int], referenced: [Int]) {
        var referenced = page.linkedTerms
        var linksItself = false, added = false
        // Only a page in the glossary folder can be a term's; most links go elsewhere.
        for path in page.linkedPages where path.hasPrefix(glossaryPrefix) {
            guard let number = termNumberByPath[path] else { continue }
            if path == page.page.contentPath { linksItself = true } else { referenced.append(number); added = true }
        }
        if added { referenced = Array(Set(referenced)).sorted() }
        var backlinked = referenced
        if linksItself, let own = termNumberByPath[page.page.contentPath], !backlinked.contains(own) {
            backlinked.append(own)
            backlinked.sort()
        }
        return (backlinked, referenced)
    }

    /// Term number (in `GlossaryIndex.numberedSlugs`) by the content path of the term's page.
    package var termNumbersByPath: [String: Int] { Self.termNumbersByPath(glossary) }

    /// Term number (in `GlossaryIndex.numberedSlugs`) by the content path of the term's page.
    package static func termNumbersByPath(_ glossary: GlossaryIndex) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: glossary.terms.values.compactMap { term in
            glossary.number(of: term.slug).map { (term.contentPath, $0) }
        })
    }

    private static let glossaryPrefix = PageKind.glossaryFolder + "/"
}
