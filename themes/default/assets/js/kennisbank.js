/* Kennisbank: small enhancements. Everything works without this file; it adds the glossary
   pop-ups (a disclosure: Enter, Space or a click opens it, Escape closes it).
   The definitions are not in the page: one script for the site, assets/definities.js (published
   under a content-hashed name, found through KennisbankAssets like every generated script), holds
   all of them (window.KENNISBANK_DEFINITIONS) and is added the first time a pop-up opens. A script and not
   fetch(), which a page opened from file:// may not use. When it cannot be loaded, or lacks the
   term, the link simply goes to the term's page. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  /* The URL of a file of the site by its plain path ("search-index.js"): published files are named
     by their content ("search-index.3f9a1c2e.js"), listed in #kennisbank-assets (docs/FORMAT.md). */
  window.KennisbankAssets = {
    url: function (path) {
      var root = document.body.getAttribute("data-root") || "./", names = {};
      try { names = JSON.parse(document.getElementById("kennisbank-assets").textContent); } catch (err) { /* no manifest */ }
      return (/\/$/.test(root) ? root : root + "/") + (names[path] || path);
    }
  };

  var definitions = null;   // slug -> [title, definition HTML], once loaded
  var loading = null;       // callbacks waiting for the script
  var unavailable = false;  // the script failed to load

  function withDefinitions(source, done) {
    if (definitions || unavailable) { done(definitions); return; }
    if (loading) { loading.push(done); return; }
    loading = [done];
    var script = document.createElement("script");
    function finish() {
      var data = window.KENNISBANK_DEFINITIONS;
      if (data && data.version === 1 && data.terms) definitions = data.terms; else unavailable = true;
      var waiting = loading;
      loading = null;
      for (var i = 0; i < waiting.length; i++) waiting[i](definitions);
    }
    script.onload = finish;
    script.onerror = function () { unavailable = true; finish(); };
    script.src = source;
    document.head.appendChild(script);
  }

  var counter = 0;

  function close(link, returnFocus) {
    var id = link.getAttribute("aria-controls");
    var popover = id && document.getElementById(id);
    if (popover) popover.parentNode.removeChild(popover);
    link.setAttribute("aria-expanded", "false");
    if (returnFocus) link.focus();
  }

  function open(link, term) {
    var popover = document.createElement("span");
    popover.className = "term-popover";
    popover.id = link.getAttribute("aria-controls");
    var title = document.createElement("span");
    title.className = "term-popover__title";
    title.textContent = term[0];
    popover.appendChild(title);
    var text = document.createElement("span");
    text.className = "term-popover__text";
    text.innerHTML = term[1];
    popover.appendChild(text);
    popover.appendChild(document.createTextNode(" "));
    var more = document.createElement("a");
    more.className = "term-popover__more";
    more.href = link.getAttribute("href");
    more.textContent = "Lees meer over " + term[0];
    popover.appendChild(more);
    link.parentNode.insertBefore(popover, link.nextSibling);
    link.setAttribute("aria-expanded", "true");
    popover.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(link, true); }
    });
  }

  function enhance(link, source) {
    var slug = link.getAttribute("data-term") || "";
    var waiting = false;
    counter += 1;
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", "begrip-pop-" + counter);
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      if (link.getAttribute("aria-expanded") === "true") { close(link, false); return; }
      if (waiting) return;
      waiting = true;
      withDefinitions(source, function (terms) {
        waiting = false;
        var term = terms && Object.prototype.hasOwnProperty.call(terms, slug) ? terms[slug] : null;
        if (term) open(link, term); else window.location.href = link.href;
      });
    });
    link.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") { event.preventDefault(); link.click(); }
      else if (event.key === "Escape" && link.getAttribute("aria-expanded") === "true") { event.preventDefault(); close(link, true); }
    });
  }

  function init() {
    var links = document.querySelectorAll("a.term-link[data-term]");
    if (!links.length) return;
    var source = window.KennisbankAssets.url("assets/definities.js");
    for (var i = 0; i < links.length; i++) enhance(links[i], source);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
