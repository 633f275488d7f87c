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
                diagnostics.append(.error(at, .termEmptyDefinition(page.title), hint: .termEmptyDefinitionHint()))
            }
            // PageLoader reports unknown and repeated keys of the page's front matter already.
            diagnostics.append(contentsOf: reader.diagnostics.filter { $0.message.id != .unknownKey && $0.message.id != .keyTwice })
            for alias in aliases where alias.value.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.error(alias.location, .emptyAlias(), hint: .emptyAliasHint()))
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
