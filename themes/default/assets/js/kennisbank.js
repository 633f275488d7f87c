/* Kennisbank: small enhancements. Everything works without this file; it adds the glossary
   pop-ups (a disclosure: Enter, Space or a click opens it, Escape closes it). */
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

  function definitionFor(slug) {
    var store = document.getElementById("begrip-definities");
    if (!store) return null;
    return store.querySelector('[data-term-definition="' + slug.replace(/"/g, "") + '"]');
  }

  var counter = 0;

  function close(link, returnFocus) {
    var id = link.getAttribute("aria-controls");
    var popover = id && document.getElementById(id);
    if (popover) popover.parentNode.removeChild(popover);
    link.setAttribute("aria-expanded", "false");
    if (returnFocus) link.focus();
  }

  function open(link, definition) {
    var popover = document.createElement("span");
    popover.className = "term-popover";
    popover.id = link.getAttribute("aria-controls");
    var title = document.createElement("span");
    title.className = "term-popover__title";
    title.textContent = definition.getAttribute("data-term-title");
    popover.appendChild(title);
    var text = document.createElement("span");
    text.className = "term-popover__text";
    text.innerHTML = definition.innerHTML;
    popover.appendChild(text);
    popover.appendChild(document.createTextNode(" "));
    var more = document.createElement("a");
    more.className = "term-popover__more";
    more.href = link.getAttribute("href");
    more.textContent = "Lees meer over " + definition.getAttribute("data-term-title");
    popover.appendChild(more);
    link.parentNode.insertBefore(popover, link.nextSibling);
    link.setAttribute("aria-expanded", "true");
    popover.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(link, true); }
    });
  }

  function enhance(link) {
    var definition = definitionFor(link.getAttribute("data-term") || "");
    if (!definition) return;
    counter += 1;
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", "begrip-pop-" + counter);
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      if (link.getAttribute("aria-expanded") === "true") close(link, false); else open(link, definition);
    });
    link.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") { event.preventDefault(); link.click(); }
      else if (event.key === "Escape" && link.getAttribute("aria-expanded") === "true") { event.preventDefault(); close(link, true); }
    });
  }

  function init() {
    var links = document.querySelectorAll("a.term-link[data-term]");
    for (var i = 0; i < links.length; i++) enhance(links[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
