/* Kennisbank quizzes: checks answers in the browser, shows the feedback for the chosen answers and
   the explanation in a live region ('Deels goed' for a multiple-choice answer that is partly right,
   naming what was missed or wrongly ticked), keeps a score, lists at the end the pages to read
   again for the questions that went wrong, and remembers progress in localStorage only.
   Without JavaScript every question keeps its 'Toon antwoord' fallback. */
(function () {
  "use strict";
  var t = window.KennisbankText || function (key) { return key; };
  function th(key, values) { return t.escape ? t.escape(t(key, values)) : t(key, values); }

  /* The score, 'Opnieuw beginnen' and the end of the quiz follow the form (div.quiz-afsluiting),
     so that a wide screen can show them beside the questions. */
  function part(form, selector) {
    return form.querySelector(selector) || (form.closest("article") || document).querySelector(selector);
  }

  function storageKey(form) { return "kennisbank-toets-" + form.getAttribute("data-quiz"); }

  function load(form) {
    try { return JSON.parse(window.localStorage.getItem(storageKey(form)) || "{}") || {}; } catch (e) { return {}; }
  }

  function save(form, state) {
    try { window.localStorage.setItem(storageKey(form), JSON.stringify(state)); } catch (e) { /* storage off: fine */ }
  }

  function element(tag, className, html) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (html !== undefined) node.innerHTML = html;
    return node;
  }

  function labelText(item) {
    var label = item.querySelector("label");
    return label ? label.innerHTML : "";
  }

  function clearMarks(fieldset) {
    var marks = fieldset.querySelectorAll(".quiz-mark");
    for (var i = 0; i < marks.length; i++) marks[i].parentNode.removeChild(marks[i]);
    var items = fieldset.querySelectorAll(".quiz-answers__item");
    for (var j = 0; j < items.length; j++) items[j].classList.remove("is-right", "is-wrong");
  }

  function withoutMarks(html) { return html.replace(/<span class="quiz-mark">[\s\S]*?<\/span>/g, ""); }

  function verdict(kind, icon, text) {
    return '<p class="quiz-verdict quiz-verdict--' + kind + '"><span class="quiz-verdict__icon" aria-hidden="true">' + icon + "</span>" + text + "</p>";
  }

  /* Shows the verdict, the feedback of every chosen answer, the right answer(s) and the explanation.
     Returns null when nothing was chosen, else {right, partial}: partial for a multiple-choice
     answer with at least one right answer ticked that is not wholly right. */
  function showFeedback(fieldset, chosen) {
    var region = fieldset.querySelector(".quiz-feedback");
    var inputs = fieldset.querySelectorAll("input");
    clearMarks(fieldset);
    if (chosen.length === 0) {
      region.innerHTML = "<p>" + th("quiz.chooseFirst") + "</p>";
      return null;
    }
    var right = true;
    var rightLabels = [], missed = [], wronglyTicked = [], hits = 0;
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var isCorrect = input.getAttribute("data-correct") === "true";
      var picked = chosen.indexOf(input.value) !== -1;
      if (isCorrect !== picked) right = false;
      var item = input.closest(".quiz-answers__item");
      if (isCorrect) rightLabels.push(labelText(item));
      if (isCorrect && picked) hits += 1;
      if (isCorrect && !picked) missed.push(labelText(item));
      if (!isCorrect && picked) wronglyTicked.push(labelText(item));
      if (picked || isCorrect) {
        var mark = element("span", "quiz-mark", isCorrect ? "&#10004; " + th("quiz.markRight") : "&#10008; " + th("quiz.markWrong"));
        item.classList.add(isCorrect ? "is-right" : "is-wrong");
        item.querySelector("label").appendChild(document.createTextNode(" "));
        item.querySelector("label").appendChild(mark);
      }
    }
    var partial = !right && hits > 0 && fieldset.getAttribute("data-type") === "multiple";
    var html = right ? verdict("goed", "&#10004;", th("quiz.right"))
      : partial ? verdict("deels", "&#9680;", th("quiz.partly")) : verdict("fout", "&#10008;", th("quiz.wrong"));
    if (partial) html += partialFeedback(hits, rightLabels.length, missed, wronglyTicked);
    for (var k = 0; k < inputs.length; k++) {
      if (chosen.indexOf(inputs[k].value) === -1) continue;
      var owner = inputs[k].closest(".quiz-answers__item");
      var feedback = owner.querySelector(".quiz-answer-feedback");
      html += '<div class="quiz-chosen"><p><strong>' + th("quiz.yourAnswer") + "</strong> " + withoutMarks(labelText(owner)) + "</p>" + (feedback ? feedback.innerHTML : "") + "</div>";
    }
    if (!right) html += "<p><strong>" + th("quiz.correctAnswer") + "</strong> " + withoutMarks(rightLabels.join("; ")) + "</p>";
    var explanation = fieldset.querySelector(".quiz-explanation");
    if (explanation) html += '<div class="quiz-explanation-shown"><p><strong>' + th("quiz.explanation") + "</strong></p>" + explanation.innerHTML + "</div>";
    var more = fieldset.querySelectorAll(".quiz-learn-more");
    for (var m = 0; m < more.length; m++) html += '<p class="quiz-learn-more">' + more[m].innerHTML + "</p>";
    region.innerHTML = html;
    return { right: right, partial: partial };
  }

  /* 'Deels goed': how many of the right answers were ticked, which were missed, which were ticked wrongly. */
  function partialFeedback(hits, total, missed, wronglyTicked) {
    var html = '<ul class="quiz-deels">';
    html += "<li>" + th("quiz.partlyCount", { hits: hits, total: total }) + "</li>";
    if (missed.length) html += "<li><strong>" + th("quiz.missed") + "</strong> " + withoutMarks(missed.join("; ")) + "</li>";
    if (wronglyTicked.length) html += "<li><strong>" + th("quiz.wronglyTicked") + "</strong> " + withoutMarks(wronglyTicked.join("; ")) + "</li>";
    return html + "</ul>";
  }

  function chosenValues(fieldset) {
    var values = [];
    var inputs = fieldset.querySelectorAll("input:checked");
    for (var i = 0; i < inputs.length; i++) values.push(inputs[i].value);
    return values;
  }

  /* The saved result of every question on the page, in page order (saved answers to questions the
     page no longer has are left out). */
  function results(form, state) {
    var fieldsets = form.querySelectorAll(".quiz-question");
    var list = [];
    for (var i = 0; i < fieldsets.length; i++) {
      var id = fieldsets[i].getAttribute("data-question");
      if (Object.prototype.hasOwnProperty.call(state, id)) list.push({ fieldset: fieldsets[i], number: i + 1, saved: state[id] });
    }
    return { total: fieldsets.length, answered: list };
  }

  function updateScore(form, state) {
    var found = results(form, state);
    var total = found.total, answered = found.answered.length, good = 0, partly = 0;
    found.answered.forEach(function (result) {
      if (result.saved.right) good += 1; else if (result.saved.partial) partly += 1;
    });
    var score = part(form, ".quiz-score");
    var reset = part(form, ".quiz-reset");
    showEnd(form, found);
    if (answered === 0) { score.textContent = t("quiz.noneAnswered", { total: total }); return; }
    score.textContent = t("quiz.score", { good: good, total: total }) + (partly ? t("quiz.scorePartly", { partly: partly }) : "")
      + (answered < total ? t("quiz.scoreAnswered", { answered: answered, total: total })
                          : good < total ? t("quiz.scoreReadAgain") : t("quiz.scoreAllRight"));
    reset.hidden = false;
  }

  /* The end of the quiz, once every question is answered: the pages to read again (the questions'
     'Lees meer' links) for the questions that went wrong, each with the questions it explains. */
  function showEnd(form, found) {
    var end = part(form, ".quiz-einde");
    if (!end) return;
    end.textContent = "";
    end.hidden = found.total === 0 || found.answered.length < found.total;
    if (end.hidden) return;
    var wrong = found.answered.filter(function (result) { return !result.saved.right; });
    var heading = end.appendChild(element("h3", "quiz-einde__kop"));
    heading.textContent = wrong.length ? t("quiz.readAgain") : t("quiz.allRight");
    if (!wrong.length) {
      end.appendChild(element("p")).textContent = t("quiz.allRightText", { total: found.total });
      return;
    }
    var pages = [], byHref = {}, unlinked = [];
    wrong.forEach(function (result) {
      // The question's own 'Lees meer' links (its no-JS answer has them; the feedback has copies).
      var links = result.fieldset.querySelectorAll(".quiz-answer .quiz-learn-more a[href]");
      if (!links.length) unlinked.push(result);
      for (var i = 0; i < links.length; i++) {
        var href = links[i].getAttribute("href");
        if (!byHref[href]) { byHref[href] = { href: href, title: links[i].textContent, questions: [] }; pages.push(byHref[href]); }
        if (byHref[href].questions.indexOf(result) === -1) byHref[href].questions.push(result);
      }
    });
    var intro = end.appendChild(element("p"));
    intro.textContent = t("quiz.wrongCount", { count: wrong.length }) + (pages.length ? " " + t("quiz.pagesExplain") : "");
    if (pages.length) {
      var list = end.appendChild(element("ul", "quiz-herlees"));
      pages.forEach(function (page) {
        var item = list.appendChild(element("li"));
        var link = item.appendChild(element("a"));
        link.href = page.href;
        link.textContent = page.title;
        item.appendChild(document.createTextNode(" (" + t("quiz.at") + " "));
        appendQuestionLinks(item, page.questions);
        item.appendChild(document.createTextNode(")"));
      });
    }
    if (unlinked.length) {
      var rest = end.appendChild(element("p"));
      rest.appendChild(document.createTextNode(t("quiz.readAlso") + " "));
      appendQuestionLinks(rest, unlinked);
      rest.appendChild(document.createTextNode(" " + t("quiz.readAlsoAfter")));
    }
  }

  /* 'vraag 2, vraag 5 en vraag 7', each a link to its question. */
  function appendQuestionLinks(parent, questions) {
    questions.forEach(function (result, index) {
      if (index > 0) parent.appendChild(document.createTextNode(index === questions.length - 1 ? " " + t("words.and") + " " : ", "));
      var link = parent.appendChild(element("a"));
      link.href = "#" + result.fieldset.id;
      link.textContent = t("quiz.question", { number: result.number });
    });
  }

  /* Answers move as whole list items (input, label and feedback together), so a shuffled order
     never pairs a label or feedback with the wrong answer. Juist/onjuist keeps its order. */
  function shuffleAnswers(form) {
    if (form.getAttribute("data-shuffle") !== "true") return;
    var lists = form.querySelectorAll('.quiz-question:not([data-type="truefalse"]) .quiz-answers');
    for (var i = 0; i < lists.length; i++) {
      var items = Array.prototype.slice.call(lists[i].children);
      for (var j = items.length - 1; j > 0; j--) {
        var k = Math.floor(Math.random() * (j + 1));
        var swap = items[j]; items[j] = items[k]; items[k] = swap;
      }
      for (var n = 0; n < items.length; n++) lists[i].appendChild(items[n]);
    }
  }

  function init(form) {
    shuffleAnswers(form);
    var state = load(form);
    var fieldsets = form.querySelectorAll(".quiz-question");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    for (var i = 0; i < fieldsets.length; i++) {
      (function (fieldset) {
        var id = fieldset.getAttribute("data-question");
        var button = fieldset.querySelector(".quiz-check");
        button.hidden = false;
        button.addEventListener("click", function () {
          var chosen = chosenValues(fieldset);
          var outcome = showFeedback(fieldset, chosen);
          if (outcome === null) return;
          state[id] = { answers: chosen, right: outcome.right, partial: outcome.partial };
          save(form, state);
          updateScore(form, state);
        });
        var saved = state[id];
        if (saved && saved.answers) {
          var inputs = fieldset.querySelectorAll("input");
          for (var j = 0; j < inputs.length; j++) inputs[j].checked = saved.answers.indexOf(inputs[j].value) !== -1;
          showFeedback(fieldset, saved.answers);
        }
      })(fieldsets[i]);
    }
    var reset = part(form, ".quiz-reset");
    var closing = reset.closest(".quiz-afsluiting");
    if (closing) closing.hidden = false;
    reset.addEventListener("click", function () {
      state = {};
      try { window.localStorage.removeItem(storageKey(form)); } catch (e) { /* ignore */ }
      var inputs = form.querySelectorAll("input");
      for (var k = 0; k < inputs.length; k++) inputs[k].checked = false;
      for (var n = 0; n < fieldsets.length; n++) {
        clearMarks(fieldsets[n]);
        fieldsets[n].querySelector(".quiz-feedback").innerHTML = "";
      }
      part(form, ".quiz-score").textContent = t("quiz.cleared");
      showEnd(form, results(form, state));
      reset.hidden = true;
      if (inputs[0]) inputs[0].focus();
    });
    updateScore(form, state);
  }

  function start() {
    var forms = document.querySelectorAll("form.quiz");
    for (var i = 0; i < forms.length; i++) init(forms[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
