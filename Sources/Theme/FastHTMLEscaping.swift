import Mustache
import SiteModel

/// HTML escaping of template values (`&`, `<`, `>`, `"`, `'`) with the byte-level escaper the rest
/// of the build uses, instead of Mustache's dictionary lookup per character.
struct FastHTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
