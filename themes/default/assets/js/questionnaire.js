/* Kennisbank questionnaires (vragenlijsten): keeps the answers in localStorage only, shows a result
   per theme (a table and a bar chart in SVG with a text alternative), and lets the reader download
   the answers (CSV, JSON), put them in an e-mail, or print them. Nothing leaves the browser unless
   the reader asks for it. Without JavaScript the page is a printable form whose scoring rules are
   written out, so a reader can score it on paper. */
(function () {
  "use strict";

  /* Mail programs and browsers do not all accept long mailto: links; about 2000 characters is the
     limit that works everywhere (Internet Explorer's 2083, Outlook's). */
  var MAIL_LIMIT = 1900;
  var SVG = "http://www.w3.org/2000/svg";

  function norm(text) { return (text || "").replace(/\s+/g, " ").trim(); }

  function storageKey(form) { return "kennisbank-vragenlijst-" + form.getAttribute("data-vragenlijst"); }

  function load(form) {
    try {
      var state = JSON.parse(window.localStorage.getItem(storageKey(form)) || "null");
      if (state && typeof state === "object" && state.answers && typeof state.answers === "object") return state;
    } catch (e) { /* unreadable or storage off: start empty */ }
    return { answers: {}, shown: false };
  }

  function save(form, state) {
    try { window.localStorage.setItem(storageKey(form), JSON.stringify(state)); return true; } catch (e) { return false; }
  }

  function forget(form) {
    try { window.localStorage.removeItem(storageKey(form)); } catch (e) { /* storage off: nothing kept */ }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function number(value) {
    return value === null || value === "" || isNaN(Number(value)) ? null : Number(value);
  }

  /* ------------------------------------------------------------ the form as data (read from the HTML) */

  function textOf(node) {
    if (!node) return "";
    var copy = node.cloneNode(true);
    var numbers = copy.querySelectorAll(".vragenlijst-vraag__nummer");
    for (var i = 0; i < numbers.length; i++) numbers[i].parentNode.removeChild(numbers[i]);
    return norm(copy.textContent);
  }

  function readModel(form) {
    var themes = [];
    var sections = form.querySelectorAll(".vragenlijst-thema");
    var count = 0;
    for (var t = 0; t < sections.length; t++) {
      var section = sections[t];
      var theme = {
        id: section.getAttribute("data-theme"),
        title: norm(section.querySelector(".vragenlijst-thema__titel").textContent),
        min: number(section.getAttribute("data-min")),
        max: number(section.getAttribute("data-max")),
        levels: [],
        questions: []
      };
      var rows = section.querySelectorAll(".vragenlijst-niveau");
      for (var l = 0; l < rows.length; l++) {
        theme.levels.push({
          from: Number(rows[l].getAttribute("data-from")),
          to: Number(rows[l].getAttribute("data-to")),
          label: norm(rows[l].querySelector(".vragenlijst-niveau__naam").textContent),
          text: rows[l].querySelector(".vragenlijst-niveau__tekst")
        });
      }
      var nodes = section.querySelectorAll(".vragenlijst-vraag");
      for (var q = 0; q < nodes.length; q++) {
        var node = nodes[q];
        count += 1;
        var block = node.querySelector(".vragenlijst-vraag__blok");
        var question = {
          id: node.getAttribute("data-question"),
          element: node,
          type: node.getAttribute("data-type"),
          number: count,
          text: block ? norm(block.textContent) : textOf(node.querySelector(".vragenlijst-vraag__tekst")),
          scored: node.getAttribute("data-scored") === "true",
          needed: node.getAttribute("data-needed") === "true",
          textarea: node.querySelector("textarea"),
          options: []
        };
        var inputs = node.querySelectorAll("input");
        for (var o = 0; o < inputs.length; o++) {
          var label = node.querySelector('label[for="' + inputs[o].id + '"]');
          question.options.push({ input: inputs[o], value: inputs[o].value, label: norm(label ? label.textContent : inputs[o].value),
                                  points: number(inputs[o].getAttribute("data-points")) });
        }
        theme.questions.push(question);
      }
      themes.push(theme);
    }
    var heading = document.querySelector("main h1");
    return { name: form.getAttribute("data-vragenlijst"), title: heading ? norm(heading.textContent) : "", themes: themes, count: count };
  }

  function eachQuestion(model, fn) {
    for (var t = 0; t < model.themes.length; t++) {
      for (var q = 0; q < model.themes[t].questions.length; q++) fn(model.themes[t].questions[q], model.themes[t]);
    }
  }

  /* Answers by question id: the chosen option values ("1", "3"), or the text of an open question. */
  function readAnswers(model) {
    var answers = {};
    eachQuestion(model, function (question) {
      if (question.textarea) {
        if (norm(question.textarea.value)) answers[question.id] = question.textarea.value;
        return;
      }
      var chosen = [];
      for (var i = 0; i < question.options.length; i++) if (question.options[i].input.checked) chosen.push(question.options[i].value);
      if (chosen.length) answers[question.id] = chosen;
    });
    return answers;
  }

  /* Sets the form to `answers`; ids and values the page no longer has are ignored. */
  function applyAnswers(model, answers) {
    eachQuestion(model, function (question) {
      var answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : null;
      if (question.textarea) {
        question.textarea.value = typeof answer === "string" ? answer : "";
        return;
      }
      var values = answer instanceof Array ? answer : [];
      for (var i = 0; i < question.options.length; i++) question.options[i].input.checked = values.indexOf(question.options[i].value) !== -1;
    });
  }

  function chosenOptions(question, answers) {
    var values = answers[question.id];
    if (!(values instanceof Array)) return [];
    return question.options.filter(function (option) { return values.indexOf(option.value) !== -1; });
  }

  /* The answer as text; the labels of several chosen options are joined by `separator` (" | " in files). */
  function answerText(question, answers, separator) {
    if (question.textarea) return typeof answers[question.id] === "string" ? answers[question.id] : "";
    return chosenOptions(question, answers).map(function (option) { return option.label; }).join(separator || " | ");
  }

  function questionPoints(question, answers) {
    if (!question.scored) return null;
    var chosen = chosenOptions(question, answers);
    if (!chosen.length && question.type !== "multiple") return null;
    return chosen.reduce(function (sum, option) { return sum + option.points; }, 0);
  }

  /* Per theme: how many questions are answered, the score, and the level once every question the
     level needs is answered (choosing nothing in a multiple-choice question counts as zero points). */
  function evaluate(model, answers) {
    return model.themes.map(function (theme) {
      var result = { theme: theme, answered: 0, total: theme.questions.length, score: 0, complete: true, level: null };
      theme.questions.forEach(function (question) {
        var answered = isAnswered(question, answers);
        if (answered) result.answered += 1;
        if (question.needed && !answered) result.complete = false;
        result.score += questionPoints(question, answers) || 0;
      });
      if (theme.levels.length && result.complete) {
        for (var i = 0; i < theme.levels.length; i++) {
          if (result.score >= theme.levels[i].from && result.score <= theme.levels[i].to) result.level = theme.levels[i];
        }
      }
      return result;
    });
  }

  function answeredCount(results) {
    return results.reduce(function (sum, result) { return sum + result.answered; }, 0);
  }

  /* The interface texts of the site's language (kennisbank.js). The downloaded and mailed answers
     stay in Dutch whatever the language: 'kennisbank resultaten' reads them back by those words. */
  var t = window.KennisbankText || function (key) { return key; };

  /* '7 van 12 punten': in the mail (Dutch, see above). */
  function pointsText(score, max) { return score + " van " + max + " punten"; }

  /* '7 van 12 punten' on the page, in the site's language. */
  function shownPoints(score, max) { return t("questionnaire.pointsOf", { score: score, max: max }); }

  /* ------------------------------------------------------------ the result view */

  function resultTable(results) {
    var table = element("table", "vragenlijst-tabel");
    table.appendChild(element("caption", null, t("questionnaire.outcomeTable")));
    var head = table.appendChild(element("thead")).appendChild(element("tr"));
    [t("questionnaire.theme"), t("questionnaire.outcome"), t("questionnaire.points_column")].forEach(function (name) {
      var cell = head.appendChild(element("th", null, name));
      cell.setAttribute("scope", "col");
    });
    var body = table.appendChild(element("tbody"));
    results.forEach(function (result) {
      if (!result.theme.levels.length) return;
      var row = body.appendChild(element("tr"));
      row.setAttribute("data-theme", result.theme.id);
      row.setAttribute("data-score", String(result.score));
      var name = row.appendChild(element("th", null, result.theme.title));
      name.setAttribute("scope", "row");
      row.appendChild(element("td", "vragenlijst-tabel__niveau", result.level ? result.level.label
        : t("questionnaire.notComplete", { answered: result.answered, total: result.total })));
      row.appendChild(element("td", null, result.complete ? t("questionnaire.scoreOf", { score: result.score, max: result.theme.max }) : "–"));
    });
    return table;
  }

  function svgNode(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    for (var name in attributes) if (Object.prototype.hasOwnProperty.call(attributes, name)) node.setAttribute(name, String(attributes[name]));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* Per scored theme: a bar to the reader's score, and under it a band of the theme's levels, each
     with its own colour and pattern (colours that differ 3:1 from their neighbours and the page,
     WCAG 1.4.11; the patterns for whoever cannot tell the colours apart), its name and its range of
     points written under it, and a line where each level ends. Drawn in CSS pixels of the space it
     has, so its text stays readable on a phone. The table above says the same in text. */
  var LEVEL_PATTERNS = 6;   // questionnaire.css has a fill per level class; patterns repeat after six

  function resultChart(results, width, id) {
    var scored = results.filter(function (result) { return result.theme.levels.length; });
    var w = Math.max(240, Math.floor(width));
    var rowHeight = 146;
    var svg = svgNode("svg", { xmlns: SVG, width: w, height: scored.length * rowHeight, viewBox: "0 0 " + w + " " + scored.length * rowHeight,
                               role: "img", "aria-labelledby": id + "_titel " + id + "_beschrijving", focusable: "false", "class": "vragenlijst-grafiek__svg" });
    svg.appendChild(svgNode("title", { id: id + "_titel" }, t("questionnaire.chartTitle")));
    var description = scored.map(function (result) {
      return result.theme.title + ": " + (result.level ? shownPoints(result.score, result.theme.max) + ", " + result.level.label
                                                         : t("questionnaire.notCompleteLower"));
    }).join(". ") + ". " + scored.map(function (result) {
      return t("questionnaire.chartLevels", { theme: result.theme.title, levels: result.theme.levels.map(function (level) {
        return level.label + " " + rangeText(level);
      }).join(", ") });
    }).join(". ") + ".";
    svg.appendChild(svgNode("desc", { id: id + "_beschrijving" }, description));
    svg.appendChild(levelPatterns(id));
    var maxChars = Math.floor(w / 9);
    scored.forEach(function (result, index) {
      var theme = result.theme;
      var top = index * rowHeight;
      var row = svg.appendChild(svgNode("g", { "class": "vragenlijst-grafiek__rij", "data-theme": theme.id }));
      var span = theme.max - theme.min;
      var x = function (score) { return span > 0 ? Math.round((score - theme.min) / span * (w - 2)) + 1 : w - 1; };
      // Where level i ends: halfway between its highest score and the next level's lowest.
      var edge = function (i) { return span > 0 ? Math.round((theme.levels[i].to + 0.5 - theme.min) / span * (w - 2)) + 1 : w - 1; };
      var title = theme.title.length > maxChars ? theme.title.slice(0, maxChars - 1) + "…" : theme.title;
      row.appendChild(svgNode("text", { x: 0, y: top + 18, "class": "vragenlijst-grafiek__thema" }, title));
      row.appendChild(svgNode("rect", { x: 1, y: top + 27, width: w - 2, height: 20, "class": "vragenlijst-grafiek__baan" }));
      if (result.level) {
        row.appendChild(svgNode("rect", { x: 1, y: top + 27, width: Math.max(x(result.score) - 1, 0), height: 20, "class": "vragenlijst-grafiek__staaf" }));
      }
      theme.levels.forEach(function (level, i) {
        var from = i === 0 ? 1 : edge(i - 1), to = i === theme.levels.length - 1 ? w - 1 : edge(i);
        var reached = result.level === level;
        row.appendChild(svgNode("rect", { x: from, y: top + 53, width: Math.max(to - from, 0), height: 16,
                                          fill: "url(#" + id + "_patroon_" + (i % LEVEL_PATTERNS) + ")",
                                          "class": "vragenlijst-grafiek__niveau" + (reached ? " is-bereikt" : "") }));
        var middle = (from + to) / 2, chars = Math.max(Math.floor((to - from) / 7.5), 3);
        var anchor = i === 0 && theme.levels.length > 1 ? "start" : i === theme.levels.length - 1 && theme.levels.length > 1 ? "end" : "middle";
        var at = anchor === "start" ? from : anchor === "end" ? to : middle;
        var name = level.label.length > chars ? level.label.slice(0, chars - 1) + "…" : level.label;
        row.appendChild(svgNode("text", { x: at, y: top + 86, "text-anchor": anchor,
                                          "class": "vragenlijst-grafiek__niveaunaam" + (reached ? " is-bereikt" : "") }, name));
        row.appendChild(svgNode("text", { x: at, y: top + 103, "text-anchor": anchor, "class": "vragenlijst-grafiek__bereik" }, rangeText(level)));
      });
      for (var i = 0; i < theme.levels.length - 1; i++) {
        row.appendChild(svgNode("line", { x1: edge(i), x2: edge(i), y1: top + 23, y2: top + 73, "class": "vragenlijst-grafiek__grens" }));
      }
      row.appendChild(svgNode("text", { x: 0, y: top + 128, "class": "vragenlijst-grafiek__uitkomst" },
                              result.level ? shownPoints(result.score, theme.max) + " · " + result.level.label : t("questionnaire.notCompleteShort")));
    });
    return svg;
  }

  function rangeText(level) {
    var range = level.from === level.to ? level.from : level.from + "–" + level.to;
    return t("questionnaire.points." + (level.to === 1 ? "one" : "other"), { count: range });
  }

  /* One pattern per level: a fill (its colour comes from questionnaire.css) and a different figure
     on it (none, stripes, dots, crossing lines, rings, bars). */
  function levelPatterns(id) {
    var defs = svgNode("defs", {});
    var figures = [
      null,
      [["path", { d: "M-2 2l4-4M0 8l8-8M6 10l4-4" }]],
      [["circle", { cx: 4, cy: 4, r: 1.6 }]],
      [["path", { d: "M0 0l8 8M8 0l-8 8" }]],
      [["circle", { cx: 4, cy: 4, r: 2.2, fill: "none" }]],
      [["path", { d: "M0 4h8" }]]
    ];
    for (var i = 0; i < LEVEL_PATTERNS; i++) {
      var pattern = defs.appendChild(svgNode("pattern", { id: id + "_patroon_" + i, width: 8, height: 8, patternUnits: "userSpaceOnUse" }));
      pattern.appendChild(svgNode("rect", { width: 8, height: 8, "class": "vragenlijst-grafiek__vlak vragenlijst-grafiek__vlak--" + (i + 1) }));
      (figures[i] || []).forEach(function (figure) {
        var attributes = { "class": "vragenlijst-grafiek__figuur vragenlijst-grafiek__figuur--" + (i + 1) };
        for (var name in figure[1]) if (Object.prototype.hasOwnProperty.call(figure[1], name)) attributes[name] = figure[1][name];
        pattern.appendChild(svgNode(figure[0], attributes));
      });
    }
    return defs;
  }

  function answerList(model, answers) {
    var box = element("div", "vragenlijst-antwoorden");
    model.themes.forEach(function (theme) {
      box.appendChild(element("h4", null, theme.title));
      var list = box.appendChild(element("dl", "vragenlijst-antwoorden__lijst"));
      theme.questions.forEach(function (question) {
        list.appendChild(element("dt", null, question.number + ". " + question.text));
        var text = answerText(question, answers, "; ");
        /* Points only where they lead to an outcome; a 1-to-5 scale without levels is just an opinion. */
        var points = theme.levels.length ? questionPoints(question, answers) : null;
        list.appendChild(element("dd", text ? null : "vragenlijst-antwoorden__leeg",
                                 text ? text + (points !== null ? " (" + t("questionnaire.points", { count: points }) + ")" : "") : t("questionnaire.unanswered")));
      });
    });
    return box;
  }

  function isAnswered(question, answers) {
    return question.textarea ? typeof answers[question.id] === "string" && norm(answers[question.id]) !== ""
                             : chosenOptions(question, answers).length > 0;
  }

  /* The questions still open, each a link to itself: the reader sees which answers the result
     lacks and gets there in one tap. Empty when every question is answered. */
  function unansweredList(model, answers) {
    var box = element("div", "vragenlijst-open-vragen");
    var open = [];
    eachQuestion(model, function (question) { if (!isAnswered(question, answers)) open.push(question); });
    if (!open.length) return box;
    box.appendChild(element("p", "vragenlijst-open-vragen__kop", open.length === 1 ? t("questionnaire.openOne")
                                                                                      : t("questionnaire.openMany", { count: open.length })));
    var list = box.appendChild(element("ul"));
    open.forEach(function (question) {
      var link = list.appendChild(element("li")).appendChild(element("a", null, t("questionnaire.questionLink", { number: question.number, text: question.text })));
      link.href = "#" + question.element.id;
    });
    return box;
  }

  function renderResults(page, results, answers) {
    var box = page.result.querySelector(".vragenlijst-uitkomst__inhoud");
    box.textContent = "";
    var answered = answeredCount(results);
    var summary = box.appendChild(element("p", "vragenlijst-uitkomst__samenvatting",
                                          t("questionnaire.answered", { answered: answered, total: page.model.count })));
    var scored = results.filter(function (result) { return result.theme.levels.length; });
    box.appendChild(unansweredList(page.model, answers));
    if (scored.length) {
      if (scored.some(function (result) { return !result.complete; })) {
        summary.textContent += " " + t("questionnaire.noOutcomeYet");
      }
      box.appendChild(resultTable(results));
      var figure = box.appendChild(element("figure", "vragenlijst-grafiek"));
      figure.appendChild(resultChart(results, box.clientWidth || 320, "vragenlijst_grafiek"));
      figure.appendChild(element("figcaption", null, t("questionnaire.chartCaption")));
      scored.forEach(function (result) {
        if (!result.level) return;
        var part = box.appendChild(element("div", "vragenlijst-uitkomst__thema"));
        part.setAttribute("data-theme", result.theme.id);
        part.appendChild(element("h3", null, result.theme.title + ": " + result.level.label));
        var text = part.appendChild(element("div", "vragenlijst-uitkomst__tekst"));
        for (var i = 0; i < result.level.text.childNodes.length; i++) text.appendChild(result.level.text.childNodes[i].cloneNode(true));
        /* A copied glossary link lost the pop-up behaviour kennisbank.js gave the original: make it a
           plain link to the term's page again. */
        var terms = text.querySelectorAll("a.term-link");
        for (var j = 0; j < terms.length; j++) {
          terms[j].removeAttribute("role");
          terms[j].removeAttribute("aria-expanded");
          terms[j].removeAttribute("aria-controls");
        }
      });
    }
    box.appendChild(element("h3", null, scored.length ? t("questionnaire.yourAnswers") : t("questionnaire.perTheme")));
    box.appendChild(answerList(page.model, answers));
  }

  /* ------------------------------------------------------------ downloads and e-mail */

  /* A spreadsheet cell: quoted when needed; text that a spreadsheet would run as a formula gets a
     leading apostrophe (answers can come from anyone who fills in the form). */
  function cell(value, isText) {
    var text = value === null || value === undefined ? "" : String(value);
    if (isText && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[";\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCSV(model, answers, results, stamp) {
    var lines = [["thema_id", "thema", "vraag_id", "vraag", "soort", "antwoord", "punten"].join(";")];
    if (stamp) lines = lines.concat(window.KennisbankInzending.csvLines(stamp));
    results.forEach(function (result) {
      var theme = result.theme;
      theme.questions.forEach(function (question) {
        var points = questionPoints(question, answers);
        lines.push([cell(theme.id), cell(theme.title, true), cell(question.id), cell(question.text, true), cell(question.type),
                    cell(answerText(question, answers), true), cell(points)].join(";"));
      });
      if (theme.levels.length) {
        lines.push([cell(theme.id), cell(theme.title, true), "", cell("Uitkomst van het thema", true), "uitkomst",
                    cell(result.level ? result.level.label : "Nog niet alle vragen beantwoord", true),
                    cell(result.complete ? result.score : null)].join(";"));
      }
    });
    /* A byte-order mark, so Excel reads the file as UTF-8; ';' is what Dutch Excel splits on. */
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function toJSON(model, answers, results, stamp) {
    return JSON.stringify({
      vragenlijst: model.name,
      inzending: stamp ? stamp.id : undefined,
      versie: stamp ? stamp.versie : undefined,
      titel: model.title,
      themas: results.map(function (result) {
        var theme = result.theme;
        var item = {
          id: theme.id,
          titel: theme.title,
          vragen: theme.questions.map(function (question) {
            var answer = question.textarea ? (answerText(question, answers) || null)
              : question.type === "multiple" ? chosenOptions(question, answers).map(function (option) { return option.label; })
              : (answerText(question, answers) || null);
            return { id: question.id, vraag: question.text, soort: question.type, antwoord: answer, punten: questionPoints(question, answers) };
          })
        };
        if (theme.levels.length) {
          item.uitkomst = { punten: result.complete ? result.score : null, minimum: theme.min, maximum: theme.max,
                            niveau: result.level ? result.level.label : null };
        }
        return item;
      })
    }, null, 2) + "\n";
  }

  function download(name, type, text) { window.KennisbankInzending.download(name, type, text); }

  /* The submission id and version of the answers (submission.js), made the first time they are needed. */
  function stampOf(state) { return window.KennisbankInzending ? window.KennisbankInzending.ensure(state) : null; }

  function mailBody(model, answers, results, compact, cut, stamp) {
    var lines = ["Vragenlijst: " + model.title].concat(stamp ? [window.KennisbankInzending.mailLine(stamp)] : [], [""]);
    if (compact) lines.splice(1, 0, "De nummers zijn die van de vragen in de vragenlijst.");
    if (cut) lines.splice(1, 0, "Lange antwoorden zijn ingekort. Download je antwoorden voor de volledige tekst.");
    results.forEach(function (result) {
      lines.push(result.theme.title);
      result.theme.questions.forEach(function (question) {
        var text = answerText(question, answers, "; ") || "(niet beantwoord)";
        if (cut && text.length > 200) text = text.slice(0, 199) + "…";
        lines.push(compact ? question.number + ". " + text : question.number + ". " + question.text + "\r\n   Antwoord: " + text);
      });
      if (result.theme.levels.length) {
        lines.push("Uitkomst: " + (result.level ? result.level.label + " (" + pointsText(result.score, result.theme.max) + ")"
                                                : "nog niet alle vragen beantwoord"));
      }
      lines.push("");
    });
    if (stamp) lines.push(window.KennisbankInzending.mailEnd);
    return lines;
  }

  /* The mailto: link with subject and answers, shortened step by step when it would be too long:
     without the question texts, then with long open answers cut, then cut off at the end. Only the
     last two lose answers, so only they count as shortened. */
  function mailHref(base, model, answers, results, stamp) {
    var subject = "?subject=" + encodeURIComponent("Antwoorden: " + model.title) + "&body=";
    var href = function (lines) { return base + subject + encodeURIComponent(lines.join("\r\n")); };
    var attempts = [[false, false], [true, false], [true, true]];
    for (var i = 0; i < attempts.length; i++) {
      var full = href(mailBody(model, answers, results, attempts[i][0], attempts[i][1], stamp));
      if (full.length <= MAIL_LIMIT) return { href: full, shortened: i > 1 };
    }
    var lines = mailBody(model, answers, results, true, true, stamp);
    var note = "(Ingekort. Download je antwoorden en stuur het bestand mee als bijlage.)";
    while (lines.length > 2 && href(lines.concat([note])).length > MAIL_LIMIT) lines.pop();
    return { href: href(lines.concat([note])), shortened: true };
  }

  /* ------------------------------------------------------------ wiring */

  function init(form) {
    var article = form.closest("article") || document.body;
    var page = {
      form: form,
      model: readModel(form),
      result: article.querySelector(".vragenlijst-uitkomst"),
      actions: form.querySelector(".vragenlijst-acties"),
      progress: form.querySelector(".vragenlijst-voortgang"),
      status: form.querySelector(".vragenlijst-status"),
      show: form.querySelector(".vragenlijst-toon"),
      reset: form.querySelector(".vragenlijst-reset"),
      undo: form.querySelector(".vragenlijst-herstel"),
      mail: article.querySelector(".vragenlijst-mail"),
      keepStatus: article.querySelector(".vragenlijst-bewaren__status")
    };
    if (!page.result || !page.actions) return;
    var state = load(form);
    /* Answers kept before submissions had an id get one now, so every file made from them shares it. */
    if (Object.keys(state.answers).length && !state.inzending && stampOf(state)) save(form, state);
    var undoAnswers = null;
    var mailBase = page.mail ? page.mail.getAttribute("href") : null;
    var mailNote = null;
    if (page.mail) {
      mailNote = element("p", "vragenlijst-mail__let-op");
      mailNote.hidden = true;
      page.mail.parentNode.parentNode.insertBefore(mailNote, page.mail.parentNode.nextSibling);
    }

    var keys = article.querySelectorAll(".vragenlijst-sleutel");
    for (var k = 0; k < keys.length; k++) keys[k].open = false;
    page.actions.hidden = false;
    applyAnswers(page.model, state.answers);

    function update(rerender) {
      var answers = readAnswers(page.model);
      var results = evaluate(page.model, answers);
      var answered = answeredCount(results);
      page.progress.textContent = t("questionnaire.progress", { answered: answered, total: page.model.count });
      page.reset.hidden = answered === 0;
      if (page.mail) {
        var mail = mailHref(mailBase, page.model, answers, results, stampOf(state));
        page.mail.setAttribute("href", mail.href);
        mailNote.hidden = !mail.shortened;
        mailNote.textContent = mail.shortened ? t("questionnaire.mailShortened") : "";
      }
      if (rerender && !page.result.hidden) renderResults(page, results, answers);
      return { answers: answers, results: results };
    }

    function showResults(moveFocus) {
      page.result.hidden = false;
      article.classList.add("vragenlijst--uitkomst");
      update(true);
      if (moveFocus) page.result.querySelector("h2").focus();
    }

    function hideResults() {
      page.result.hidden = true;
      article.classList.remove("vragenlijst--uitkomst");
    }

    function store() {
      if (!save(form, state)) page.status.textContent = t("questionnaire.notKept");
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    /* Every change is saved at once; while someone types, the result view and the mail link wait
       for a pause instead of being redrawn for every key. */
    var pending = null;
    var onChange = function (event) {
      if (!event.target.closest || !event.target.closest(".vragenlijst-vraag")) return;
      state.answers = readAnswers(page.model);
      if (window.KennisbankInzending) window.KennisbankInzending.changed(state);
      store();
      if (undoAnswers) {
        undoAnswers = null;
        page.undo.hidden = true;
      }
      window.clearTimeout(pending);
      if (event.target.tagName === "TEXTAREA") pending = window.setTimeout(function () { update(true); }, 250);
      else update(true);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("input", onChange);

    page.show.addEventListener("click", function () {
      state.shown = true;
      store();
      showResults(true);
    });

    page.reset.addEventListener("click", function () {
      undoAnswers = state;
      state = { answers: {}, shown: false };
      forget(form);
      applyAnswers(page.model, {});
      hideResults();
      update(false);
      page.undo.hidden = false;
      page.status.textContent = t("questionnaire.cleared");
      var first = form.querySelector(".vragenlijst-vraag input, .vragenlijst-vraag textarea");
      if (first) first.focus();
    });

    page.undo.addEventListener("click", function () {
      if (!undoAnswers) return;
      state = undoAnswers;
      undoAnswers = null;
      applyAnswers(page.model, state.answers);
      store();
      page.undo.hidden = true;
      page.status.textContent = t("questionnaire.restored");
      if (state.shown) showResults(false); else update(false);
      page.show.focus();
    });

    var downloads = article.querySelectorAll(".vragenlijst-download");
    for (var d = 0; d < downloads.length; d++) {
      downloads[d].addEventListener("click", function (event) {
        var format = event.currentTarget.getAttribute("data-format");
        var now = update(false);
        var name = page.model.name + "-antwoorden." + format;
        var stamp = stampOf(state);
        store();
        if (format === "csv") download(name, "text/csv;charset=utf-8", toCSV(page.model, now.answers, now.results, stamp));
        else download(name, "application/json;charset=utf-8", toJSON(page.model, now.answers, now.results, stamp));
        page.keepStatus.textContent = t("download.saved", { name: name });
      });
    }

    /* The link waits for a pause in typing; a click right after typing still mails the latest text. */
    if (page.mail) page.mail.addEventListener("click", function () { update(false); store(); });

    var print = article.querySelector(".vragenlijst-print");
    if (print) print.addEventListener("click", function () { window.print(); });
    /* The scoring rules are on paper too when the form itself is printed. */
    var reopened = [];
    window.addEventListener("beforeprint", function () {
      for (var i = 0; i < keys.length; i++) if (!keys[i].open) { keys[i].open = true; reopened.push(keys[i]); }
    });
    window.addEventListener("afterprint", function () {
      while (reopened.length) reopened.pop().open = false;
    });

    var resizeTimer = null;
    window.addEventListener("resize", function () {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(function () {
        var figure = page.result.querySelector(".vragenlijst-grafiek");
        if (page.result.hidden || !figure) return;
        var now = update(false);
        figure.replaceChild(resultChart(now.results, page.result.querySelector(".vragenlijst-uitkomst__inhoud").clientWidth, "vragenlijst_grafiek"),
                            figure.querySelector("svg"));
      }, 150);
    });

    if (state.shown) showResults(false); else update(false);
    if (Object.keys(state.answers).length) page.status.textContent = t("questionnaire.restoredEarlier");
  }

  function start() {
    var forms = document.querySelectorAll("form.vragenlijst");
    for (var i = 0; i < forms.length; i++) init(forms[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
