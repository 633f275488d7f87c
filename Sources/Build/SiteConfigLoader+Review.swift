import FrontMatter
import SiteModel

/// The settings that keep content current: `reviewAfterMonths`, `reviewRequiredIn` and
/// `sources.avoid`.
extension SiteConfigLoader {
    static func readReviewSettings(_ reader: inout FrontMatterReader, into config: inout SiteConfig) {
        if let months = reader.int("reviewAfterMonths") {
            if (1...1200).contains(months.value) {
                config.reviewAfterMonths = months.value
            } else {
                reader.report(.error(months.location, "reviewAfterMonths must be between 1 and 1200, found \(months.value)",
                                     hint: "write the number of months a review stays current, e.g. 'reviewAfterMonths: 12'"))
            }
        }
        for entry in reader.stringList("reviewRequiredIn") ?? [] {
            let scope = ReviewScope(path: entry.value.trimmingWhitespaces(), location: entry.location)
            if scope.path.isEmpty || scope.path.hasPrefix("content/") || scope.path.split(separator: "/").contains("..") {
                reader.report(.error(entry.location, "reviewRequiredIn entry '\(entry.value)' is not a path inside content/",
                                     hint: "write a folder or file relative to content/, e.g. 'juridisch-kader' or 'melden-en-hulp.md'"))
            } else {
                config.reviewRequiredIn.append(scope)
            }
        }
        guard let node = reader.node("sources"), !node.isNull else { return }
        var sources = FrontMatterReader(node, at: node.location, context: "'sources' in the site config")
        for var item in sources.mappingList("avoid", itemName: "avoided source") ?? [] {
            let domain = item.string("domain", required: true, example: "5dok.net")
            let reason = item.string("reason")
            item.warnUnknownKeys(allowed: ["domain", "reason"])
            if let domain {
                let name = domain.value.trimmingWhitespaces().lowercased()
                if isDomain(name) {
                    config.avoidedSources.append(AvoidedSource(domain: name, reason: reason?.value, location: domain.location))
                } else {
                    item.report(.error(domain.location, "'\(domain.value)' is not a domain name",
                                       hint: "write only the domain, without https:// or a path, e.g. 'domain: 5dok.net'"))
                }
            }
            sources.absorb(item)
        }
        sources.warnUnknownKeys(allowed: ["avoid"])
        reader.absorb(sources)
    }

    /// Letters, digits, hyphens and at least one dot between labels: `5dok.net`, `venj.rijksopenheid.nl`.
    private static func isDomain(_ name: String) -> Bool {
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" }
        }
    }
}
