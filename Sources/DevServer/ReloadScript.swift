/// What `kennisbank serve` adds to every page (through `BuildOptions.injectedScript`; a normal
/// build has none): one external script, so that a Content-Security-Policy without inline scripts
/// allows it. The script (`ServeAssets.script`) listens to the server's events: `reload` reloads
/// the page, `errors` shows the build errors over it, `warnings` shows the warnings in a banner
/// that can be hidden, and `hello` (sent on every connect) reloads a page that missed a rebuild
/// while the server was away.
public enum ReloadScript {
    /// The path of the Server-Sent Events endpoint.
    public static let eventsPath = "/__kennisbank/events"
    /// The path of the script.
    public static let scriptPath = "/__kennisbank/serve.js"
    /// The path of the stylesheet of the error page and the banner.
    public static let stylesheetPath = "/__kennisbank/serve.css"

    /// Id of the element that shows build errors.
    static let overlayID = "kennisbank-fouten"
    /// Id of the banner with warnings.
    static let bannerID = "kennisbank-waarschuwingen"

    /// The script element.
    public static let html = "<script src=\"\(scriptPath)\"></script>"
}
