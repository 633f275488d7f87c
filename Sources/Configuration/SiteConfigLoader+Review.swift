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
                reader.report(.error(months.location, .reviewAfterMonthsRange(months.value), hint: .reviewAfterMonthsRangeHint()))
            }
        }
        for entry in reader.stringList("reviewRequiredIn") ?? [] {
            let scope = ReviewScope(path: entry.value.trimmingWhitespaces(), location: entry.location)
            if scope.path.isEmpty || scope.path.hasPrefix("content/") || scope.path.split(separator: "/").contains("..") {
                let inside = scope.path.hasPrefix("content/") ? String(scope.path.dropFirst("content/".count)) : nil
                reader.report(.error(entry.location, .reviewScopeInvalid(entry.value), hint: .reviewScopeInvalidHint(),
                                     fix: inside.flatMap { $0.isEmpty ? nil : Fix(replacing: scope.path, with: $0) }))
            } else {
                config.reviewRequiredIn.append(scope)
            }
        }
        guard let node = reader.node("sources"), !node.isNull else { return }
        var sources = FrontMatterReader(node, at: node.location, context: .configSources)
        for var item in sources.mappingList("avoid", item: Phrase.avoidedSource) ?? [] {
            let domain = item.string("domain", required: true, example: "5dok.net")
            let reason = item.string("reason")
            item.warnUnknownKeys(allowed: ["domain", "reason"])
            if let domain {
                let name = domain.value.trimmingWhitespaces().lowercased()
                if isDomain(name) {
                    config.avoidedSources.append(AvoidedSource(domain: name, reason: reason?.value, location: domain.location))
                } else {
                    // 'https://5dok.net/x' is the domain with more around it.
                    let host = AvoidedSource.host(of: name) ?? AvoidedSource.host(of: "https://" + name)
                    item.report(.error(domain.location, .notADomain(domain.value), hint: .notADomainHint(),
                                       fix: host.flatMap { isDomain($0) ? Fix(replacing: domain.value, with: $0) : nil }))
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
