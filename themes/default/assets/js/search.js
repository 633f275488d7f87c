/*
 * Kennisbank: site search (window.KennisbankSearch). Needs stemmer.js before this file; search-index.js
 * too, or it is added on demand. Without JavaScript or without the index the header form simply submits
 * to the search page.
 *  - every page: results as you type below the header field #zoekveld (links; arrow keys move between
 *    field and results, Escape closes and then clears), with a count in #zoekstatus[role=status];
 *  - the search page (#zoekpagina-veld): reads ?q= and lists all results in #zoekresultaten.
 * Ranking and index format: docs/search.md. Nothing leaves the browser.
 */
(function () {
  "use strict";
  var S = window.KennisbankStemmer;
  var DROPDOWN_LIMIT = 8, PAGE_LIMIT = 100, PREFIX_LIMIT = 100, BONUS_LIMIT = 200;
  var KIND_LABELS = { term: "Begrip", quiz: "Toets" };

  // ---------------------------------------------------------------- engine

  function Engine(index) {
    var sections = index.sections, kinds = index.kinds;
    this.docs = index.docs.map(function (d, id) {
      return {
        id: id, url: d[0], title: d[1], section: sections[d[2]] || "", kind: kinds[d[3]] || "page",
        summary: d[4], headings: d[5].map(function (h) { return { text: h[0], anchor: h[1] }; })
      };
    });
    this.postings = index.postings;
    this.decoded = Object.create(null); // no prototype: "constructor" may be a search term
    this.sortedTerms = null;
  }

  var DIGIT_VALUE = {};
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".split("").forEach(function (c, i) {
    DIGIT_VALUE[c.charCodeAt(0)] = i;
  });

  /**
   * [docId, weight, ...] with absolute ids. The index keeps one string per term: numbers as 5-bit groups,
   * lowest first, a character below 32 ending a number; ids are stored as gaps (SearchIndex+JavaScript.swift).
   */
  Engine.prototype.list = function (term) {
    if (this.decoded[term]) return this.decoded[term];
    var raw = Object.prototype.hasOwnProperty.call(this.postings, term) ? this.postings[term] : "";
    var numbers = [], value = 0, shift = 0;
    for (var i = 0; i < raw.length; i++) {
      var d = DIGIT_VALUE[raw.charCodeAt(i)];
      if (d >= 32) { value += (d - 32) * Math.pow(2, shift); shift += 5; continue; }
      numbers.push(value + d * Math.pow(2, shift));
      value = 0; shift = 0;
    }
    for (var p = 0, id = 0; p < numbers.length; p += 2) { id += numbers[p]; numbers[p] = id; }
    return (this.decoded[term] = numbers);
  };

  /** Index terms that start with `prefix`, found by binary search in the sorted term list. */
  Engine.prototype.withPrefix = function (prefix) {
    var terms = this.sortedTerms || (this.sortedTerms = Object.keys(this.postings).sort());
    var lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < prefix) lo = mid + 1; else hi = mid; }
    var out = [];
    for (var i = lo; i < terms.length && out.length < PREFIX_LIMIT && terms[i].lastIndexOf(prefix, 0) === 0; i++) {
      out.push(terms[i]);
    }
    return out;
  };

  /**
   * The query as terms. The last word, while still being typed, also matches longer terms; a long stem
   * also matches terms that share all but its last two letters ("discriminerende" -> "discrimin..."),
   * which bridges verb and noun forms the stemmer keeps apart.
   */
  function analyse(query) {
    var open = !/[\s.,;:!?"')\]]$/.test(query);
    var words = S.words(query), items = [];
    words.forEach(function (w, i) {
      var t = S.term(w);
      if (t === null) return;
      var digits = /^[0-9]+$/.test(t);
      items.push({
        term: t,
        prefix: !digits && open && i === words.length - 1 && t.length >= 3 ? t : null,
        stub: !digits && t.length >= 8 ? t.slice(0, -2) : null
      });
    });
    return { text: query.trim(), words: words, items: items };
  }

  /** True when index term `t` counts as a hit for query item `item`; also drives highlighting. */
  function hits(item, t) {
    return t === item.term || (item.prefix !== null && t.lastIndexOf(item.prefix, 0) === 0) ||
      (item.stub !== null && t.lastIndexOf(item.stub, 0) === 0);
  }

  function containsRun(haystack, items) {
    outer: for (var i = 0; i + items.length <= haystack.length; i++) {
      for (var j = 0; j < items.length; j++) if (!hits(items[j], haystack[i + j])) continue outer;
      return true;
    }
    return false;
  }

  Engine.prototype.search = function (query) {
    var q = analyse(query), self = this, n = this.docs.length, k = q.items.length;
    if (k === 0) return { query: q, results: [] };
    var best = new Float64Array(n * k), seen = new Uint8Array(n), touched = [];
    q.items.forEach(function (item, i) {
      var factors = Object.create(null);
      if (self.list(item.term).length) factors[item.term] = 1;
      if (item.prefix) self.withPrefix(item.prefix).forEach(function (t) { factors[t] = factors[t] || 0.6; });
      if (item.stub) self.withPrefix(item.stub).forEach(function (t) { factors[t] = factors[t] || 0.4; });
      Object.keys(factors).forEach(function (t) {
        var list = self.list(t), idf = 1 + Math.log(n / (list.length / 2));
        for (var p = 0; p < list.length; p += 2) {
          var id = list[p], slot = id * k + i, s = factors[t] * idf * list[p + 1];
          if (!seen[id]) { seen[id] = 1; touched.push(id); }
          if (s > best[slot]) best[slot] = s;
        }
      });
    });
    var results = [];
    touched.forEach(function (id) {
      var score = 0, matched = 0;
      for (var i = 0; i < k; i++) if (best[id * k + i] > 0) { score += best[id * k + i]; matched++; }
      results.push({ doc: self.docs[id], score: score, matched: matched, heading: null });
    });
    // Documents with every query word, if there are any; otherwise the best partial matches.
    if (results.some(function (r) { return r.matched === k; })) {
      results = results.filter(function (r) { return r.matched === k; });
    }
    results.sort(byRank);
    // Phrase bonus and heading only for the leaders: tokenizing every hit of a common word on a large
    // site would cost more than the whole lookup.
    var top = results.slice(0, BONUS_LIMIT);
    top.forEach(function (r) {
      var terms = self.fieldTerms(r.doc);
      // The query's terms, in order, as the whole title, in the title, in a heading or in the summary.
      if (terms.title.length === k && containsRun(terms.title, q.items)) r.score *= 3;
      else if (k > 1 && containsRun(terms.title, q.items)) r.score *= 2;
      else if (k > 1 && terms.headings.some(function (h) { return containsRun(h, q.items); })) r.score *= 1.5;
      else if (k > 1 && containsRun(terms.summary, q.items)) r.score *= 1.3;
      r.heading = bestHeading(r.doc, terms, q.items);
    });
    top.sort(byRank);
    return { query: q, results: top.concat(results.slice(BONUS_LIMIT)) };
  };

  function byRank(a, b) {
    return b.matched - a.matched || b.score - a.score || a.doc.title.localeCompare(b.doc.title, "nl");
  }

  /** Terms of a document's title, headings and summary, tokenized once. */
  Engine.prototype.fieldTerms = function (doc) {
    return doc.terms || (doc.terms = {
      title: S.tokens(doc.title), summary: S.tokens(doc.summary),
      headings: doc.headings.map(function (h) { return S.tokens(h.text); })
    });
  };

  /** The heading that matches more query terms than the title does: the result then links to it. */
  function bestHeading(doc, terms, items) {
    function count(list) {
      return items.filter(function (it) { return list.some(function (t) { return hits(it, t); }); }).length;
    }
    var best = null, bestCount = count(terms.title);
    terms.headings.forEach(function (list, i) {
      var c = count(list);
      if (c > bestCount) { best = doc.headings[i]; bestCount = c; }
    });
    return best;
  }

  // ---------------------------------------------------------------- rendering

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** Text with every word that matches the query wrapped in <mark>; built as nodes, never as HTML. */
  function highlighted(text, items) {
    var frag = document.createDocumentFragment(), re = /[\p{L}\p{M}\p{N}]+/gu, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      var match = S.tokens(m[0]).some(function (t) { return items.some(function (it) { return hits(it, t); }); });
      if (!match) continue;
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      frag.appendChild(el("mark", "", m[0]));
      last = m.index + m[0].length;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  function rootPath() {
    var root = document.body.getAttribute("data-root") || "./";
    return /\/$/.test(root) ? root : root + "/";
  }

  function searchPageURL(query) { return rootPath() + "zoeken/index.html?q=" + encodeURIComponent(query); }

  function resultItem(result, items, withSummary) {
    var doc = result.doc, li = el("li", "zoekresultaat");
    var link = el("a", "zoekresultaat-titel");
    link.href = rootPath() + doc.url + (result.heading ? "#" + result.heading.anchor : "");
    link.appendChild(highlighted(doc.title, items));
    li.appendChild(link);
    var where = [doc.section, KIND_LABELS[doc.kind]].filter(Boolean).join(" · ");
    var meta = el("span", "zoekresultaat-pad", where);
    if (result.heading) {
      if (where) meta.appendChild(document.createTextNode(" › "));
      meta.appendChild(highlighted(result.heading.text, items));
    }
    if (meta.childNodes.length) li.appendChild(meta);
    if (withSummary && doc.summary) {
      var p = el("p", "zoekresultaat-samenvatting");
      p.appendChild(highlighted(doc.summary, items));
      li.appendChild(p);
    }
    return li;
  }

  function statusText(found) {
    var q = "\"" + found.query.text + "\"", count = found.results.length;
    if (!found.query.items.length) return "Geen resultaten voor " + q + ": zulke veelvoorkomende woorden worden overgeslagen.";
    if (!count) return "Geen resultaten voor " + q + ".";
    return count + (count === 1 ? " resultaat" : " resultaten") + " voor " + q;
  }

  function noResultsItem() {
    var li = el("li", "zoek-geen", "Controleer de spelling, probeer een korter of ander woord, of kijk in de ");
    var link = el("a", "", "begrippenlijst");
    link.href = rootPath() + "begrippen/index.html";
    li.appendChild(link);
    li.appendChild(document.createTextNode("."));
    return li;
  }

  /** Fills `list` and `status`; the dropdown (compact) shows fewer results and a link to all of them. */
  function render(found, list, status, compact) {
    var limit = compact ? DROPDOWN_LIMIT : PAGE_LIMIT;
    list.textContent = "";
    status.textContent = statusText(found);
    if (!found.results.length) { list.appendChild(noResultsItem()); return; }
    found.results.slice(0, limit).forEach(function (r) {
      list.appendChild(resultItem(r, found.query.items, !compact));
    });
    if (found.results.length > limit && compact) {
      var li = el("li", "zoek-meer"), more = el("a", "", "Alle " + found.results.length + " resultaten bekijken");
      more.href = searchPageURL(found.query.text);
      li.appendChild(more);
      list.appendChild(li);
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Arrow keys move between the field and the links in `list`; Escape goes back to the field. */
  function keyboard(field, list, isOpen, close) {
    field.addEventListener("keydown", function (e) {
      var links = list.querySelectorAll("a");
      if (e.key === "ArrowDown" && links.length && isOpen()) { e.preventDefault(); links[0].focus(); }
      if (e.key === "Escape") {
        e.preventDefault();
        if (close && isOpen()) close(); else { field.value = ""; field.dispatchEvent(new Event("input")); }
      }
    });
    list.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a")), i = links.indexOf(document.activeElement);
      if (i < 0) return;
      var target = { ArrowDown: links[Math.min(i + 1, links.length - 1)], ArrowUp: i === 0 ? field : links[i - 1],
        Home: links[0], End: links[links.length - 1], Escape: field }[e.key];
      if (!target) return;
      e.preventDefault();
      if (e.key === "Escape" && close) close();
      target.focus();
    });
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  /**
   * Results under the header field. The status stays rendered (empty when closed) rather than hidden:
   * a live region that appears together with its text is often not announced.
   */
  function setUpDropdown(engine, form, field) {
    var panel = el("div", "zoek-dropdown"), status = el("p", "zoek-status"), list = el("ol", "zoek-lijst");
    status.id = "zoekstatus";
    status.setAttribute("role", "status");
    list.id = "zoekresultaten";
    list.setAttribute("aria-label", "Zoekresultaten");
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    form.classList.add("zoek-actief");
    field.setAttribute("aria-controls", "zoekresultaten");
    field.setAttribute("autocomplete", "off");
    var last = null;
    function isOpen() { return panel.classList.contains("is-open"); }
    function open() {
      if (!last) return;
      render(last, list, status, true);
      panel.classList.add("is-open");
    }
    function close() { panel.classList.remove("is-open"); status.textContent = ""; }
    field.addEventListener("input", debounce(function () {
      last = field.value.trim() ? engine.search(field.value) : null;
      if (last) open(); else { close(); list.textContent = ""; }
    }, 120));
    // Reopen when coming back from elsewhere on the page, not when Escape just sent focus back here.
    field.addEventListener("focus", function (e) {
      if (!isOpen() && field.value.trim() && !form.contains(e.relatedTarget)) open();
    });
    form.addEventListener("focusout", function (e) { if (!form.contains(e.relatedTarget)) close(); });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
    keyboard(field, list, isOpen, close);
  }

  function setUpSearchPage(engine, field) {
    var list = document.getElementById("zoekresultaten"), status = document.getElementById("zoekstatus");
    if (!list || !status) return;
    function run(remember) {
      var query = field.value;
      if (!query.trim()) { list.textContent = ""; status.textContent = ""; return; }
      render(engine.search(query), list, status, false);
      if (remember) {
        try { history.replaceState(null, "", "?q=" + encodeURIComponent(query.trim())); } catch (err) { /* file:// */ }
      }
    }
    field.value = new URLSearchParams(window.location.search).get("q") || "";
    run(false);
    field.addEventListener("input", debounce(function () { run(true); }, 150));
    if (field.form) field.form.addEventListener("submit", function (e) { e.preventDefault(); run(true); });
    keyboard(field, list, function () { return true; }, null);
  }

  /**
   * Calls `ready` with the engine. When the page did not load search-index.js (a large site may keep it
   * off ordinary pages), adds it as a script: fetch() is not allowed on file:// pages, a script is.
   */
  function withIndex(ready, failed) {
    var api = window.KennisbankSearch;
    if (api.engine) { ready(api.engine); return; }
    function use() {
      var index = window.KENNISBANK_SEARCH;
      if (!index || index.version !== 1) { if (failed) failed(); return; }
      api.engine = new Engine(index);
      ready(api.engine);
    }
    if (window.KENNISBANK_SEARCH) { use(); return; }
    var script = document.createElement("script");
    // Published under a name made from its content (kennisbank.js knows it); a page without that
    // script falls back to the plain name.
    script.src = window.KennisbankAssets ? window.KennisbankAssets.url("search-index.js") : rootPath() + "search-index.js";
    script.onload = use;
    script.onerror = function () { if (failed) failed(); };
    document.head.appendChild(script);
  }

  function start() {
    if (!S) return;
    var pageField = document.getElementById("zoekpagina-veld");
    if (pageField) {
      withIndex(function (engine) { setUpSearchPage(engine, pageField); }, function () {
        var status = document.getElementById("zoekstatus");
        if (status) status.textContent = "Zoeken werkt nu niet: de zoekindex kon niet worden geladen.";
      });
      return;
    }
    var field = document.getElementById("zoekveld"), form = field && field.form;
    if (!form) return;
    if (window.KENNISBANK_SEARCH) { withIndex(function (engine) { setUpDropdown(engine, form, field); }); return; }
    field.addEventListener("focus", function load() {
      field.removeEventListener("focus", load);
      withIndex(function (engine) {
        setUpDropdown(engine, form, field);
        if (field.value.trim()) field.dispatchEvent(new Event("input"));
      });
    });
  }

  window.KennisbankSearch = { Engine: Engine, analyse: analyse, engine: null };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
