/// The script and stylesheet `kennisbank serve` adds to the pages it serves (see `ReloadScript`).
/// Served from the server's own paths, never written into the site.
enum ServeAssets {
    /// Listens to the server's events. The error page and the banner come as HTML made by the
    /// server (every text in it escaped); the stylesheet is added to the page when one is shown,
    /// so that a page without problems looks exactly as it will when published.
    static let script = """
    (function () {
      "use strict";
      var events = new EventSource("\(ReloadScript.eventsPath)"), build = null;
      function stylesheet() {
        if (document.getElementById("kennisbank-serve-css")) return;
        var link = document.createElement("link");
        link.id = "kennisbank-serve-css";
        link.rel = "stylesheet";
        link.href = "\(ReloadScript.stylesheetPath)";
        document.head.appendChild(link);
      }
      function place(id, html) {
        var old = document.getElementById(id);
        if (!html) { if (old) old.parentNode.removeChild(old); return null; }
        stylesheet();
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var box = holder.firstElementChild;
        if (old) old.parentNode.replaceChild(box, old); else document.body.appendChild(box);
        return box;
      }
      function hidden(key) {
        try { return sessionStorage.getItem("kennisbank-serve-verborgen") === key; } catch (e) { return false; }
      }
      function hide(banner) {
        try { sessionStorage.setItem("kennisbank-serve-verborgen", banner.getAttribute("data-key")); } catch (e) {}
        banner.parentNode.removeChild(banner);
      }
      events.addEventListener("hello", function (event) {
        if (build !== null && build !== event.data) location.reload();
        build = event.data;
      });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("errors", function (event) {
        var box = place("\(ReloadScript.overlayID)", JSON.parse(event.data));
        if (box && box.focus) box.focus();
      });
      events.addEventListener("warnings", function (event) {
        var banner = place("\(ReloadScript.bannerID)", JSON.parse(event.data));
        if (!banner) return;
        if (hidden(banner.getAttribute("data-key"))) { banner.parentNode.removeChild(banner); return; }
        var button = banner.querySelector("button");
        if (button) button.addEventListener("click", function () { hide(banner); });
      });
    })();

    """

    /// Styles the error page and the banner; system fonts and colours with AA contrast.
    static let stylesheet = """
    .kb-serve-overlay { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; background: #fff; color: #1a1a1a;
      padding: 2rem; font: 16px/1.5 system-ui, sans-serif; }
    .kb-serve-overlay h1 { color: #b00020; font-size: 1.5rem; margin: 0 0 1rem; }
    .kb-serve-overlay > p { margin: 0 0 1rem; }
    .kb-serve-item { background: #f6f6f6; border-left: 4px solid #b00020; padding: .75rem 1rem; margin: 0 0 1rem;
      font: 14px/1.45 ui-monospace, monospace; }
    .kb-serve-item p { margin: 0; white-space: pre-wrap; }
    .kb-serve-item pre { margin: .5rem 0; overflow-x: auto; font: inherit; }
    .kb-serve-banner { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483646; max-height: 45vh; overflow: auto;
      background: #fff8e1; color: #1a1a1a; border-top: 4px solid #8a5a00; padding: 1rem 1.25rem;
      font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 -2px 8px rgba(0, 0, 0, .15); }
    .kb-serve-banner h2 { font-size: 1.1rem; margin: 0 0 .25rem; color: #6b4500; }
    .kb-serve-banner > p { margin: 0 0 .75rem; }
    .kb-serve-banner ul { margin: 0; padding: 0; list-style: none; }
    .kb-serve-banner .kb-serve-item { border-left-color: #8a5a00; background: #fff; }
    .kb-serve-banner__head { display: flex; align-items: flex-start; justify-content: space-between; gap: 1rem; }
    .kb-serve-banner button { flex: none; font: inherit; padding: .35rem .9rem;
      min-height: 44px; min-width: 44px; border: 2px solid #6b4500; border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
    .kb-serve-banner button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }

    """
}
