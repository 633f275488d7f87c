/* Kennisbank: small enhancements. Everything works without this file; it adds the glossary
   pop-ups (a disclosure: Enter, Space or a click opens it; see 'Glossary pop-ups' below) and keeps
   the main menu open on wide screens.
   The definitions are not in the page: one script for the site, assets/definities.js (published
   under a content-hashed name, found through KennisbankAssets.data), holds all of them
   (window.KENNISBANK_DEFINITIONS) and is added the first time a pop-up opens. A script and not
   fetch(), which a page opened from file:// may not use. When it cannot be loaded, or lacks the
   term, the link simply goes to the term's page. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  /* Interface texts in the site's language (texts/<language>.yml, group 'script'), set by
     assets/js/teksten*.js before this runs: KennisbankText("search.results", {count: 3, query: q})
     fills each {name}; values.count picks a text's 'one' or 'other' form. escape() for innerHTML. */
  var texts = window.KENNISBANK_TEXTS || {};
  function text(key, values) {
    values = values || {};
    var found = texts[key];
    if (found === undefined && typeof values.count === "number") found = texts[key + (values.count === 1 ? ".one" : ".other")];
    if (found === undefined) return key;
    return found.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  text.escape = function (value) {
    return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  };
  window.KennisbankText = text;

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

  /* ---------------------------------------------------------------- glossary pop-ups
     A disclosure (WAI-ARIA APG): the term link becomes a button with aria-expanded and
     aria-controls, and its pop-up is a span right after it, so a screen reader reads it right after
     the word and Tab reaches its buttons next. One pop-up is open at a time. It closes on its word,
     on its 'Sluiten' button, on Escape wherever focus is, on a tap or click elsewhere, and when
     focus moves elsewhere: so it never hides the element that has focus (WCAG 2.4.11). It opens
     below the word, above it when there is no room below, and always inside the screen, as page
     previews do (Wikipedia's flip to the side with room). Copies of a term link that another
     script makes (a quiz's explanation in its feedback) work too: the handlers are on the page. */
  var MARGIN = 8;        // px kept free between a pop-up and the edge of the screen
  var GAP = 6;           // px between the word and its pop-up
  var counter = 0;
  var openLink = null;   // the term link whose pop-up is open

  function prepare(link) {
    counter += 1;
    link.kennisbankTerm = { waiting: false };   // a copy made with cloneNode or innerHTML lacks this
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", "begrip-pop-" + counter);
  }

  /* The term link an event is about, ready for use; null for anything else, and for a copy that
     was made into a plain link again (a vragenlijst's result view does that). */
  function termLinkOf(node) {
    var link = node && node.closest ? node.closest("a.term-link") : null;
    if (!link || link.getAttribute("role") !== "button") return null;
    if (!link.kennisbankTerm) prepare(link);
    return link;
  }

  function popoverOf(link) {
    var id = link.getAttribute("aria-controls");
    return id ? document.getElementById(id) : null;
  }

  function isInsideOpen(node) {
    if (!openLink || !node) return false;
    var popover = popoverOf(openLink);
    return openLink.contains(node) || !!(popover && popover.contains(node));
  }

  function close(returnFocus) {
    var link = openLink;
    if (!link) return;
    openLink = null;
    var popover = popoverOf(link);
    if (popover) popover.parentNode.removeChild(popover);
    link.setAttribute("aria-expanded", "false");
    if (returnFocus) link.focus();
  }

  function part(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function open(link, term) {
    close(false);
    var popover = part("span", "term-popover");
    popover.id = link.getAttribute("aria-controls");
    var head = popover.appendChild(part("span", "term-popover__head"));
    head.appendChild(part("span", "term-popover__title", term[0]));
    var shut = head.appendChild(part("button", "term-popover__close"));
    shut.type = "button";
    shut.appendChild(part("span", "term-popover__cross", "\u00d7")).setAttribute("aria-hidden", "true");
    shut.appendChild(part("span", "visually-hidden", text("popup.close")));
    shut.addEventListener("click", function () { close(true); });
    var definition = popover.appendChild(part("span", "term-popover__text"));
    definition.innerHTML = term[1];   // the build's definition HTML, without links
    popover.appendChild(document.createTextNode(" "));
    var more = popover.appendChild(part("a", "term-popover__more", text("popup.readMore", { term: term[0] })));
    more.href = link.getAttribute("href");
    link.parentNode.insertBefore(popover, link.nextSibling);
    link.setAttribute("aria-expanded", "true");
    openLink = link;
    place(link, popover);
  }

  /* Below the word when it fits, else above it; when neither side has room (a small screen turned
     sideways), the page scrolls the word up and the pop-up scrolls inside itself. Left as the word,
     moved in so that it never passes the edge of the screen (or of its text column). */
  function place(link, popover) {
    var style = popover.style;
    var viewWidth = document.documentElement.clientWidth, viewHeight = window.innerHeight;
    style.left = "0px";
    style.top = "0px";
    style.maxWidth = (viewWidth - 2 * MARGIN) + "px";
    style.maxHeight = "";
    var word = link.getBoundingClientRect();
    var height = popover.offsetHeight;
    var side = "below";
    if (height > viewHeight - word.bottom - GAP - MARGIN) {
      if (height <= word.top - GAP - MARGIN) side = "above";
      else {
        window.scrollBy(0, word.top - MARGIN);
        word = link.getBoundingClientRect();
        var room = viewHeight - word.bottom - GAP - MARGIN;
        if (height > room) style.maxHeight = Math.max(room, 96) + "px";
        height = popover.offsetHeight;
      }
    }
    var top = side === "below" ? word.bottom + GAP : word.top - GAP - height;
    // The box the pop-up is positioned in (the text column, a quiz question): the pop-up stays within
    // it when it fits, so that on a wide screen it never covers the column beside the text.
    var box = popover.offsetParent || document.body;
    var origin = box.getBoundingClientRect();
    var right = origin.width >= popover.offsetWidth ? Math.min(viewWidth - MARGIN, origin.right) : viewWidth - MARGIN;
    var left = Math.max(MARGIN, Math.min(word.left, right - popover.offsetWidth));
    // From the screen's coordinates to those of that box.
    style.left = Math.round(left - origin.left - box.clientLeft) + "px";
    style.top = Math.round(top - origin.top - box.clientTop) + "px";
    popover.setAttribute("data-side", side);
  }

  // A term link points to its page, .../begrippen/<slug>/index.html: the slug is that folder's name
  // (the page carries no data-term attribute, which cost a quarter of every link's bytes).
  function termSlug(link) {
    var path = link.pathname.replace(/index\.html$/, "").replace(/\/+$/, "");
    try { return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1)); } catch (e) { return ""; }
  }

  function toggle(link) {
    if (link.getAttribute("aria-expanded") === "true") { close(false); return; }
    var state = link.kennisbankTerm;
    if (state.waiting) return;
    state.waiting = true;
    var slug = termSlug(link);
    withDefinitions(function (terms) {
      state.waiting = false;
      var term = terms && Object.prototype.hasOwnProperty.call(terms, slug) ? terms[slug] : null;
      if (term) open(link, term); else window.location.href = link.href;
    });
  }

  function setUpPopups() {
    var links = document.querySelectorAll("a.term-link");
    for (var i = 0; i < links.length; i++) prepare(links[i]);
    document.addEventListener("click", function (event) {
      var link = termLinkOf(event.target);
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button) return;
      event.preventDefault();
      toggle(link);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        if (!openLink) return;
        event.preventDefault();
        // Focus goes back to the word when it was on the word or in its pop-up (not when it was
        // on the page itself, after a click on plain text).
        var active = document.activeElement;
        close(isInsideOpen(active) || !active || active === document.body);
        return;
      }
      if (event.key === " " || event.key === "Spacebar") {
        var link = termLinkOf(event.target);
        if (link) { event.preventDefault(); toggle(link); }
      }
    });
    // Focus moving anywhere else closes the pop-up: nothing focused is ever under it.
    document.addEventListener("focusin", function (event) {
      if (openLink && !isInsideOpen(event.target)) close(false);
    });
    /* A tap or click elsewhere closes it; a finger that scrolls the page does not (the browser
       cancels its pointer, or it moves). */
    var pointer = !!window.PointerEvent, pressedAt = null;
    document.addEventListener(pointer ? "pointerdown" : "mousedown", function (event) {
      pressedAt = openLink && !isInsideOpen(event.target) ? [event.clientX, event.clientY] : null;
    }, true);
    document.addEventListener(pointer ? "pointerup" : "mouseup", function (event) {
      if (pressedAt && openLink && !isInsideOpen(event.target)
          && Math.abs(event.clientX - pressedAt[0]) < 10 && Math.abs(event.clientY - pressedAt[1]) < 10) close(false);
      pressedAt = null;
    }, true);
    window.addEventListener("resize", function () {
      var popover = openLink && popoverOf(openLink);
      if (popover) place(openLink, popover);
    });
  }

  /* ---------------------------------------------------------------- main menu
     A <details>: on a phone it folds behind 'Menu'. On wider screens it is kept open, for the
     browsers whose CSS cannot show a closed <details>; Escape closes the phone menu. */
  function setUpMenu() {
    var menu = document.querySelector("details.site-menu");
    if (!menu || !window.matchMedia) return;
    var wide = window.matchMedia("(min-width: 40.0625rem)");
    function follow() { menu.open = wide.matches; }
    follow();
    if (wide.addEventListener) wide.addEventListener("change", follow); else if (wide.addListener) wide.addListener(follow);
    menu.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  function init() {
    setUpMenu();
    setUpPopups();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
