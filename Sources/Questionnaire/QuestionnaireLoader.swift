import Content
import FrontMatter
import SiteModel

/// Reads and validates a questionnaire page; every problem is reported at the line and column of
/// the front-matter key or value it is about, and reading goes on after the first one.
public struct QuestionnaireLoader: Sendable {
    public let index: SiteIndex

    /// Creates a loader that checks links against `index`.
    public init(index: SiteIndex) { self.index = index }

    /// 'Did you mean' for the scale names of one questionnaire, within its file's budget.
    struct ScaleNames {
        let index: SuggestionIndex
        let budget: SuggestionBudget
    }

    /// The ids of themes and questions seen so far, for 'used twice' errors that name the first place.
    struct SeenIDs {
        var themes: [String: SourceLocation] = [:]
        var questions: [String: SourceLocation] = [:]
    }

    /// Reads the questionnaire in `page`.
    public func load(_ page: Page) -> (questionnaire: Questionnaire?, diagnostics: [Diagnostic]) {
        var reader = FrontMatterReader(page.frontMatter, at: page.frontMatterLocation)
        let mail = readMail(&reader)
        var scales = readScales(&reader)
        // Built once: every question that names a missing scale asks it for 'did you mean'.
        let scaleNames = ScaleNames(index: SuggestionIndex(scales.keys), budget: SuggestionBudget())
        let items = reader.mappingList("themes", item: Phrase.theme)
        if reader.isMapping && (items == nil || items!.isEmpty) {
            reader.report(.error(reader.keyLocation("themes"), .questionnaireNoThemes(), hint: .questionnaireNoThemesHint()))
        }
        var themes: [QuestionnaireTheme] = []
        var seen = SeenIDs()
        for var item in items ?? [] {
            if let theme = readTheme(&item, page: page, scales: &scales, scaleNames: scaleNames, seen: &seen) { themes.append(theme) }
            reader.absorb(item)
        }
        for scale in scales.values.sorted(by: { $0.location < $1.location }) where !scale.used {
            reader.report(.warning(scale.location, .scaleUnused(scale.name), hint: .scaleUnusedHint(scale.name)))
        }
        // PageLoader already warned about unknown top-level keys.
        let diagnostics = reader.diagnostics.filter {
            !($0.message.id == .unknownKey && $0.message.arguments.dropFirst().first == Phrase.frontMatter.english)
        }
        let slug = String(page.contentPath.split(separator: "/").last!.dropLast(3))
        let questionnaire = Questionnaire(slug: slug, title: page.title, contentPath: page.contentPath, file: page.file,
                                          mail: mail, themes: themes)
        return (questionnaire, diagnostics)
    }

    private func readMail(_ reader: inout FrontMatterReader) -> QuestionnaireMail? {
        guard let node = reader.node("mailto"), !node.isNull else { return nil }
        if case .scalar(let text, true) = node.kind {
            switch text.lowercased() {
            case "true", "yes", "ja": return .anyone
            case "false", "no", "nee": return nil
            default: break
            }
        }
        guard let text = node.scalar?.trimmingWhitespaces(), Self.isMailAddress(text) else {
            reader.report(.error(node.location, .mailtoInvalid(found: node.scalar.map(Phrase.quoted) ?? node.kindName),
                                 hint: .mailtoInvalidHint()))
            return nil
        }
        return .to(text)
    }

    /// One address, nothing that could add headers or break out of the `href`.
    static func isMailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 && !"?&#<>\"',;:()[]\\%".unicodeScalars.contains($0) }
    }

    /// Whether a theme or question id is made of letters, digits and hyphens (it becomes part of
    /// storage keys, file contents and `data-` attributes).
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// Reads `id`, checks its form and that it is not used before; returns it even when it is used twice.
    func readID(_ item: inout FrontMatterReader, kind: String, example: String,
                seen: inout [String: SourceLocation]) -> Located<String>? {
        guard let id = item.string("id", required: true, example: example) else { return nil }
        if !Self.isValidID(id.value) {
            let slug = Slug.make(id.value)
            item.report(.error(id.location, .idCharacters(kind, id.value), hint: .idExampleHint(example),
                               fix: slug.isEmpty ? nil : Fix(replacing: id.value, with: slug)))
        }
        if let first = seen[id.value] {
            item.report(.error(id.location, .idTwiceInQuestionnaire(kind, id.value),
                               hint: .idTwiceInQuestionnaireHint(kind, id.value, firstLine: first.line)))
        } else {
            seen[id.value] = id.location
        }
        return id
    }

    private func readTheme(_ item: inout FrontMatterReader, page: Page, scales: inout [String: NamedScale],
                           scaleNames: ScaleNames, seen: inout SeenIDs) -> QuestionnaireTheme? {
        let id = readID(&item, kind: "theme", example: "regels-en-werkwijzen", seen: &seen.themes)
        let title = item.string("title", required: true, example: "Regels en werkwijzen")
        let intro = item.string("intro")
        let questionItems = item.mappingList("questions", item: Phrase.question)
        if item.isMapping && (questionItems == nil || questionItems!.isEmpty) {
            item.report(.error(item.keyLocation("questions"), .themeNoQuestions(), hint: .themeNoQuestionsHint()))
        }
        var questions: [QuestionnaireQuestion] = []
        for var questionItem in questionItems ?? [] {
            if let question = readQuestion(&questionItem, scales: &scales, scaleNames: scaleNames, seen: &seen.questions) { questions.append(question) }
            item.absorb(questionItem)
        }
        var theme = QuestionnaireTheme(id: id?.value ?? "", title: title?.value ?? "", intro: intro?.value,
                                       introLocation: intro?.location, questions: questions, location: item.location)
        if let levelItems = item.mappingList("levels", item: Phrase.level) {
            theme.levels = readLevels(levelItems, at: item.keyLocation("levels"), of: theme, page: page, into: &item)
        }
        item.warnUnknownKeys(allowed: Questionnaire.themeKeys)
        guard id != nil, title != nil else { return nil }
        return theme
    }
}
