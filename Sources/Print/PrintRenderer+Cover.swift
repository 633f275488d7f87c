/// The cover of a print edition.
extension PrintRenderer {
    /// The organisation at the top of the cover; nil when the cover already shows those words (the
    /// site title as the heading of the whole training, or above a section's heading).
    ///
    /// Hook for #29 items 1-3, which add `organisation` to `SiteConfig`: it becomes
    /// `site.config.organisation ?? site.config.title`. Until then the site title stands in.
    func coverOrganisation(title: String, section: String?) -> String? {
        let organisation = site.config.title
        let shown = section == nil ? [title] : [title, site.config.title]
        return shown.contains(organisation) ? nil : organisation
    }
}
