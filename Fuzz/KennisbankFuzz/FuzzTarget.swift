import Build
import CFuzzSupport
import Configuration
import Foundation
import FrontMatter
import Markdown
import SiteModel
import StaticFiles

/// The libFuzzer entry point (`make fuzz`): arbitrary bytes go through the front-matter parser
/// (checked against libyaml's own events), Markdown parsing and rendering, and a whole build of a
/// small site in which they are a page, a glossary term, a quiz, the site config, a vragenlijst or an
/// SVG image, and the SVG check (against a naive second reading of the same bytes).
///
/// libFuzzer's driver (started by main.swift) reports a crash, a sanitizer finding, an input slower than
/// `-timeout` or one that makes the process larger than `-rss_limit_mb`. The checks below turn
/// wrong answers into crashes too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let role = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    FuzzChecks.frontMatter(text)
    FuzzChecks.markdown(text)
    FuzzChecks.svg(Array(bytes.dropFirst()))
    FuzzChecks.site(with: Data(bytes.dropFirst()), as: FuzzChecks.Role.allCases[Int(role) % FuzzChecks.Role.allCases.count])
    return 0
}

enum FuzzChecks {
    /// Where the input goes in the small site; the first byte of an input chooses (new roles go
    /// last, so that the inputs of the corpus keep theirs).
    enum Role: CaseIterable {
        case page, term, quiz, config, questionnaire, svg

        var path: String {
            switch self {
            case .page: return "content/definities/pagina.md"
            case .term: return "content/begrippen/term.md"
            case .quiz: return "content/toetsen/toets.md"
            case .config: return "kennisbank.yml"
            case .questionnaire: return "content/vragenlijsten/lijst.md"
            case .svg: return "content/definities/schema.svg"
            }
        }
    }

    /// The site around the input: a home page that links to it, sections, a term and a quiz.
    static let site: [String: String] = [
        "content/index.md": "---\ntitle: Start\n---\nZie [de pagina](definities/pagina.md#kop) en [[discriminatie]].\n",
        "content/definities/_index.md": "---\ntitle: Definities\n---\nInleiding.\n",
        "content/begrippen/_index.md": "---\ntitle: Begrippen\n---\n",
        "content/begrippen/discriminatie.md": "---\ntitle: Discriminatie\ndefinition: Ongelijke behandeling.\n---\nTekst.\n",
        "content/toetsen/_index.md": "---\ntitle: Toetsen\n---\n",
        "content/vragenlijsten/_index.md": "---\ntitle: Vragenlijsten\n---\n",
        "kennisbank.yml": "title: Fuzz\n",
    ]

    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes/default")

    /// The scanner in front of Yams must refuse every alias and anchor libyaml reports before its
    /// first error, must refuse nesting that libyaml sees far deeper than the limit, and must not
    /// refuse YAML that libyaml reads without any of these. The node budget behind it must never
    /// be needed.
    static func frontMatter(_ text: String) {
        var utf8 = Array(text.utf8)
        let summary = utf8.withUnsafeMutableBufferPointer { kb_yaml_summarize($0.baseAddress, $0.count) }
        let result = FrontMatterParser.parse(text, file: "f.yml", firstLine: 1)
        let refusal: String? = {
            guard case .failure(let diagnostic) = result else { return nil }
            if diagnostic.message.id == .yamlExpands { fatalError("the node budget caught what the scanner missed: \(text.debugDescription)") }
            // Merge keys are refused after Yams composes, whatever libyaml says: not the scanner's verdict.
            let limits: [MessageID] = [.yamlAlias, .yamlAnchor, .yamlNesting]
            return limits.contains(diagnostic.message.id) ? diagnostic.message.english : nil
        }()
        if summary.hasAliasOrAnchor != 0 && refusal == nil {
            fatalError("libyaml saw an alias or anchor at \(summary.line):\(summary.column) that the scanner let through: \(text.debugDescription)")
        }
        if case .success = result, summary.maxDepth > 2 * InputLimits.maxFrontMatterNesting + 2 {
            fatalError("nesting \(summary.maxDepth) got past the scanner: \(text.debugDescription)")
        }
        if summary.failed == 0, summary.hasAliasOrAnchor == 0, summary.maxDepth <= InputLimits.maxFrontMatterNesting, let refusal {
            fatalError("valid YAML without aliases was refused (\(refusal)): \(text.debugDescription)")
        }
    }

    /// Parsing and rendering one text; refused texts render nothing.
    static func markdown(_ text: String) {
        let document = MarkdownDocument(parsing: text, file: "content/a.md", lineOffset: 3)
        let html = document.renderHTML()
        if document.limitViolation != nil && !html.isEmpty { fatalError("a refused text was rendered") }
        _ = document.plainText
    }

    /// The SVG check must not crash, must position every problem, and must refuse what a naive
    /// reading finds: a script, frame, plug-in or foreignObject start tag outside comments, CDATA,
    /// processing instructions and the DOCTYPE (in well-formed XML a '<' can be nowhere else). The
    /// check may refuse more; it must never see less.
    static func svg(_ bytes: [UInt8]) {
        let problems = SVGCheck.problems(in: Data(bytes), file: "content/a.svg")
        for problem in problems where problem.location.line < 1 || problem.location.column < 1 {
            fatalError("an SVG problem without a position: \(problem)")
        }
        guard problems.isEmpty else { return }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        var markup = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            markup += rest[..<open]
            rest = rest[open...]
            let skipped: [(String, String)] = [("<!--", "-->"), ("<![cdata[", "]]>"), ("<?", "?>")]
            if let (_, close) = skipped.first(where: { rest.hasPrefix($0.0) }), let end = rest.dropFirst(2).range(of: close) {
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!doctype") {
                // To the first '>' outside quotes (a DOCTYPE with '[' is refused by the check).
                var quote: Character?
                var index = rest.startIndex
                while index < rest.endIndex {
                    let character = rest[index]
                    index = rest.index(after: index)
                    if let open = quote { if character == open { quote = nil } } else if character == "\"" || character == "'" { quote = character } else if character == ">" { break }
                }
                rest = rest[index...]
            } else {
                markup.append("<")
                rest = rest.dropFirst()
            }
        }
        markup += rest
        if markup.range(of: #"<([a-z0-9_.-]*:)?(script|foreignobject|iframe|embed|object|handler)[\s/>]"#, options: .regularExpression) != nil {
            fatalError("the SVG check let script through: \(text.debugDescription)")
        }
    }

    /// A whole build in memory; it must end in a result, and an error must not leave output behind
    /// in place of the previous site (checked by `buildAndWrite` elsewhere; here: no crash, and
    /// every diagnostic names a file).
    static func site(with input: Data, as role: Role) {
        var files = site.mapValues { Data($0.utf8) }
        files[role.path] = input
        var fileSystem = MemoryFileSystem([:])
        fileSystem.contents = files
        let options = BuildOptions(root: URL(fileURLWithPath: "/nonexistent-fuzz-root"), defaultThemeFolder: theme)
        let result = SiteBuilder(options: options, fileSystem: fileSystem).build()
        for diagnostic in result.diagnostics where diagnostic.location.file.isEmpty {
            fatalError("a diagnostic without a file: \(diagnostic)")
        }
        _ = result.formattedDiagnostics(limit: 20)
    }
}
