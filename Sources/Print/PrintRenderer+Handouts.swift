import Pages
/// The links to the PDF handouts, shown only for the PDFs the build was given.
extension PrintRenderer {
    /// The link to `edition`'s PDF from the page of `current`: its address and size.
    func handoutLink(_ edition: PrintEdition, from current: PrintEdition) -> [String: Any]? {
        guard let handout = handouts.handout(for: edition) else { return nil }
        return ["url": current.route.relativeURL(toFile: edition.handoutPath), "size": HandoutFiles.sizeLabel(handout.size),
                "audience": site.templates.texts.text(edition.audience == .trainers ? "print.trainers" : "print.participants")]
    }

    /// The links to the PDFs of `editions` that exist, the first one marked for the template's commas.
    func handoutLinks(_ editions: [PrintEdition], from current: PrintEdition) -> [[String: Any]] {
        var links = editions.compactMap { handoutLink($0, from: current) }
        if !links.isEmpty { links[0]["first"] = true }
        return links
    }
}
