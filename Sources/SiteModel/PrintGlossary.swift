/// What a section's print edition shows of the glossary terms its pages use (`print.sectionGlossary`
/// in `kennisbank.yml`).
public enum PrintGlossary: String, Sendable, Hashable, CaseIterable {
    /// Each term with its one-sentence definition: the default, so a handout stays about its section.
    case compact
    /// Each term's whole article, with its sources, as in the whole-training edition.
    case full
}
