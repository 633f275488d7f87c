/* Kennisbank answers that leave the browser, for `kennisbank resultaten`: the submission id
   (inzending) that lets a trainer count a submission once however often it is sent, file downloads
   through Blob URLs, and the quiz page's 'Download je antwoorden' (which questions were right or
   wrong, no name). Nothing is sent anywhere: the participant downloads a file and hands it over.

   The id is 16 random hexadecimal digits (crypto.getRandomValues), made once per browser and page
   and kept in localStorage with the answers; 'versie' counts up when the answers change, so the
   newest of two files of one submission wins. 'Opnieuw beginnen' forgets both: the next person on
   a shared computer is a new submission. */
(function () {
  "use strict";

  function newID() {
    var bytes = new Uint8Array(8);
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    var hex = "";
    for (var j = 0; j < bytes.length; j++) hex += (bytes[j] < 16 ? "0" : "") + bytes[j].toString(16);
    return hex;
  }

  function isID(value) { return typeof value === "string" && /^[0-9a-f]{16}$/.test(value); }

  /* Gives `state` (the object kept in localStorage) an id and a version when it lacks them. */
  function ensure(state) {
    if (!isID(state.inzending)) { state.inzending = newID(); state.versie = 1; }
    if (typeof state.versie !== "number" || state.versie < 1 || state.versie !== Math.floor(state.versie)) state.versie = 1;
    return { id: state.inzending, versie: state.versie };
  }

  /* The answers in `state` changed: a new version of the same submission. */
  function changed(state) {
    var had = isID(state.inzending);
    ensure(state);
    if (had) state.versie += 1;
  }

  function download(name, type, text) {
    var blob = new Blob([text], { type: type });
    var link = document.createElement("a");
    if (window.URL && URL.createObjectURL && "download" in link) {
      var url = URL.createObjectURL(blob);
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 4000);
    } else {
      /* Browsers without download links (old iOS Safari): open the text, to save from there. */
      window.open("data:" + type + "," + encodeURIComponent(text), "_blank");
    }
  }

  /* A spreadsheet cell as the vragenlijst's CSV writes one (see questionnaire.js). */
  function cell(value, isText) {
    var text = value === null || value === undefined ? "" : String(value);
    if (isText && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[";\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  var ID_LABEL = "Inzending (code zonder naam)";
  var VERSION_LABEL = "Versie van de antwoorden";

  /* ------------------------------------------------------------ quiz answers */

  function norm(text) { return (text || "").replace(/\s+/g, " ").trim(); }

  function textWithout(node, selector) {
    if (!node) return "";
    var copy = node.cloneNode(true);
    var drop = copy.querySelectorAll(selector);
    for (var i = 0; i < drop.length; i++) drop[i].parentNode.removeChild(drop[i]);
    return norm(copy.textContent);
  }

  function quizKey(form) { return "kennisbank-toets-" + form.getAttribute("data-quiz"); }

  function readJSON(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "null");
      return value && typeof value === "object" ? value : null;
    } catch (e) { return null; }
  }

  function writeJSON(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off: the id lives as long as the page */ }
  }

  /* The quiz's answers as checked ('Controleer'), from quiz.js's storage, with the page's texts. */
  function quizAnswers(form) {
    var state = readJSON(quizKey(form)) || {};
    var questions = [];
    var fieldsets = form.querySelectorAll(".quiz-question");
    for (var i = 0; i < fieldsets.length; i++) {
      var fieldset = fieldsets[i];
      var id = fieldset.getAttribute("data-question");
      var block = fieldset.querySelector(".quiz-question__text");
      var saved = Object.prototype.hasOwnProperty.call(state, id) && state[id] && state[id].answers instanceof Array ? state[id] : null;
      var labels = [];
      var inputs = fieldset.querySelectorAll("input");
      for (var j = 0; j < inputs.length; j++) {
        if (!saved || saved.answers.indexOf(inputs[j].value) === -1) continue;
        labels.push(textWithout(fieldset.querySelector('label[for="' + inputs[j].id + '"]'), ".quiz-mark"));
      }
      questions.push({ id: id, text: block ? norm(block.textContent) : textWithout(fieldset.querySelector("legend"), ".quiz-question__number"),
                       type: fieldset.getAttribute("data-type"), labels: labels, right: saved ? saved.right === true : null });
    }
    return questions;
  }

  function quizCSV(stamp, questions) {
    var lines = [["vraag_id", "vraag", "soort", "antwoord", "goed"].join(";"),
                 ["", cell(ID_LABEL, true), "inzending", stamp.id, ""].join(";"),
                 ["", cell(VERSION_LABEL, true), "versie", String(stamp.versie), ""].join(";")];
    questions.forEach(function (q) {
      lines.push([cell(q.id), cell(q.text, true), cell(q.type), cell(q.labels.join(" | "), true), q.right === null ? "" : q.right ? "ja" : "nee"].join(";"));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function quizJSON(form, stamp, questions) {
    var heading = document.querySelector("main h1");
    return JSON.stringify({
      toets: form.getAttribute("data-quiz"),
      inzending: stamp.id,
      versie: stamp.versie,
      titel: heading ? norm(heading.textContent) : "",
      vragen: questions.map(function (q) {
        return { id: q.id, vraag: q.text, soort: q.type, antwoord: q.labels, goed: q.right };
      })
    }, null, 2) + "\n";
  }

  function initQuiz(form) {
    var box = form.parentNode.querySelector(".quiz-antwoorden");
    if (!box) return;
    var key = quizKey(form) + "-inzending";
    var status = box.querySelector(".quiz-antwoorden__status");
    var meta = readJSON(key) || {};
    box.hidden = false;
    /* After quiz.js has stored a checked answer (its handler is on the button, this one on the form). */
    form.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("button") : null;
      if (target && target.classList.contains("quiz-check")) {
        changed(meta);
        writeJSON(key, meta);
      }
    });
    /* 'Opnieuw beginnen' sits in the closing panel beside the form, not in it: starting again is a
       new submission, with a new id. */
    var reset = form.querySelector(".quiz-reset") || (form.closest("article") || document).querySelector(".quiz-reset");
    if (reset) {
      reset.addEventListener("click", function () {
        meta = {};
        try { window.localStorage.removeItem(key); } catch (e) { /* storage off */ }
        status.textContent = "";
      });
    }
    var buttons = box.querySelectorAll(".quiz-download");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) {
        var format = event.currentTarget.getAttribute("data-format");
        var stamp = ensure(meta);
        writeJSON(key, meta);
        var questions = quizAnswers(form);
        var name = "toets-" + form.getAttribute("data-quiz") + "-antwoorden." + format;
        if (format === "csv") download(name, "text/csv;charset=utf-8", quizCSV(stamp, questions));
        else download(name, "application/json;charset=utf-8", quizJSON(form, stamp, questions));
        var answered = questions.filter(function (q) { return q.right !== null; }).length;
        var t = window.KennisbankText || function (key) { return key; };
        status.textContent = (answered ? "" : t("download.nothingChecked") + " ") + t("download.saved", { name: name });
      });
    }
  }

  window.KennisbankInzending = {
    ensure: ensure,
    changed: changed,
    download: download,
    /* The two CSV lines of a vragenlijst's download that carry the id (after the header). */
    csvLines: function (stamp) {
      return [["", "", "", cell(ID_LABEL, true), "inzending", stamp.id, ""].join(";"),
              ["", "", "", cell(VERSION_LABEL, true), "versie", String(stamp.versie), ""].join(";")];
    },
    /* The mail's line with the id, and the line that ends the answers. */
    mailLine: function (stamp) { return "Inzending: " + stamp.id + " (versie " + stamp.versie + ")"; },
    mailEnd: "Einde van de antwoorden."
  };

  function start() {
    var forms = document.querySelectorAll("form.quiz");
    for (var i = 0; i < forms.length; i++) initQuiz(forms[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
