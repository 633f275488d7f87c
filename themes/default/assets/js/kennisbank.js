/* Kennisbank: small enhancements. Everything works without this file; it adds the glossary
   pop-ups (a disclosure: Enter, Space or a click opens it, Escape closes it).
   The definitions are not in the page: one script for the site, assets/definities.js (published
   under a content-hashed name, found through KennisbankAssets.data), holds all of them
   (window.KENNISBANK_DEFINITIONS) and is added the first time a pop-up opens. A script and not
   fetch(), which a page opened from file:// may not use. When it cannot be loaded, or lacks the
   term, the link simply goes to the term's page. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function siteRoot() {
    var root = document.body.getAttribute("data-root") || "./";
    return /\/$/.test(root) ? root : root + "/";
  }

  var dataNames = null;     // plain -> published path of the data scripts, once assets/data.js ran
  var dataWaiting = null;   // [path, done] pairs waiting for it

  /* Published files are named by their content ("kennisbank.3f9a1c2e.css"; docs/FORMAT.md).
     url(): a theme file by its plain path, from the page's own list (#kennisbank-assets).
     data(): a script the build makes from the content ("search-index.js", "assets/definities.js"),
     whose name changes with any edit; pages do not name those, so that an edit does not change every
     page. Their names are in assets/data.js, which is loaded once, past any cache, on first use. */
  window.KennisbankAssets = {
    url: function (path) {
      var names = {};
      try { names = JSON.parse(document.getElementById("kennisbank-assets").textContent); } catch (err) { /* no manifest */ }
      return siteRoot() + (names[path] || path);
    },
    data: function (path, done) {
      if (dataNames) { done(siteRoot() + (dataNames[path] || path)); return; }
      if (dataWaiting) { dataWaiting.push([path, done]); return; }
      dataWaiting = [[path, done]];
      var script = document.createElement("script");
      function finish() {
        var names = window.KENNISBANK_DATA;
        dataNames = names && typeof names === "object" ? names : {};
        var waiting = dataWaiting;
        dataWaiting = null;
        for (var i = 0; i < waiting.length; i++) waiting[i][1](siteRoot() + (dataNames[waiting[i][0]] || waiting[i][0]));
      }
      script.onload = finish;
      script.onerror = finish;  // then the plain names, which a site built without hashed names has
      // Its name stays the same from build to build: the query keeps a browser or proxy from
      // answering with the previous build's copy (a file:// URL ignores it).
      script.src = siteRoot() + "assets/data.js?t=" + Date.now();
      document.head.appendChild(script);
    }
  };

  var definitions = null;   // slug -> [title, definition HTML], once loaded
  var loading = null;       // callbacks waiting for the script
  var unavailable = false;  // the script failed to load

  function withDefinitions(done) {
    if (definitions || unavailable) { done(definitions); return; }
    if (loading) { loading.push(done); return; }
    loading = [done];
    window.KennisbankAssets.data("assets/definities.js", loadDefinitions);
  }

  function loadDefinitions(source) {
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

  function enhance(link) {
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
      withDefinitions(function (terms) {
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
    for (var i = 0; i < links.length; i++) enhance(links[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
