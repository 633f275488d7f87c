import Content
import Foundation
import FrontMatter
import SiteModel

/// Reads the glossary keys of every term page.
public enum GlossaryLoader {
    /// Reads the terms among `pages`, sorted by slug.
    public static func load(from pages: [Page]) -> (terms: [GlossaryTerm], diagnostics: [Diagnostic]) {
        var terms: [GlossaryTerm] = []
        var diagnostics: [Diagnostic] = []
        for page in pages where page.kind == .term {
            var reader = FrontMatterReader(page.frontMatter, at: page.frontMatterLocation)
            let aliases = reader.stringList("aliases") ?? []
            let related = reader.stringList("related") ?? []
            let definition = reader.string("definition")
            let definitionHasWrongType = reader.node("definition").map { $0.scalar == nil && !$0.isNull } ?? false
            if !definitionHasWrongType,
               definition == nil || definition!.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let at = definition?.location ?? reader.keyLocation("definition")
                diagnostics.append(.error(at, "the term '\(page.title)' has an empty short definition",
                                          hint: "add 'definition: ...' with one or two sentences; it is shown in the pop-up and the begrippenlijst"))
            }
            diagnostics.append(contentsOf: reader.diagnostics.filter { !$0.message.hasPrefix("unknown key") && !$0.message.contains("appears twice") })
            for alias in aliases where alias.value.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.error(alias.location, "empty alias", hint: "remove the empty line from 'aliases'"))
            }
            let slug = String(page.contentPath.split(separator: "/").last!.dropLast(3))
            terms.append(GlossaryTerm(
                slug: slug,
                title: page.title,
                aliases: aliases.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty },
                definition: definition?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                definitionLocation: definition?.location ?? page.frontMatterLocation,
                related: related,
                contentPath: page.contentPath,
                route: page.route,
                file: page.file))
        }
        return (terms.sorted { $0.slug < $1.slug }, diagnostics)
    }
}
