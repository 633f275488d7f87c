import SiteModel

/// Renders the theme's logic-less Mustache templates. `{{value}}` is HTML-escaped; only values the
/// build produced as HTML (rendered Markdown) are inserted raw with `{{{value}}}`.
///
/// Templates are compiled once into `TemplateNode` trees and rendered into a byte buffer; the
/// general-purpose Mustache library this replaced looked every name up through reflection and
/// built a string per tag, a tenth of a large build's time.
public struct TemplateRenderer: Sendable {
    private let store: TemplateStore
    /// Template names that exist.
    public let names: Set<String>
    /// The interface texts the templates were compiled with, for the words the build puts into
    /// pages itself (dates, '3 vragen', print editions).
    public let texts: InterfaceTexts

    /// Compiles every template of `theme`, with `{{t.group.key}}` tags replaced by `texts`. A
    /// template that does not parse, that includes a partial that does not exist or that names a
    /// text `texts` does not have, is an error at its file, line and column.
    public init(theme: Theme, texts: InterfaceTexts) throws(Diagnostic) {
        var templates: [String: [TemplateNode]] = [:]
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            templates[name] = try TemplateParser(file: template.file, texts: texts.table).parse(template.text)
        }
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            for partial in Self.partials(in: templates[name]!) where templates[partial] == nil {
                let guess = Suggestion.closest(to: partial, in: templates.keys.sorted())
                throw Diagnostic.error(SourceLocation(file: template.file, line: 1, column: 1),
                                       .templatePartialMissing(name, partial: partial), hint: .templatePartialMissingHint(),
                                       fix: guess.map { Fix(replacing: partial, with: $0) })
            }
        }
        store = TemplateStore(templates)
        self.names = Set(theme.templates.keys)
        self.texts = texts
    }

    /// Renders template `name` with `context`; nil when the template does not exist.
    public func render(_ name: String, _ context: [String: Any]) -> String? {
        renderUTF8(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders template `name` with `context` to UTF-8 bytes; nil when the template does not exist.
    /// Context values may be `[UInt8]` (UTF-8), so a page's main part goes into its layout, and the
    /// layout into its file, without being turned into a String and validated on the way.
    public func renderUTF8(_ name: String, _ context: [String: Any]) -> [UInt8]? {
        guard let number = store.numbers[name] else { return nil }
        var run = TemplateRun(store: store, context: context, capacity: 16_384)
        run.render(template: number)
        return run.output
    }

    /// The names of the partials `nodes` include, at any depth.
    static func partials(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _): return [name]
            case .section(_, _, let children): return partials(in: children)
            case .text, .variable: return []
            }
        }
    }
}
