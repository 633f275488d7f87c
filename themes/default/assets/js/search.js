/*
 * Kennisbank: site search (window.KennisbankSearch). Needs stemmer.js before this file. The index is not
 * part of the page: search-index.js (the entry) is added when the reader first focuses the search field,
 * or at once on the search page, and the parts a query needs (search/terms-N.js, search/docs-N.js) when
 * they are needed; all as <script> elements, because fetch() is refused on file:// pages. Without
 * JavaScript or without the index the header form simply submits to the search page.
 *  - every page: results as you type below the header field #zoekveld (links; arrow keys move between
 *    field and results, Escape closes and then clears), with a count in #zoekstatus[role=status];
 *  - the search page (#zoekpagina-veld): reads ?q= and lists the results in #zoekresultaten.
 * Ranking and index format: docs/search.md. Nothing leaves the browser.
 */
(function () {
  "use strict";
  var S = window.KennisbankStemmer;
  var DROPDOWN_LIMIT = 8, PAGE_BATCH = 20, PREFIX_LIMIT = 100, TYPO_LIMIT = 3;
  // BM25: saturation of the weighted term frequency; postings hold that frequency times SCALE.
  var K1 = 1.2, SCALE = 4;
  // A page whose whole title (or an alias) is the query: it is what the reader is looking for.
  var NAME_BONUS = 3;
  // ... and a little more for a glossary term's page than for other pages of the same name.
  var TERM_NAME = 1.1;
  // How much a match counts, by how the index term was reached from the query word.
  var FACTOR = { exact: 1, written: 0.95, synonym: 0.9, prefix: 0.6, stub: 0.4, typo1: 0.5, typo2: 0.35 };
  // Question words and common verbs that are not stop words: they stay in the query but weigh this much,
  // and a page need not contain them to count as matching every word.
  var LOW_WEIGHT = 0.2;
  var LOW_WORDS = ("mag mogen waar wanneer waarom welk welke kun kunt jij jouw jullie moeten ga gaat gaan " +
    "doe doet krijg krijgt zeg zegt zeggen maak maakt weet weten vind vindt hoort gebeurt betekent tussen " +
    "werkt zit zitten staat staan komt komen heet heten geldt lees leest " +
    "eigenlijk precies echt graag even iemand soms vaak word").split(" ");
  // Parts are all loaded with the entry when together they are at most this large (a small site).
  var PREFETCH_BYTES = 400 * 1024;
  // The interface texts of the site's language (kennisbank.js); a page without them shows keys.
  var t = (typeof window !== "undefined" && window.KennisbankText) || function (key) { return key; };
  var KIND_LABELS = { term: t("search.kindTerm"), quiz: t("search.kindQuiz") };

  var DIGIT_VALUE = {};
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".split("").forEach(function (c, i) {
    DIGIT_VALUE[c.charCodeAt(0)] = i;
  });
  var LOW = Object.create(null);
  LOW_WORDS.forEach(function (w) { var t = S && S.term(w); if (t) LOW[t] = true; });

  // ---------------------------------------------------------------- index and its parts

  /** The entry of the index: vocabulary and where the parts are. `root` is the site root URL prefix. */
  function Engine(meta, root) {
    this.meta = meta;
    this.root = root || "";
    this.n = meta.docCount;
    this.terms = [];
    this.position = Object.create(null); // no prototype: "constructor" may be a term
    var s = meta.terms, prev = "";
    for (var i = 0; i < s.length;) {
      var end = s.indexOf(",", i + 1);
      prev = prev.slice(0, DIGIT_VALUE[s.charCodeAt(i)]) + s.slice(i + 1, end);
      this.position[prev] = this.terms.length;
      this.terms.push(prev);
      i = end + 1;
    }
    this.info = meta.info;
    this.forms = meta.forms.split(",");
    this.parts = Object.create(null);   // part name -> Promise of its data
    this.postings = Object.create(null); // term -> encoded postings, from loaded term parts
    this.decoded = Object.create(null);
    this.docs = [];                      // id -> document, from loaded doc parts
    this.sounds = [];                    // id -> sound(term's written form), made when first needed
    // [written form, term] sorted by form, for terms written otherwise than the term itself.
    this.byForm = [];
    for (var k = 0; k < this.terms.length; k++) if (this.forms[k]) this.byForm.push([this.form(this.terms[k]), this.terms[k]]);
    this.byForm.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  }

  /** Adds part `part` ([first, path, version, bytes]) as a script; resolves with its data. */
  Engine.prototype.load = function (part) {
    var self = this, name = part[1].replace(/^.*\//, "").replace(/\.js$/, "");
    if (!this.parts[name]) {
      this.parts[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = self.root + part[1] + "?v=" + part[2];
        script.onload = function () {
          var got = (window.KENNISBANK_SEARCH_PARTS || {})[name];
          if (got && got.v === part[2]) resolve(got.data); else reject(new Error("stale or missing part " + name));
        };
        script.onerror = function () { reject(new Error("cannot load " + part[1])); };
        document.head.appendChild(script);
      });
      this.parts[name].catch(function () { delete self.parts[name]; });
    }
    return this.parts[name];
  };

  /** Index of the part whose range holds `key` in a list of [first, ...] parts sorted by `first`. */
  function partOf(parts, key) {
    var lo = 0, hi = parts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (parts[mid][0] <= key) lo = mid; else hi = mid - 1; }
    return lo;
  }

  /** Loads the term parts that hold `keys` (terms and name keys). */
  Engine.prototype.loadTerms = function (keys) {
    var self = this, wanted = Object.create(null);
    keys.forEach(function (k) { if (!(k in self.postings)) wanted[partOf(self.meta.termParts, k)] = true; });
    return Promise.all(Object.keys(wanted).map(function (i) {
      return self.load(self.meta.termParts[i]).then(function (data) {
        for (var t in data) self.postings[t] = data[t];
      });
    }));
  };

  /** Loads the documents with ids `ids` (their parts); resolves with them in the same order. */
  Engine.prototype.loadDocs = function (ids) {
    var self = this, parts = this.meta.docParts, wanted = Object.create(null);
    ids.forEach(function (id) { if (!self.docs[id]) wanted[partOf(parts, id)] = true; });
    return Promise.all(Object.keys(wanted).map(function (i) {
      return self.load(parts[i]).then(function (rows) {
        rows.forEach(function (d, k) {
          var id = parts[i][0] + k;
          if (!self.docs[id]) {
            self.docs[id] = {
              id: id, url: d[0], title: d[1], section: self.meta.sections[d[2]] || "",
              kind: self.meta.kinds[d[3]] || "page", summary: d[4],
              headings: d[5].map(function (h) { return { text: h[0], anchor: h[1] }; })
            };
          }
        });
      });
    })).then(function () { return ids.map(function (id) { return self.docs[id]; }); });
  };

  /** Every part, for a small site: then no query waits for the network. */
  Engine.prototype.prefetch = function () {
    var self = this, all = this.meta.termParts.concat(this.meta.docParts);
    var bytes = all.reduce(function (sum, p) { return sum + p[3]; }, 0);
    if (bytes > PREFETCH_BYTES) return;
    this.loadTerms(this.meta.termParts.map(function (p) { return p[0]; })).catch(function () {});
    this.loadDocs(this.meta.docParts.map(function (p) { return p[0]; })).catch(function () {});
  };

  /**
   * [docId, weight, ...] with absolute ids. A part keeps one string per term: numbers as 5-bit groups,
   * lowest first, a character below 32 ending a number; ids are stored as gaps (SearchIndex+Files.swift).
   */
  Engine.prototype.list = function (term) {
    if (this.decoded[term]) return this.decoded[term];
    var raw = this.postings[term] || "";
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

  // ---------------------------------------------------------------- vocabulary

  Engine.prototype.has = function (term) { return term in this.position; };
  /** Facts of a term: whether it is in a title or alias, and the bit length of its document count. */
  Engine.prototype.isName = function (i) { return DIGIT_VALUE[this.info.charCodeAt(i)] >= 32; };
  Engine.prototype.frequency = function (i) { return DIGIT_VALUE[this.info.charCodeAt(i)] & 31; };
  /** The term as readers write it: "toeslagenaffaire" for "toeslagenaffair". */
  Engine.prototype.form = function (term) {
    var i = this.position[term], f = i === undefined ? "" : this.forms[i];
    return f ? term.slice(0, term.length - DIGIT_VALUE[f.charCodeAt(0)]) + f.slice(1) : term;
  };

  /** Terms that start with `prefix`, by binary search in the sorted vocabulary. */
  Engine.prototype.withPrefix = function (prefix) {
    var terms = this.terms, lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < prefix) lo = mid + 1; else hi = mid; }
    var out = [];
    for (var i = lo; i < terms.length && out.length < PREFIX_LIMIT && terms[i].lastIndexOf(prefix, 0) === 0; i++) {
      out.push(terms[i]);
    }
    return out;
  };

  /** A word with Dutch spellings of one sound made alike: ij and ei, au and ou, a final d, dt or t. */
  function sound(word) {
    return word.replace(/ij/g, "ei").replace(/au/g, "ou").replace(/(dt|d)$/, "t");
  }

  /** Terms whose written form (when it differs from the term) starts with `prefix`: "oordee" -> "oordel". */
  Engine.prototype.formsWithPrefix = function (prefix) {
    var list = this.byForm, lo = 0, hi = list.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid][0] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < list.length && out.length < PREFIX_LIMIT && list[i][0].lastIndexOf(prefix, 0) === 0; i++) out.push(list[i][1]);
    return out;
  };

  /** The likeliest term a word being typed will become: a name first, then the commonest, then the shortest. */
  Engine.prototype.completion = function (prefix, word) {
    var self = this, best = null, score = -1;
    this.withPrefix(prefix).concat(this.formsWithPrefix(word)).forEach(function (t) {
      var i = self.position[t], s = (self.isName(i) ? 64 : 0) + self.frequency(i);
      if (s > score || (s === score && t.length < best.length)) { best = t; score = s; }
    });
    return best;
  };

  /** Most typos a word of `length` letters may have: one for short words, two for longer ones. */
  function typosAllowed(length) { return length <= 5 ? 1 : 2; }

  /**
   * Optimal string alignment distance (a swap of two neighbours is one edit), or limit + 1 when it is
   * larger than `limit`. With `prefix`, the distance to the best prefix of b: the reader may still be typing.
   */
  var rowA = new Int32Array(64), rowB = new Int32Array(64), rowC = new Int32Array(64), bag = new Int32Array(64);
  function distance(a, b, limit, prefix) {
    if (prefix) b = b.slice(0, a.length + limit);
    else if (Math.abs(a.length - b.length) > limit) return limit + 1;
    // Letters of one word missing from the other each need an edit: a cheap lower bound that spares most
    // of the table below (letters are counted in 64 buckets; sharing a bucket only lowers the bound).
    var i, j, more = 0, fewer = 0;
    for (i = 0; i < a.length; i++) bag[a.charCodeAt(i) & 63]++;
    for (j = 0; j < b.length; j++) bag[b.charCodeAt(j) & 63]--;
    for (i = 0; i < a.length; i++) { var c = a.charCodeAt(i) & 63; if (bag[c] > 0) { more += bag[c]; } bag[c] = 0; }
    for (j = 0; j < b.length; j++) { var e = b.charCodeAt(j) & 63; if (bag[e] < 0) { fewer -= bag[e]; } bag[e] = 0; }
    if (more > limit || (!prefix && fewer > limit)) return limit + 1;
    if (b.length + 1 > rowA.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); rowC = new Int32Array(b.length + 1); }
    // Three rolling rows: two back (for swaps), the previous one and the current one.
    var back = rowA, prev = rowB, cur = rowC, tmp;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      var ai = a.charCodeAt(i - 1), low = cur[0] = i;
      for (j = 1; j <= b.length; j++) {
        var bj = b.charCodeAt(j - 1);
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && back[j - 2] + 1 < v) v = back[j - 2] + 1;
        cur[j] = v;
        if (v < low) low = v;
      }
      if (low > limit) return limit + 1;
      tmp = back; back = prev; prev = cur; cur = tmp;
    }
    if (!prefix) return prev[b.length];
    var best = limit + 1;
    for (j = Math.max(0, a.length - limit); j <= b.length; j++) if (prev[j] < best) best = prev[j];
    return best;
  }

  /**
   * Vocabulary terms that a misspelled word was probably meant to be: the closest ones (within
   * `typosAllowed`), and among those terms in titles or aliases and terms in many documents first.
   */
  Engine.prototype.corrections = function (word, stem, open) {
    var key = word + " " + open;
    this.fixes = this.fixes || Object.create(null);
    if (!this.fixes[key]) this.fixes[key] = this.findCorrections(word, stem, open);
    return this.fixes[key];
  };

  Engine.prototype.findCorrections = function (word, stem, open) {
    var limit = typosAllowed(word.length), found = [], best = limit + 1, heard = sound(word);
    var shortest = Math.min(word.length, stem.length) - limit, longest = Math.max(word.length, stem.length) + limit + 4;
    for (var i = 0; i < this.terms.length; i++) {
      var t = this.terms[i], d = limit + 1;
      // Too short or (unless the word may be the start of it) too long to be within reach.
      if (t.length < shortest - 4 || (!open && t.length > longest) || t.charCodeAt(0) <= 57 && /^[0-9]+$/.test(t)) continue;
      // The stem against the term, and the word as typed against the term and the form readers write
      // ("kleurenblindheit" is one letter from "kleurenblindheid", four from the term "kleurenblind").
      var f = this.forms[i], written = f ? this.form(t) : t;
      // Spellings that sound alike count as the same: "intersectionalitijd" is "intersectionaliteit".
      var like = this.sounds[i] === undefined ? (this.sounds[i] = sound(written)) : this.sounds[i];
      for (var k = 0; k < 4; k++) {
        var a = k === 1 ? stem : k === 3 ? heard : word, b = k === 2 ? written : k === 3 ? like : t;
        if ((k === 1 && stem === word) || (k === 2 && !f) || (k === 3 && heard === word && like === written)) continue;
        var cap = Math.min(limit, best);
        d = Math.min(d, distance(a, b, cap, false));
        // A word still being typed may be the start of a longer term: that costs one more than a typo,
        // so "tas" is taken for "ras" (one letter off) rather than for the start of "tast".
        if (open && b.length > a.length && cap >= 1) d = Math.min(d, distance(a, b, cap - 1, true) + 1);
      }
      if (d > best || d > limit) continue;
      if (d < best) { best = d; found = []; }
      found.push({ term: t, distance: d, name: this.isName(i), frequency: this.frequency(i), first: t[0] === word[0] });
    }
    if (found.some(function (c) { return c.name; })) found = found.filter(function (c) { return c.name; });
    // Among equally close terms: one that starts like the word (first letters are seldom mistyped), then
    // the one in more documents.
    found.sort(function (a, b) { return (b.first - a.first) || b.frequency - a.frequency || (a.term < b.term ? -1 : 1); });
    return found.slice(0, TYPO_LIMIT);
  };

  // ---------------------------------------------------------------- query

  /**
   * The query as items. Each word that is not a stop word is a slot: the index terms it may stand for,
   * each with a factor (its stem; the word as written; while typed, longer terms; for long stems, terms
   * sharing all but the last two letters; for a word the index lacks, its likely corrections). A run of
   * slots that is a phrase of a synonym group becomes one item that may also match the group's other
   * phrases; every other slot is an item of its own.
   */
  Engine.prototype.analyse = function (query) {
    var self = this, open = !/[\s.,;:!?"')\]]$/.test(query), words = S.words(query), slots = [];
    var bits = function (term) { var i = self.position[term]; return i === undefined ? 0 : self.frequency(i); };
    words.forEach(function (w, i) {
      var t = S.term(w);
      if (t === null) return;
      var digits = /^[0-9]+$/.test(t), last = open && i === words.length - 1, terms = Object.create(null), typos = [];
      function add(term, factor) { if (self.has(term) && !(terms[term] >= factor)) terms[term] = factor; }
      add(t, FACTOR.exact);
      if (w !== t) add(w, FACTOR.written);
      var exact = self.has(t) || self.has(w);
      var slot = { word: w, term: t, terms: terms, low: LOW[t] === true, prefix: null, corrected: null, index: i, typos: typos };
      var growing = false;
      if (!digits && last && t.length >= 3) {
        slot.prefix = t;
        self.withPrefix(t).concat(self.formsWithPrefix(w)).forEach(function (x) { add(x, FACTOR.prefix); growing = true; });
      }
      if (!digits && t.length >= 8) self.withPrefix(t.slice(0, -2)).forEach(function (x) { add(x, FACTOR.stub); });
      // A past participle ("geprofileerd", "gemeld") is the verb's stem behind ge-, which the classic
      // stemmer keeps: try the infinitive.
      if (/^ge.{4,}[dt]$/.test(w)) {
        [w.slice(2, -1) + "en", w.slice(2) + "en"].forEach(function (verb) {
          var base = S.term(verb);
          if (base && base.length >= 4) add(base, FACTOR.written);
        });
      }
      var rare = exact && self.frequency(self.position[self.has(t) ? t : w]) <= 1;
      var unsure = !digits && (!exact || rare) && w.length >= 2 && !(growing && w.length > 4);
      // A word still being typed that starts some terms is probably unfinished rather than mistyped:
      // only a short one ("dra", "tas") is also compared with whole terms, and no correction is suggested.
      var fixes = unsure ? self.corrections(w, t, last && !growing) : [];
      // A compound the index lacks, or has once, is looked for as its parts, with the same rules the
      // index splits its own compounds by (DutchCompounds.swift): "moslimhaat" is "moslim" and "haat".
      // One letter from a known word it is a typo instead ("groepsbeleidiging").
      var typo = !exact && fixes.length && fixes[0].distance <= 1;
      var parts = unsure && !growing && !typo ? S.compoundParts(w, bits) : null;
      if (parts) {
        parts.forEach(function (p) {
          var partTerms = Object.create(null);
          partTerms[p] = FACTOR.exact;
          if (exact) partTerms[t] = FACTOR.exact;
          slots.push({ word: w, term: p, terms: partTerms, low: LOW[p] === true, prefix: null, corrected: null,
            index: i, typos: [], part: true, primary: exact ? t : p });
        });
        return;
      }
      // A diminutive is also its base word: "grapje" finds "grap".
      var base = digits ? null : S.diminutiveBase(w, bits);
      if (base) add(base, FACTOR.written);
      if (unsure && !base) {
        fixes.forEach(function (c) {
          if (!(c.term in terms)) typos.push(c.term);
          add(c.term, c.distance < 2 ? FACTOR.typo1 : FACTOR.typo2);
        });
        if (!exact && !growing && fixes.length) slot.corrected = fixes[0].term;
        // As close to a stop word ("vor", "dde") as to any term: probably a mistyped small word, so it
        // weighs little and a page need not match it.
        var near = fixes.length ? fixes[0].distance : typosAllowed(w.length);
        if (!exact && S.stopWords.some(function (sw) { return distance(w, sw, near, false) <= near; })) slot.low = true;
      }
      var completion = growing && !exact ? self.completion(t, w) : null;
      var named = !base && fixes.length && fixes[0].name && !(completion && self.isName(self.position[completion]));
      slot.primary = self.has(t) ? t : self.has(w) ? w : base || slot.corrected || (named ? fixes[0].term : completion) || t;
      slots.push(slot);
    });
    this.join(slots);
    var items = this.group(slots);
    // The kind of question asked ("wie kan ik bellen", "wat moet ik doen"): pages that say they answer
    // such a question (QuestionFrames.swift) score as if they matched one more word, and the words that
    // only made the question weigh little. A page need not answer it to count as matching every word.
    S.questionFrames(words).forEach(function (f) {
      slots.forEach(function (s) { if (f.words.indexOf(s.word) >= 0) s.low = true; });
      items.forEach(function (item) { item.low = item.slots.every(function (s) { return s.low; }); });
      items.push({ slots: [], alternatives: [], low: false, question: "?" + f.frame });
    });
    return { text: query.trim(), slots: slots, items: items };
  };

  /**
   * Two neighbouring words that the index holds as one compound ("toeslagen affaire" ->
   * "toeslagenaffaire"): both may match it, and it names the pair. Corrections of either word are
   * dropped, since together they are no typo.
   */
  Engine.prototype.join = function (slots) {
    var self = this, has = function (term) { return self.has(term); };
    for (var k = 0; k + 1 < slots.length; k++) {
      var a = slots[k], b = slots[k + 1];
      if (a.part || b.part || a.joined || a.index + 1 !== b.index) continue;
      var joined = S.joinedTerm(a.word, b.word, has);
      if (!joined) continue;
      // The words apart stay an alternative, as a synonym phrase: a page with both scores a little less.
      a.apart = [a.term, b.term].filter(function (t) { return self.has(t); });
      [a, b].forEach(function (s) {
        s.terms = Object.create(null);
        s.terms[joined] = FACTOR.exact;
        s.primary = joined;
        s.corrected = null;
        s.joined = true;
      });
      k++;
    }
  };

  /** Slots into items: runs that are a synonym phrase (longest first, left to right) share one item. */
  Engine.prototype.group = function (slots) {
    var groups = this.meta.synonyms, items = [], i = 0;
    while (i < slots.length) {
      if (slots[i].apart) {
        var pair = slots.slice(i, i + 2);
        items.push({ slots: pair, alternatives: slots[i].apart.length === 2 ? [slots[i].apart] : [], low: false });
        i += 2;
        continue;
      }
      var best = null;
      groups.forEach(function (group) {
        group.forEach(function (phrase) {
          if (i + phrase.length > slots.length || (best && phrase.length < best.length)) return;
          var written = true;
          for (var k = 0; k < phrase.length; k++) {
            var slot = slots[i + k];
            if (slot.term !== phrase[k] && slot.word !== phrase[k]) {
              if (slot.primary !== phrase[k]) return;
              written = false;
            }
          }
          var others = group.filter(function (p) { return p !== phrase; });
          if (best && best.length === phrase.length) {
            best.alternatives = best.alternatives.concat(others);
            best.written = best.written || written;
          } else {
            best = { length: phrase.length, alternatives: others, written: written };
          }
        });
      });
      var length = best ? best.length : 1, covered = slots.slice(i, i + length);
      // A word of a synonym phrase as written is not a typo, even when the index lacks it ("racial profiling").
      if (best && best.written) covered.forEach(function (s) { s.corrected = null; });
      items.push({
        slots: covered, alternatives: best ? best.alternatives : [],
        low: covered.every(function (s) { return s.low; })
      });
      i += length;
    }
    return items;
  };

  /**
   * Name keys to look up, each with the bonus a page gets whose title or alias has exactly those terms:
   * NAME_BONUS when that is the whole query, less the smaller the share of the query's meaningful words it
   * covers. Keys are sorted term sets, as the index writes them (SearchIndex.swift), so word order does
   * not matter; every subset of the first MAX_NAME_TERMS distinct terms is tried.
   */
  var MAX_NAME_TERMS = 7;
  function nameKeys(items) {
    var terms = [], weak = Object.create(null), out = Object.create(null), compound = Object.create(null);
    items.forEach(function (item) {
      item.slots.forEach(function (s) {
        if (terms.indexOf(s.primary) < 0 && terms.length < MAX_NAME_TERMS) terms.push(s.primary);
        if (s.low) weak[s.primary] = true;
        // The parts of a compound name a page together or not at all: "handicapdiscriminatie" is no
        // query for the pages named "Discriminatie".
        if (s.part) compound[s.primary] = s.index;
      });
    });
    var strong = terms.filter(function (t) { return !weak[t]; }).length || terms.length;
    function whole(set) {
      return terms.every(function (t) {
        var inSet = set.indexOf(t) >= 0;
        return compound[t] === undefined || terms.every(function (u) {
          return compound[u] !== compound[t] || (set.indexOf(u) >= 0) === inSet;
        });
      });
    }
    function add(set, share) {
      var key = "=" + set.filter(function (t, i) { return set.indexOf(t) === i; }).sort().join(" ");
      var bonus = share >= 1 ? NAME_BONUS : 1 + (NAME_BONUS - 1) * share * share;
      if (!(out[key] >= bonus)) out[key] = bonus;
    }
    for (var mask = 1; mask < (1 << terms.length); mask++) {
      var set = terms.filter(function (t, i) { return mask & (1 << i); });
      if (!whole(set)) continue;
      var k = set.filter(function (t) { return !weak[t]; }).length || (strong === terms.length ? set.length : 0);
      if (k) add(set, set.length === terms.length ? 1 : k / strong);
    }
    items.forEach(function (item) {
      var k = item.slots.filter(function (s) { return !s.low; }).length || item.slots.length;
      item.alternatives.forEach(function (phrase) { add(phrase, items.length === 1 ? 1 : k / strong); });
    });
    return out;
  }

  /** Every index term a query may look at, for loading the parts that hold them. */
  function termsOf(items) {
    var out = [];
    items.forEach(function (item) {
      item.slots.forEach(function (s) { for (var t in s.terms) out.push(t); });
      item.alternatives.forEach(function (phrase) { out.push.apply(out, phrase); });
      if (item.question) out.push(item.question);
    });
    return out;
  }

  /**
   * Resolves with { query, results: [{id, score, all}], suggestion }. Results are ordered by: pages that
   * match every meaningful word first, then by score (BM25F: Σ over items of weight × idf × the best
   * factor × saturated term frequency), with a bonus for a page whose title or alias is the query.
   */
  Engine.prototype.search = function (query) {
    var self = this, q = this.analyse(query);
    if (!q.items.length) return Promise.resolve({ query: q, results: [], suggestion: null });
    var keys = nameKeys(q.items);
    return this.loadTerms(termsOf(q.items).concat(Object.keys(keys))).then(function () {
      return self.rerank(self.rank(q, keys));
    });
  };

  /**
   * The leaders again, now that their documents are at hand: several meaningful words of the query
   * together in the title or in one heading are the page's topic ("Discriminatie en racisme"), worth
   * × 1 + HEADING_BONUS per word beyond the first. Only the first RERANK results are looked at: they are
   * the ones shown, and their documents are loaded for that anyway.
   */
  var RERANK = 10, HEADING_BONUS = 0.5;
  // A glossary entry is about its own term, and a quiz tests what the pages explain: a query that does
  // not name them finds them for a word in a definition, example or question, which the pages that
  // explain that word answer better.
  var TERM_MENTION = 0.8;
  Engine.prototype.rerank = function (found) {
    var strong = found.query.items.filter(function (item) { return !item.low && !item.question; });
    if (!found.results.length) return found;
    var self = this, top = found.results.slice(0, RERANK), tests = matchers({ items: strong });
    return this.loadDocs(top.map(function (r) { return r.id; })).then(function (docs) {
      docs.forEach(function (doc, i) {
        if (doc.kind !== "page" && !top[i].named) top[i].score *= TERM_MENTION;
        if (strong.length < 2) return;
        var together = 0;
        // A closing "(qualifier)" tells apart pages of one name ("Terrein (gelijke behandeling)"): not the topic.
        [doc.title.replace(/\s*\([^()]*\)$/, "")].concat(doc.headings.map(function (h) { return h.text; })).forEach(function (text) {
          var terms = self.tokens(text);
          together = Math.max(together, tests.filter(function (test) { return terms.some(test); }).length);
        });
        if (together >= 2) top[i].score *= 1 + HEADING_BONUS * (together - 1);
      });
      top.sort(function (a, b) { return (b.all - a.all) || (b.score - a.score) || (a.id - b.id); });
      found.results = top.concat(found.results.slice(RERANK));
      return found;
    });
  };

  /**
   * The terms of a text as the index counts them: each word's term and, for a compound or a diminutive,
   * its parts' terms too. Highlighting and headings use it, so 'moslimdiscriminatie' in a heading is
   * marked for 'moslim', as the index counted it for 'moslim'.
   */
  Engine.prototype.tokens = function (text) {
    var self = this, out = [];
    this.partsOf = this.partsOf || Object.create(null);
    var bits = function (term) { var i = self.position[term]; return i === undefined ? 0 : self.frequency(i); };
    S.words(text).forEach(function (w) {
      var t = S.term(w);
      if (t === null) return;
      out.push(t);
      if (!(w in self.partsOf)) {
        var base = S.diminutiveBase(w, bits);
        self.partsOf[w] = S.compoundParts(w, bits) || (base ? [base] : []);
      }
      out.push.apply(out, self.partsOf[w]);
    });
    return out;
  };

  Engine.prototype.sat = function (weight) { var tf = weight / SCALE; return tf / (K1 + tf); };

  /**
   * For each document that says it answers the kind of question `key` names ("?contact"): QUESTION when
   * its title or description says so (weight 2), half that when one of its headings does.
   */
  var QUESTION = 0.6;
  Engine.prototype.answers = function (key, touched) {
    var list = this.list(key), out = new Float64Array(this.n);
    for (var p = 0; p < list.length; p += 2) { out[list[p]] = QUESTION * list[p + 1] / 2; touched[list[p]] = true; }
    return out;
  };

  /** Best factor × saturation per document for a set of terms with factors. */
  Engine.prototype.unit = function (terms, touched) {
    var self = this, best = new Float64Array(this.n);
    Object.keys(terms).forEach(function (t) {
      var list = self.list(t), f = terms[t];
      for (var p = 0; p < list.length; p += 2) {
        var s = f * self.sat(list[p + 1]), id = list[p];
        if (s > best[id]) best[id] = s;
        touched[id] = true;
      }
    });
    return best;
  };

  Engine.prototype.rank = function (q, keys) {
    var self = this, n = this.n, touched = Object.create(null);
    // Per item: per alternative (the written words first, then synonym phrases) its units, one per word.
    var scored = q.items.map(function (item) {
      if (item.question) return { item: item, alternatives: [{ factor: 1, units: [self.answers(item.question, touched)] }], df: 0 };
      var alternatives = [{ factor: 1, units: item.slots.map(function (s) { return self.unit(s.terms, touched); }) }];
      item.alternatives.forEach(function (phrase) {
        alternatives.push({ factor: FACTOR.synonym, units: phrase.map(function (t) {
          var terms = {}; terms[t] = 1; return self.unit(terms, touched);
        }) });
      });
      return { item: item, alternatives: alternatives, df: 0 };
    });
    var ids = Object.keys(touched).map(Number), meaningful = q.items.some(function (it) { return !it.low; });
    // Score and coverage of each item in each touched document.
    var table = ids.map(function (id) {
      return scored.map(function (s) {
        var score = 0, matched = false;
        s.alternatives.forEach(function (alt) {
          var sum = 0, all = true;
          alt.units.forEach(function (u) { sum += u[id]; if (!u[id]) all = false; });
          if (alt.factor < 1 && !all) return;
          var value = alt.factor * sum / alt.units.length;
          if (value > score) score = value;
          if (all) matched = true;
        });
        if (score > 0) s.df++;
        return { score: score, matched: matched };
      });
    });
    var bonus = Object.create(null);
    Object.keys(keys).forEach(function (key) {
      var list = self.list(key);
      for (var p = 0; p < list.length; p += 2) {
        var value = keys[key] * (list[p + 1] === 2 ? TERM_NAME : 1);
        if (!(bonus[list[p]] >= value)) bonus[list[p]] = value;
      }
    });
    var results = [];
    ids.forEach(function (id, row) {
      var score = 0, all = true, any = false;
      scored.forEach(function (s, i) {
        var cell = table[row][i], weight = s.item.low && meaningful ? LOW_WEIGHT : 1;
        var idf = Math.log(1 + (n - s.df + 0.5) / (s.df + 0.5));
        score += weight * idf * cell.score;
        if (weight === 1) { if (!cell.matched && !s.item.question) all = false; if (cell.score > 0) any = true; }
      });
      if (!any) return;
      if (bonus[id]) score *= bonus[id];
      results.push({ id: id, score: score, all: all, named: bonus[id] > 0 });
    });
    results.sort(function (a, b) { return (b.all - a.all) || (b.score - a.score) || (a.id - b.id); });
    return { query: q, results: results, suggestion: suggestion(q, this) };
  };

  /** The query with every word the index lacks replaced by its likeliest correction, or null. */
  function suggestion(q, engine) {
    var fixes = Object.create(null), any = false;
    q.slots.forEach(function (s) { if (s.corrected) { fixes[s.word] = engine.form(s.corrected); any = true; } });
    if (!any) return null;
    return q.text.replace(/[\p{L}\p{M}\p{N}]+/gu, function (token) {
      var words = S.words(token);
      return words.length === 1 && fixes[words[0]] ? fixes[words[0]] : token;
    });
  }

  /** Per item, a test of whether an index term counts as a hit for it; drives highlighting and headings. */
  function matchers(q) {
    return q.items.map(function (item) {
      var set = Object.create(null), prefixes = [];
      item.slots.forEach(function (s) { for (var t in s.terms) set[t] = true; if (s.prefix) prefixes.push(s.prefix); });
      item.alternatives.forEach(function (phrase) { phrase.forEach(function (t) { set[t] = true; }); });
      return function (t) { return set[t] === true || prefixes.some(function (p) { return t.lastIndexOf(p, 0) === 0; }); };
    });
  }

  /** The heading that matches more query items than the title does: the result then links to it. */
  function bestHeading(doc, tests, tokens) {
    function count(text) {
      var terms = tokens(text);
      return tests.filter(function (test) { return terms.some(test); }).length;
    }
    var best = null, bestCount = count(doc.title);
    doc.headings.forEach(function (h) {
      var c = count(h.text);
      if (c > bestCount) { best = h; bestCount = c; }
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
  function highlighted(text, hit, tokens) {
    var frag = document.createDocumentFragment(), re = /[\p{L}\p{M}\p{N}]+/gu, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!tokens(m[0]).some(hit)) continue;
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

  function resultItem(doc, tests, hit, tokens, withSummary) {
    var li = el("li", "zoekresultaat"), heading = bestHeading(doc, tests, tokens);
    var link = el("a", "zoekresultaat-titel");
    link.href = rootPath() + doc.url + (heading ? "#" + heading.anchor : "");
    link.appendChild(highlighted(doc.title, hit, tokens));
    li.appendChild(link);
    var where = [doc.section, KIND_LABELS[doc.kind]].filter(Boolean).join(" · ");
    var meta = el("span", "zoekresultaat-pad", where);
    if (heading) {
      if (where) meta.appendChild(document.createTextNode(" › "));
      meta.appendChild(highlighted(heading.text, hit, tokens));
    }
    if (meta.childNodes.length) li.appendChild(meta);
    if (withSummary && doc.summary) {
      var p = el("p", "zoekresultaat-samenvatting");
      p.appendChild(highlighted(doc.summary, hit, tokens));
      li.appendChild(p);
    }
    return li;
  }

  /** The count, and 'Bedoelde je: …?' with a link when a correction is what matched. */
  function setStatus(status, found) {
    var q = "\"" + found.query.text + "\"", count = found.results.length;
    status.textContent = !found.query.items.length ? t("search.onlyCommonWords", { query: q })
      : !count ? t("search.noResults", { query: q })
      : t("search.results", { count: count, query: q });
    if (found.suggestion && count) {
      status.appendChild(document.createTextNode(". " + t("search.didYouMean") + " "));
      var link = el("a", "zoek-suggestie", found.suggestion);
      link.href = searchPageURL(found.suggestion);
      status.appendChild(link);
      status.appendChild(document.createTextNode("?"));
    }
  }

  function noResultsItem() {
    // The glossary is offered only when the site has one (`data-begrippen` on <body>).
    if (!document.body.hasAttribute("data-begrippen")) {
      return el("li", "zoek-geen", t("search.tryAgain"));
    }
    var li = el("li", "zoek-geen", t("search.tryAgainGlossary") + " ");
    var link = el("a", "", t("search.glossary"));
    link.href = rootPath() + "begrippen/index.html";
    li.appendChild(link);
    li.appendChild(document.createTextNode("."));
    return li;
  }

  /** Appends the results `from`..`to` of `found` to `list`, once their documents are loaded. */
  function appendResults(engine, found, list, from, to, withSummary) {
    var tests = matchers(found.query), hit = function (t) { return tests.some(function (test) { return test(t); }); };
    return engine.loadDocs(found.results.slice(from, to).map(function (r) { return r.id; })).then(function (docs) {
      var tokens = function (text) { return engine.tokens(text); };
      docs.forEach(function (doc) { list.appendChild(resultItem(doc, tests, hit, tokens, withSummary)); });
    });
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
   * Runs `show(found)` for the field's query as the reader types: at once while searches are quick, so
   * results follow the typing; with a short pause when the last search was slow (a large site). Answers
   * that arrive after a newer query started are dropped. `announce(found)` (the status, a live region)
   * runs only once typing pauses, so a screen reader reads one count instead of one per letter.
   */
  function asYouType(engine, field, show, clear, announce, failed) {
    var latest = 0, slow = false, pending = null;
    var later = debounce(function () { if (pending) { announce(pending); pending = null; } }, 250);
    function run() {
      var query = field.value, ticket = ++latest, started = Date.now();
      if (!query.trim()) { pending = null; clear(); return; }
      engine.search(query).then(function (found) {
        if (ticket !== latest) return null;
        slow = Date.now() - started > 40;
        return show(found).then(function () {
          if (ticket !== latest) return;
          pending = found;
          later();
        });
      }).catch(failed);
    }
    var paused = debounce(run, 120);
    field.addEventListener("input", function () { if (slow) paused(); else run(); });
    return run;
  }

  function failure(status) {
    return function () { status.textContent = t("search.failed"); };
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
    list.setAttribute("aria-label", t("search.results_label"));
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    form.classList.add("zoek-actief");
    field.setAttribute("aria-controls", "zoekresultaten");
    field.setAttribute("autocomplete", "off");
    var last = null;
    function isOpen() { return panel.classList.contains("is-open"); }
    function open() { if (last) panel.classList.add("is-open"); }
    function close() { panel.classList.remove("is-open"); status.textContent = ""; }
    function show(found) {
      last = found;
      var fresh = el("ol", "zoek-lijst");
      var done = found.results.length ? appendResults(engine, found, fresh, 0, DROPDOWN_LIMIT, false) : Promise.resolve();
      return done.then(function () {
        if (last !== found) return;
        if (!found.results.length) fresh.appendChild(noResultsItem());
        if (found.results.length > DROPDOWN_LIMIT) {
          var li = el("li", "zoek-meer"), more = el("a", "", t("search.all", { count: found.results.length }));
          more.href = searchPageURL(found.query.text);
          li.appendChild(more);
          fresh.appendChild(li);
        }
        list.textContent = "";
        while (fresh.firstChild) list.appendChild(fresh.firstChild);
        open();
      });
    }
    function announce(found) { if (found === last && isOpen()) setStatus(status, found); }
    var run = asYouType(engine, field, show, function () { last = null; close(); list.textContent = ""; }, announce, failure(status));
    // Reopen when coming back from elsewhere on the page, not when Escape just sent focus back here.
    field.addEventListener("focus", function (e) {
      if (!isOpen() && last && field.value.trim() && !form.contains(e.relatedTarget)) { open(); setStatus(status, last); }
    });
    form.addEventListener("focusout", function (e) { if (!form.contains(e.relatedTarget)) close(); });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
    keyboard(field, list, isOpen, close);
    return run;
  }

  function setUpSearchPage(engine, field) {
    var list = document.getElementById("zoekresultaten"), status = document.getElementById("zoekstatus");
    if (!list || !status) return null;
    var more = el("button", "zoek-meer-knop"), current = null, shown = 0;
    more.type = "button";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    function show(found) {
      current = found;
      var fresh = document.createDocumentFragment();
      return appendResults(engine, found, fresh, 0, PAGE_BATCH, true).then(function () {
        if (current !== found) return;
        list.textContent = "";
        if (!found.results.length && found.query.items.length) list.appendChild(noResultsItem());
        list.appendChild(fresh);
        shown = Math.min(PAGE_BATCH, found.results.length);
        updateMore();
      });
    }
    function updateMore() {
      var rest = current ? current.results.length - shown : 0;
      more.hidden = rest <= 0;
      more.textContent = t("search.more", { count: rest });
    }
    more.addEventListener("click", function () {
      var found = current, from = shown, fresh = document.createDocumentFragment();
      appendResults(engine, found, fresh, from, from + PAGE_BATCH, true).then(function () {
        if (current !== found) return;
        var first = fresh.querySelector("a");
        list.appendChild(fresh);
        shown = Math.min(from + PAGE_BATCH, found.results.length);
        updateMore();
        if (first) first.focus();
      }).catch(failure(status));
    });
    var remember = debounce(function () {
      try { history.replaceState(null, "", "?q=" + encodeURIComponent(field.value.trim())); } catch (err) { /* file:// */ }
    }, 400);
    function clear() { current = null; list.textContent = ""; status.textContent = ""; updateMore(); }
    function announce(found) { if (found === current) setStatus(status, found); }
    var run = asYouType(engine, field, show, clear, announce, failure(status));
    field.addEventListener("input", remember);
    if (field.form) field.form.addEventListener("submit", function (e) { e.preventDefault(); run(); remember(); });
    keyboard(field, list, function () { return true; }, null);
    return run;
  }

  /**
   * Calls `ready` with the engine once the entry of the index is loaded: it is added as a script,
   * since fetch() is not allowed on file:// pages.
   */
  function withIndex(ready, failed) {
    var api = window.KennisbankSearch;
    if (!api.loading) {
      api.loading = new Promise(function (resolve, reject) {
        function use() {
          var meta = window.KENNISBANK_SEARCH;
          if (!meta || meta.version !== 2) { reject(new Error("unknown search index")); return; }
          api.engine = new Engine(meta, rootPath());
          api.engine.prefetch();
          resolve(api.engine);
        }
        if (window.KENNISBANK_SEARCH) { use(); return; }
        function load(source) {
          var script = document.createElement("script");
          script.src = source;
          script.onload = use;
          script.onerror = function () { reject(new Error("cannot load search-index.js")); };
          document.head.appendChild(script);
        }
        // Published under a name made from its content, which kennisbank.js finds in assets/data.js;
        // a page without kennisbank.js falls back to the plain name.
        if (window.KennisbankAssets && window.KennisbankAssets.data) window.KennisbankAssets.data("search-index.js", load);
        else load(rootPath() + "search-index.js");
      });
    }
    api.loading.then(ready, failed || function () {});
  }

  function start() {
    if (!S) return;
    var pageField = document.getElementById("zoekpagina-veld");
    if (pageField) {
      var status = document.getElementById("zoekstatus");
      pageField.value = new URLSearchParams(window.location.search).get("q") || "";
      withIndex(function (engine) {
        var run = setUpSearchPage(engine, pageField);
        if (run) run();
      }, function () { if (status) failure(status)(); });
      return;
    }
    var field = document.getElementById("zoekveld"), form = field && field.form;
    if (!form) return;
    function load() {
      field.removeEventListener("focus", load);
      withIndex(function (engine) {
        var run = setUpDropdown(engine, form, field);
        if (field.value.trim()) run();
      });
    }
    field.addEventListener("focus", load);
    if (document.activeElement === field) load();
  }

  /** Resolves with the first `limit` results of `query` as {url, title, score}, for tests and tools. */
  function query(text, limit) {
    return new Promise(function (resolve, reject) { withIndex(resolve, reject); }).then(function (engine) {
      return engine.search(text).then(function (found) {
        var top = found.results.slice(0, limit || DROPDOWN_LIMIT);
        return engine.loadDocs(top.map(function (r) { return r.id; })).then(function (docs) {
          return { suggestion: found.suggestion, count: found.results.length, results: docs.map(function (d, i) {
            return { url: d.url, title: d.title, score: top[i].score };
          }) };
        });
      });
    });
  }

  window.KennisbankSearch = { Engine: Engine, distance: distance, query: query, engine: null, loading: null };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
