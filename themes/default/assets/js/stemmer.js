/*
 * Kennisbank: Dutch stemmer and tokenizer for search (window.KennisbankStemmer).
 *
 * The classic Snowball Dutch stemmer (dutch_porter.sbl; "dutch_porter" in snowballstemmer 3.x, "dutch" in
 * 2.x), a line-by-line twin of Sources/Search/DutchStemmer*.swift, and the tokenizer twin of
 * SearchTokenizer.swift: the index is built in Swift and queried here, so both must agree exactly.
 * Tests/Browser/test_stemmer_js.py checks this file against the same reference words as the Swift tests.
 * Plain ES5-style script: no modules, no build step.
 */
(function () {
  "use strict";

  // The Snowball project's Dutch stop word list, identical to DutchStopWords.swift.
  var STOP_WORDS = {};
  ("aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en " +
    "er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon " +
    "kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over " +
    "reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt " +
    "zal ze zelf zich zij zijn zo zonder zou").split(" ").forEach(function (w) { STOP_WORDS[w] = true; });

  // ---- stemmer: the word is an array of code points, as Snowball counts them ----

  function isVowel(c) { return "aeiouyè".indexOf(c) >= 0; }
  function isVowelOrI(c) { return c === "I" || isVowel(c); }
  function isVowelOrJ(c) { return c === "j" || isVowel(c); }

  var ACCENTS = { "ä": "a", "á": "a", "ë": "e", "é": "e", "ï": "i", "í": "i", "ö": "o", "ó": "o", "ü": "u", "ú": "u" };

  function stem(input) {
    var w = Array.from(input);
    var p1 = w.length, p2 = w.length, eFound = false;

    function endsWith(suffix) {
      var s = Array.from(suffix);
      if (w.length < s.length) return false;
      for (var i = 0; i < s.length; i++) if (w[w.length - s.length + i] !== s[i]) return false;
      return true;
    }
    function longestSuffix(list) { // longer suffixes come first, as Snowball's `among` picks the longest
      for (var i = 0; i < list.length; i++) if (endsWith(list[i])) return list[i];
      return null;
    }
    function startOf(suffix) { return w.length - Array.from(suffix).length; }
    function before(i) { return i > 0 ? w[i - 1] : null; }
    function cut(suffix) { w.length -= Array.from(suffix).length; }
    function undouble() {
      if (longestSuffix(["dd", "kk", "tt"]) === null) return false;
      w.length -= 1;
      return true;
    }
    function eEnding() {
      eFound = false;
      if (!endsWith("e")) return;
      var i = w.length - 1, prev = before(i);
      if (i < p1 || prev === null || isVowel(prev)) return;
      w.length -= 1;
      eFound = true;
      undouble();
    }
    function enEnding(suffix) {
      var i = startOf(suffix), prev = before(i);
      if (i < p1 || prev === null || isVowel(prev)) return;
      if (i >= 3 && w.slice(i - 3, i).join("") === "gem") return;
      cut(suffix);
      undouble();
    }
    function firstIndex(from, test) {
      for (var i = from; i < w.length; i++) if (test(w[i])) return i;
      return -1;
    }
    function regionEnd(start) {
      var vowel = firstIndex(start, isVowel);
      if (vowel < 0) return -1;
      var consonant = firstIndex(vowel + 1, function (c) { return !isVowel(c); });
      return consonant < 0 ? -1 : consonant + 1;
    }

    // prelude
    for (var k = 0; k < w.length; k++) if (ACCENTS[w[k]]) w[k] = ACCENTS[w[k]];
    if (w[0] === "y") w[0] = "Y";
    var c = 0, vowel;
    while ((vowel = firstIndex(c, isVowel)) >= 0) {
      c = vowel + 1;
      if (c >= w.length) break;
      if (w[c] === "i") {
        c += 1;
        if (c < w.length && isVowel(w[c])) w[c - 1] = "I";
      } else if (w[c] === "y") {
        w[c] = "Y";
        c += 1;
      }
    }

    // mark regions
    if (w.length >= 3) {
      var end1 = regionEnd(0);
      if (end1 >= 0) {
        p1 = Math.max(end1, 3);
        var end2 = regionEnd(end1);
        if (end2 >= 0) p2 = end2;
      }
    }

    // step 1: plural and genitive endings
    var suffix = longestSuffix(["heden", "ene", "en", "se", "s"]);
    if (suffix !== null) {
      var i1 = startOf(suffix);
      if (suffix === "heden") {
        if (i1 >= p1) { cut(suffix); w.push("h", "e", "i", "d"); }
      } else if (suffix === "ene" || suffix === "en") {
        enEnding(suffix);
      } else if (i1 >= p1 && before(i1) !== null && !isVowelOrJ(before(i1))) {
        cut(suffix);
      }
    }
    // step 2: a final -e
    eEnding();
    // step 3a: -heid (not -cheid), and then an -en it uncovers
    if (endsWith("heid")) {
      var i3 = startOf("heid");
      if (i3 >= p2 && before(i3) !== "c") {
        cut("heid");
        if (endsWith("en")) enEnding("en");
      }
    }
    // step 3b: derivational suffixes in R2
    suffix = longestSuffix(["lijk", "baar", "end", "ing", "bar", "ig"]);
    if (suffix !== null && startOf(suffix) >= p2) {
      var i4 = startOf(suffix);
      if (suffix === "end" || suffix === "ing") {
        cut(suffix);
        if (endsWith("ig") && startOf("ig") >= p2 && before(startOf("ig")) !== "e") cut("ig");
        else undouble();
      } else if (suffix === "ig") {
        if (before(i4) !== "e") cut(suffix);
      } else if (suffix === "lijk") {
        cut(suffix);
        eEnding();
      } else if (suffix === "baar") {
        cut(suffix);
      } else if (eFound) { // "bar"
        cut(suffix);
      }
    }
    // step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" -> "man")
    var n = w.length;
    if (n >= 4 && !isVowelOrI(w[n - 1]) && ["aa", "ee", "oo", "uu"].indexOf(w[n - 3] + w[n - 2]) >= 0 &&
        !isVowel(w[n - 4])) {
      w.splice(n - 2, 1);
    }

    // postlude
    for (var m = 0; m < w.length; m++) {
      if (w[m] === "Y") w[m] = "y"; else if (w[m] === "I") w[m] = "i";
    }
    return w.join("");
  }

  // ---- tokenizer: twin of SearchTokenizer.swift ----

  var WORD = /[\p{L}\p{N}]+/gu;
  var DIGITS = /^[0-9]+$/;

  /** Lowercase, then NFD without combining diacritics: "Één" -> "een"; 'ĳ' has no decomposition. */
  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0133/g, "ij");
  }

  /** Folded words, stop words included, before stemming; single letters are dropped, single digits kept. */
  function words(text) {
    var found = fold(text).match(WORD) || [];
    return found.filter(function (w) { return Array.from(w).length > 1 || DIGITS.test(w); });
  }

  /** The index term for one folded word, or null for a stop word. */
  function term(word) {
    if (STOP_WORDS[word] === true) return null;
    return DIGITS.test(word) ? word : stem(word);
  }

  /** Search terms of a text, in order, with repeats: what SearchTokenizer.tokens(in:) returns. */
  function tokens(text) {
    var out = [];
    words(text).forEach(function (w) {
      var t = term(w);
      if (t !== null) out.push(t);
    });
    return out;
  }

  // ---- compounds: twin of DutchCompounds.swift (rules and their reasons there) ----

  var LINKS = ["", "s", "e", "en"];
  var DIMINUTIVES = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je"];
  var NOT_PARTS = {};
  "lijk rijk los bar schap schapp dom zam achtig matig heid heden ing end".split(" ").forEach(function (t) { NOT_PARTS[t] = true; });
  var MIN_MODIFIER = 4, MIN_HEAD = 4, MIN_DOCUMENT_BITS = 2, MAX_PARTS = 3, MAX_LETTERS = 64;
  var LETTERS = /^\p{L}+$/u;

  function isVowel5(c) { return "aeiou".indexOf(c) >= 0; }
  function endsDoubled(w) { var n = w.length; return n > 2 && w[n - 1] === w[n - 2] && !isVowel5(w[n - 1]); }

  /** The term of a word that may be a part: not a stop word, not a suffix, written in two documents. */
  function known(w, bits) {
    var t = term(w.join(""));
    return t !== null && NOT_PARTS[t] !== true && bits(t) >= MIN_DOCUMENT_BITS ? t : null;
  }

  function baseOf(w, bits) {
    if (w.length > MAX_LETTERS) return null;
    for (var i = 0; i < DIMINUTIVES.length; i++) {
      var d = Array.from(DIMINUTIVES[i]);
      if (w.length - d.length < 3 || w.slice(w.length - d.length).join("") !== DIMINUTIVES[i]) continue;
      var b = w.slice(0, w.length - d.length);
      if (d[0] === "e" && endsDoubled(b)) b = b.slice(0, -1);
      var t = known(b, bits);
      if (t) return t;
    }
    return null;
  }

  function modifierTerm(m, link, bits) {
    if (link[0] === "e" && endsDoubled(m)) { var t = known(m.slice(0, -1), bits); if (t) return t; }
    var bare = m, n = m.length;
    if (n >= 2 && m[n - 2] === "e" && m[n - 1] === "n") bare = m.slice(0, -2);
    else if (m[n - 1] === "e" || m[n - 1] === "s") bare = m.slice(0, -1);
    if (bare.length < MIN_MODIFIER) {
      var plural = bare.length === MIN_MODIFIER - 1 && m[n - 2] === "e" && m[n - 1] === "n" &&
        !isVowel5(bare[0]) && isVowel5(bare[1]) && !isVowel5(bare[2]);
      if (!plural) return null;
    }
    return known(m, bits);
  }

  /** Better split keys: fewer parts, more frequent parts, longer last part, no linking morpheme. */
  function better(a, b) {
    if (a[0] !== b[0]) return a[0] < b[0];
    if (a[1] !== b[1]) return a[1] > b[1];
    if (a[2] !== b[2]) return a[2] > b[2];
    return a[3] < b[3];
  }

  function split(w, bits, maxParts) {
    if (w.length < MIN_MODIFIER + MIN_HEAD || w.length > MAX_LETTERS || !LETTERS.test(w.join(""))) return null;
    var best = null;
    for (var end = MIN_MODIFIER; end <= w.length - MIN_HEAD; end++) {
      var m = w.slice(0, end);
      for (var k = 0; k < LINKS.length; k++) {
        var link = Array.from(LINKS[k]);
        if (w.slice(end, end + link.length).join("") !== LINKS[k]) continue;
        var first = modifierTerm(m, link, bits);
        if (!first) continue;
        var rest = w.slice(end + link.length);
        if (rest.length < MIN_HEAD) continue;
        var head = known(rest, bits) || baseOf(rest, bits), tail;
        if (head) tail = [head];
        else if (maxParts > 2) { var more = split(rest, bits, maxParts - 1); tail = more && more.terms; }
        if (!tail) continue;
        var terms = [first].concat(tail);
        var key = [terms.length, terms.reduce(function (s, t) { return s + bits(t); }, 0), rest.length, link.length];
        if (!best || better(key, best.key)) best = { terms: terms, key: key };
      }
    }
    return best;
  }

  /**
   * The terms of the parts of a folded compound word, two or three, or null: "moslimhaat" -> ["moslim", "hat"].
   * `bits(term)` is the bit length of the number of documents that write the term (the index's `info`).
   */
  function compoundParts(word, bits) {
    var found = split(Array.from(word), bits, MAX_PARTS);
    return found ? found.terms : null;
  }

  /** The term of the word a diminutive is made from ("grapjes" -> "grap"), or null. */
  function diminutiveBase(word, bits) { return baseOf(Array.from(word), bits); }

  /**
   * The term of two folded words written as one compound ("toeslagen", "affaire" -> "toeslagenaffair"),
   * directly or with a linking morpheme, when `has(term)` says the index holds it; or null.
   */
  function joinedTerm(first, second, has) {
    if (!LETTERS.test(first) || !LETTERS.test(second)) return null;
    var lefts = [first], stemmed = term(first);
    if (stemmed && stemmed !== first) lefts.push(stemmed);
    for (var i = 0; i < lefts.length; i++) {
      for (var k = 0; k < LINKS.length; k++) {
        var t = term(lefts[i] + LINKS[k] + second);
        if (t && has(t)) return t;
      }
    }
    return null;
  }

  // ---- questions: twin of QuestionFrames.swift ----

  var CONTACT_WORDS = {}, ACTION_WORDS = {};
  ("terecht terechtkunt terechtkomen melden meld meldt heen naartoe aankloppen bellen bel belt contact hulp helpen " +
    "helpt help praten praat aangifte").split(" ").forEach(function (w) { CONTACT_WORDS[w] = true; });
  "reageer reageert reageren aanspreken spreek spreekt ingrijpen grijp grijpt handel handelen omgaan".split(" ").forEach(function (w) { ACTION_WORDS[w] = true; });

  /**
   * The kinds of question one sentence asks, from its folded words (stop words included): "actie" (what
   * to do: "wat moet ik doen", "hoe reageer ik") and "contact" (whom to turn to: "waar kan ik terecht",
   * "wie kan ik bellen"). Each with the words that made it, which say little beyond the question.
   */
  function questionFrames(list) {
    var has = {}, found = [];
    list.forEach(function (w) { has[w] = true; });
    function words(set) { return list.filter(function (w) { return set[w] === true; }); }
    if ((has.wat && (has.doen || has.doe)) || (has.hoe && words(ACTION_WORDS).length)) found.push({ frame: "actie", words: words(ACTION_WORDS) });
    if ((has.waar || has.wie) && words(CONTACT_WORDS).length) found.push({ frame: "contact", words: words(CONTACT_WORDS) });
    return found;
  }

  window.KennisbankStemmer = {
    questionFrames: questionFrames,
    stem: stem, fold: fold, words: words, term: term, tokens: tokens,
    compoundParts: compoundParts, diminutiveBase: diminutiveBase, joinedTerm: joinedTerm,
    isStopWord: function (word) { return STOP_WORDS[word] === true; },
    stopWords: Object.keys(STOP_WORDS)
  };
})();
