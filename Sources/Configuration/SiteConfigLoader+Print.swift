import FrontMatter
import SiteModel

/// The print settings: `print: false`, or a mapping with `editions` and `sectionGlossary`.
extension SiteConfigLoader {
    static let printKeys = ["editions", "sectionGlossary"]

    static func readPrintSettings(_ reader: inout FrontMatterReader, into config: inout SiteConfig) {
        guard let node = reader.node("print"), !node.isNull else { return }
        guard node.entries != nil else {
            // The short form: `print: true` or `print: false` for the editions alone.
            if let print = reader.bool("print") { config.print = print.value }
            return
        }
        var print = FrontMatterReader(node, at: node.location, context: .configKey("print"))
        if let editions = print.bool("editions") { config.print = editions.value }
        if let glossary: PrintGlossary = print.choice("sectionGlossary", example: "compact", what: .configValue("print.sectionGlossary")) {
            config.printGlossary = glossary
        }
        print.warnUnknownKeys(allowed: printKeys)
        reader.absorb(print)
    }
}
