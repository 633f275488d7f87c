/// The live reload of `kennisbank serve`: one `<script src>` put before `</body>` of every page
/// (through `BuildOptions.injectedScript`; a normal build has none), whose code the server sends
/// from `scriptPath`. A file rather than inline code, so that the pages' Content-Security-Policy
/// (`script-src 'self'`) lets it run. It listens to the server's events: `reload` reloads the
/// page, `errors` shows the build errors over it (styled by `stylePath`), and `hello` (sent on
/// every connect) reloads a page that missed a rebuild while the server was away.
public enum ReloadScript {
    /// The path of the Server-Sent Events endpoint.
    public static let eventsPath = "/__kennisbank/events"
    /// The path the script is served from.
    public static let scriptPath = "/__kennisbank/reload.js"
    /// The path of the stylesheet of the error overlay.
    public static let stylePath = "/__kennisbank/fouten.css"

    /// Id of the element that shows build errors.
    static let overlayID = "kennisbank-fouten"

    /// The script element.
    public static let html = "<script src=\"\(scriptPath)\"></script>"

    /// The script's code.
    static let javaScript = """
    /* kennisbank serve: live reload and build errors */
    (function () {
      var events = new EventSource("\(eventsPath)"), build = null;
      events.addEventListener("hello", function (event) { if (build !== null && build !== event.data) location.reload(); build = event.data; });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("errors", function (event) {
        if (!document.getElementById("\(overlayID)-stijl")) {
          var link = document.createElement("link");
          link.rel = "stylesheet"; link.href = "\(stylePath)"; link.id = "\(overlayID)-stijl";
          document.head.appendChild(link);
        }
        var box = document.getElementById("\(overlayID)");
        if (!box) { box = document.createElement("div"); box.id = "\(overlayID)"; document.body.appendChild(box); }
        box.outerHTML = JSON.parse(event.data);
      });
    })();

    """

    /// The overlay's styles (`ErrorOverlay`); classes, as the CSP allows no `style` attributes.
    static let css = """
    #\(overlayID) { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; background: #fff; color: #1a1a1a;
      padding: 2rem; font: 16px/1.5 system-ui, sans-serif; }
    #\(overlayID) .\(overlayID)__titel { color: #b00020; font-size: 1.5rem; margin: 0 0 1rem; }
    #\(overlayID) .\(overlayID)__uitleg { margin: 0 0 1rem; }
    #\(overlayID) .\(overlayID)__meer { margin: 0; }
    #\(overlayID) .\(overlayID)__fout { background: #f6f6f6; border-left: 4px solid #b00020; padding: .75rem 1rem; margin: 0 0 1rem;
      font: 14px/1.45 ui-monospace, monospace; }
    #\(overlayID) .\(overlayID)__fout p { margin: 0; white-space: pre-wrap; }
    #\(overlayID) .\(overlayID)__fout pre { margin: .5rem 0; overflow-x: auto; font: inherit; }

    """
}
