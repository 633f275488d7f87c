/// The few lines of JavaScript `kennisbank serve` puts before `</body>` of every page (through
/// `BuildOptions.injectedScript`; a normal build has none). They listen to the server's events:
/// `reload` reloads the page, `errors` shows the build errors over it, and `hello` (sent on every
/// connect) reloads a page that missed a rebuild while the server was away.
public enum ReloadScript {
    /// The path of the Server-Sent Events endpoint.
    public static let eventsPath = "/__kennisbank/events"

    /// Id of the element that shows build errors.
    static let overlayID = "kennisbank-fouten"

    /// The script element.
    public static let html = """
    <script>/* kennisbank serve */(function () {
      var events = new EventSource("\(eventsPath)"), build = null;
      events.addEventListener("hello", function (event) { if (build !== null && build !== event.data) location.reload(); build = event.data; });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("errors", function (event) {
        var box = document.getElementById("\(overlayID)");
        if (!box) { box = document.createElement("div"); box.id = "\(overlayID)"; document.body.appendChild(box); }
        box.outerHTML = JSON.parse(event.data);
      });
    })();</script>
    """
}
