import Content
import Foundation
import Glossary
import Pages
import Rendering
import SiteModel

/// Renders the print editions: the training in reading order as one document (home, each section
/// with its pages, the begrippenlijst, the quizzes) with a numbered table of contents, for the whole
/// site and for every top-level section, for participants and for trainers. The theme's `print`
/// template lays it out; `print.css` adds page breaks and, where the engine can, page numbers.
package struct PrintRenderer: Sendable {
    package let site: SiteRenderer
    /// The PDF handouts to link (`kennisbank build --handouts`); none by default.
    package var handouts = HandoutFiles()

    package init(site: SiteRenderer, handouts: HandoutFiles = HandoutFiles()) {
        self.site = site
        self.handouts = handouts
    }

    /// One piece of an edition: a chapter (level 1), a page in it (2) or deeper (3).
    package struct Part {
        package enum Content {
            case page(ProcessedPage)
            case term(GlossaryTerm)
            /// A chapter the site has no page for (a begrippenlijst without `_index.md`).
            case heading
        }

        package var level: Int
        package var title: String
        package var content: Content
        package var number = ""
        package var anchor = ""
    }

    /// Every edition the site has: the whole training and each top-level section, for both audiences.
    package var editions: [PrintEdition] { PrintEdition.all(in: site.index) }
    /// The interface texts of the site's language.
    package var texts: InterfaceTexts { site.templates.texts }

    /// Renders every edition, on all cores. Both audiences of a scope share its parts: they differ
    /// only in the answers the template shows and in their folder depth.
    package func renderAll() -> [OutputFile] {
        let scopes: [String?] = [nil] + contentSections.map { Optional($0) }
        return scopes.parallelMap { section -> [OutputFile] in
            let content = ScopeContent(renderer: self, section: section)
            return [PrintEdition.Audience.participants, .trainers].map {
                render(PrintEdition(section: section, audience: $0), content: content)
            }
        }.flatMap { $0 }
    }

    /// The parts of one scope (the whole training or a section), rewritten for the print page.
    struct ScopeContent {
        let toc: [[String: Any]]
        let parts: [[String: Any]]

        init(renderer: PrintRenderer, section: String?) {
            let parts = renderer.parts(of: PrintEdition(section: section, audience: .participants))
            let rewriter = renderer.rewriter(for: parts)
            toc = renderer.tableOfContents(parts)
            // A section's handout is about the section: its terms as a compact glossary unless the
            // site asks for the whole articles (print.sectionGlossary: full).
            let compact = section != nil && renderer.site.config.printGlossary == .compact
            self.parts = parts.map { renderer.partContext($0, rewriter: rewriter, compactTerms: compact) }
        }
    }

    private var contentSections: [String] { PrintEdition.sections(in: site.index) }

    /// The parts of an edition in reading order, numbered and anchored.
    package func parts(of edition: PrintEdition) -> [Part] {
        var parts: [Part] = []
        var terms: [String]
        if let section = edition.section {
            if let page = site.index.sectionPage(section) { parts += chapter(page, in: section) }
            for path in site.quizzesBySection[section] ?? [] {
                if let processed = site.pages[path] { parts.append(Part(level: 1, title: processed.page.title, content: .page(processed))) }
            }
            // The terms the pages refer to, a term page counting as referring to itself.
            var referenced: Set<String> = []
            let numberByPath = SiteAssembly.termNumbersByPath(site.glossary)
            for part in parts {
                guard case .page(let processed) = part.content else { continue }
                let numbers = SiteAssembly.termLinks(of: processed, termNumberByPath: numberByPath).backlinked
                referenced.formUnion(numbers.map { site.glossary.numberedSlugs[$0] })
            }
            terms = glossaryOrder.filter(referenced.contains)
            if !terms.isEmpty { parts.append(Part(level: 1, title: texts.text("print.sectionTerms"), content: .heading)) }
        } else {
            if let home = site.index.sectionPage(""), let processed = site.pages[home.contentPath] {
                parts.append(Part(level: 1, title: processed.page.title, content: .page(processed)))
            }
            for child in site.index.children(of: "") {
                let folder = ContentPath.folder(of: child.contentPath)
                if child.kind == .section && (folder == PageKind.glossaryFolder || folder == PageKind.quizFolder) { continue }
                if child.kind == .section { parts += chapter(child, in: folder) } else if let processed = site.pages[child.contentPath] {
                    parts.append(Part(level: 1, title: child.title, content: .page(processed)))
                }
            }
            terms = glossaryOrder
            if !terms.isEmpty {
                let page = site.index.sectionPage(PageKind.glossaryFolder).flatMap { site.pages[$0.contentPath] }
                parts.append(Part(level: 1, title: page?.page.title ?? texts.text("glossary.title"), content: page.map { .page($0) } ?? .heading))
            }
        }
        parts += terms.compactMap { site.glossary.terms[$0] }.map { Part(level: 2, title: $0.title, content: .term($0)) }
        if edition.section == nil {
            let quizzes = quizOrder
            if !quizzes.isEmpty {
                let page = site.index.sectionPage(PageKind.quizFolder).flatMap { site.pages[$0.contentPath] }
                parts.append(Part(level: 1, title: page?.page.title ?? texts.text("quizzes.title"), content: page.map { .page($0) } ?? .heading))
                parts += quizzes.compactMap { site.pages[$0] }.map { Part(level: 2, title: $0.page.title, content: .page($0)) }
            }
        }
        var counters = [0, 0, 0]
        for index in parts.indices {
            let level = parts[index].level
            counters[level - 1] += 1
            for deeper in level..<counters.count { counters[deeper] = 0 }
            let numbers = counters[..<level].map(String.init)
            parts[index].number = numbers.joined(separator: ".")
            parts[index].anchor = "deel-" + numbers.joined(separator: "-")
        }
        return parts
    }

    /// A section page and everything below it (pages and vragenlijsten), in site order.
    private func chapter(_ section: PageSummary, in folder: String, level: Int = 1) -> [Part] {
        guard let processed = site.pages[section.contentPath] else { return [] }
        var parts = [Part(level: level, title: section.title, content: .page(processed))]
        for child in site.index.children(of: folder) {
            if child.kind == .section {
                parts += chapter(child, in: ContentPath.folder(of: child.contentPath), level: min(level + 1, 3))
            } else if child.kind == .page || child.kind == .questionnaire, let page = site.pages[child.contentPath] {
                parts.append(Part(level: min(level + 1, 3), title: child.title, content: .page(page)))
            }
        }
        return parts
    }

    /// Term slugs as the begrippenlijst orders them.
    private var glossaryOrder: [String] {
        site.glossary.terms.values.map { (key: SiteRenderer.sortKey(for: $0.title), slug: $0.slug) }
            .sorted { ($0.key, $0.slug) < ($1.key, $1.slug) }.map(\.slug)
    }

    /// Quiz content paths in the order of the quiz overview: by section, in site order.
    private var quizOrder: [String] {
        let folders = site.quizzesBySection.keys.sorted { lhs, rhs in
            switch (site.index.sectionPage(lhs), site.index.sectionPage(rhs)) {
            case let (l?, r?): return PageSummary.inSiteOrder(l, r)
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs < rhs
            }
        }
        return folders.flatMap { site.quizzesBySection[$0] ?? [] }
    }

    /// The rewriter for an edition with `parts`.
    func rewriter(for parts: [Part]) -> PrintHTMLRewriter {
        var referenceParts: [String: PrintHTMLRewriter.Part] = [:]
        var termAnchors: [String: String] = [:]
        for part in parts {
            switch part.content {
            case .page(let processed): referenceParts[processed.page.route.outputFile] = .init(anchor: part.anchor, number: part.number)
            case .term(let term):
                termAnchors[term.slug] = part.anchor
                referenceParts[term.route.outputFile] = .init(anchor: part.anchor, number: part.number)
            case .heading: break
            }
        }
        var base = site.config.baseURL
        if let url = base, !url.hasSuffix("/") { base = url + "/" }
        return PrintHTMLRewriter(parts: referenceParts, termAnchors: termAnchors, rootPrefix: PrintHTMLRewriter.rootMarker,
                                 baseURL: base, titles: Dictionary(site.index.pages.map { ($0.route.outputFile, $0.title) }) { first, _ in first },
                                 texts: texts)
    }

    private func render(_ edition: PrintEdition, content: ScopeContent) -> OutputFile {
        let route = edition.route
        let sectionTitle = edition.section.flatMap { site.index.sectionPage($0)?.title }
        let title = sectionTitle ?? site.config.title
        var context: [String: Any] = [
            "title": title,
            "siteTitle": site.config.title,
            "isSection": edition.section != nil,
            "audienceLabel": texts.text(edition.audience == .trainers ? "print.forTrainers" : "print.forParticipants"),
            "audienceName": edition.audienceLabel(texts),
            "showAnswers": edition.audience == .trainers,
            "counterpartURL": route.relativeURL(to: edition.counterpart.route),
            "counterpartLabel": texts.text(edition.audience == .trainers ? "print.toParticipants" : "print.toTrainers"),
            "toc": content.toc,
            "parts": content.parts,
            "editions": editionLinks(from: edition),
        ]
        if let organisation = coverOrganisation(title: title, section: sectionTitle) { context["organisation"] = organisation }
        if let pdf = handoutLink(edition, from: edition) { context["pdf"] = pdf }
        if let buildDate = site.layout.options.buildDate { context["buildDate"] = DisplayDate.long(buildDate, texts) }
        let main = site.templates.renderUTF8("print", context) ?? []
        let audience = edition.audienceLabel(texts)
        let documentTitle = sectionTitle.map { texts.text("print.sectionDocumentTitle", ["section": $0, "edition": audience]) }
            ?? texts.text("print.documentTitle", ["edition": audience])
        let html = site.renderLayout(route: route, title: documentTitle, description: "", summary: nil,
                                     content: main, bodyClass: "soort-print", noindex: true)
        let page = String(decoding: html, as: UTF8.self).replacingAll(PrintHTMLRewriter.rootMarker, with: route.rootPrefix)
        return OutputFile(path: route.outputFile, text: page)
    }

    package func tableOfContents(_ parts: [Part]) -> [[String: Any]] {
        var chapters: [[String: Any]] = []
        var children: [[String: Any]] = []
        func close() {
            guard !chapters.isEmpty, !children.isEmpty else { return }
            chapters[chapters.count - 1]["children"] = children
            chapters[chapters.count - 1]["hasChildren"] = true
            children = []
        }
        for part in parts {
            let entry: [String: Any] = ["number": part.number, "title": part.title, "anchor": part.anchor]
            if part.level == 1 {
                close()
                chapters.append(entry)
            } else if part.level == 2, case .page = part.content {
                children.append(entry)
            }
        }
        close()
        return chapters
    }

    private func editionLinks(from current: PrintEdition) -> [[String: Any]] {
        var rows: [(title: String, section: String?)] = [(texts.text("print.wholeTraining"), nil)]
        rows += contentSections.map { (site.index.sectionPage($0)?.title ?? $0, $0) }
        return rows.map { row in
            let participants = PrintEdition(section: row.section, audience: .participants)
            let trainers = PrintEdition(section: row.section, audience: .trainers)
            var item: [String: Any] = [
                "title": row.title,
                "participantsURL": current.route.relativeURL(to: participants.route),
                "trainersURL": current.route.relativeURL(to: trainers.route),
                "participantsCurrent": participants == current,
                "trainersCurrent": trainers == current,
            ]
            let pdfs = handoutLinks([participants, trainers], from: current)
            if !pdfs.isEmpty { item["pdfs"] = pdfs }
            return item
        }
    }

    func partContext(_ part: Part, rewriter: PrintHTMLRewriter, compactTerms: Bool = false) -> [String: Any] {
        var item: [String: Any] = [
            "anchor": part.anchor,
            "number": part.number,
            "title": part.title,
            "headingTag": "h\(part.level + 1)",
            "subheadingTag": "h\(min(part.level + 2, 6))",
            "isChapter": part.level == 1,
            "level": part.level,
        ]
        switch part.content {
        case .heading:
            if compactTerms { item["lead"] = compactGlossaryIntro }
        case .term(let term):
            item.merge(termContext(term, part: part, rewriter: rewriter, compact: compactTerms)) { $1 }
        case .page(let processed):
            if !processed.page.description.isEmpty { item["lead"] = processed.page.description }
            item.merge(pageContext(processed, part: part, rewriter: rewriter)) { $1 }
            if let form = questionnaireForm(processed, part: part, rewriter: rewriter) { item["questionnaire"] = form }
            if let quiz = processed.quiz {
                item["quiz"] = PrintQuiz(quiz: quiz, route: processed.page.route, anchor: part.anchor, rewriter: rewriter,
                                         index: site.index).context
            }
        }
        return item
    }

    func pageContext(_ processed: ProcessedPage, part: Part, rewriter: PrintHTMLRewriter) -> [String: Any] {
        var item: [String: Any] = [:]
        let body = rewriter.rewrite(FootnoteLabels.translated(processed.bodyHTML, texts), from: processed.page.route, idPrefix: part.anchor, headingShift: part.level)
        if !body.isEmpty { item["body"] = body }
        let sources = processed.page.sources
        if !sources.isEmpty {
            item["sources"] = sources.map(\.templateValue)
            item["sourcesID"] = part.anchor + PrintHTMLRewriter.idSeparator + "bronnen"
        }
        return item
    }
}
