/* Kennisbank quizzes: checks answers in the browser, shows the feedback for the chosen answers and
   the explanation in a live region, keeps a score, and remembers progress in localStorage only.
   Without JavaScript every question keeps its 'Toon antwoord' fallback. */
(function () {
  "use strict";

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

  /* Shows the verdict, the feedback of every chosen answer, the right answer(s) and the explanation. */
  function showFeedback(fieldset, chosen) {
    var region = fieldset.querySelector(".quiz-feedback");
    var inputs = fieldset.querySelectorAll("input");
    clearMarks(fieldset);
    if (chosen.length === 0) {
      region.innerHTML = "<p>Kies eerst een antwoord.</p>";
      return null;
    }
    var right = true;
    var rightLabels = [];
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var isCorrect = input.getAttribute("data-correct") === "true";
      var picked = chosen.indexOf(input.value) !== -1;
      if (isCorrect !== picked) right = false;
      var item = input.closest(".quiz-answers__item");
      if (isCorrect) rightLabels.push(labelText(item));
      if (picked || isCorrect) {
        var mark = element("span", "quiz-mark", isCorrect ? "&#10004; goed antwoord" : "&#10008; niet goed");
        item.classList.add(isCorrect ? "is-right" : "is-wrong");
        item.querySelector("label").appendChild(document.createTextNode(" "));
        item.querySelector("label").appendChild(mark);
      }
    }
    var html = right
      ? '<p class="quiz-verdict quiz-verdict--goed"><span class="quiz-verdict__icon" aria-hidden="true">&#10004;</span>Goed!</p>'
      : '<p class="quiz-verdict quiz-verdict--fout"><span class="quiz-verdict__icon" aria-hidden="true">&#10008;</span>Niet goed.</p>';
    for (var k = 0; k < inputs.length; k++) {
      if (chosen.indexOf(inputs[k].value) === -1) continue;
      var owner = inputs[k].closest(".quiz-answers__item");
      var feedback = owner.querySelector(".quiz-answer-feedback");
      html += '<div class="quiz-chosen"><p><strong>Jouw antwoord:</strong> ' + labelText(owner).replace(/<span class="quiz-mark">[\s\S]*?<\/span>/g, "") + "</p>" + (feedback ? feedback.innerHTML : "") + "</div>";
    }
    if (!right) html += "<p><strong>Goed antwoord:</strong> " + rightLabels.join("; ").replace(/<span class="quiz-mark">[\s\S]*?<\/span>/g, "") + "</p>";
    var explanation = fieldset.querySelector(".quiz-explanation");
    if (explanation) html += '<div class="quiz-explanation-shown"><p><strong>Uitleg</strong></p>' + explanation.innerHTML + "</div>";
    var more = fieldset.querySelectorAll(".quiz-learn-more");
    for (var m = 0; m < more.length; m++) html += '<p class="quiz-learn-more">' + more[m].innerHTML + "</p>";
    region.innerHTML = html;
    return right;
  }

  function chosenValues(fieldset) {
    var values = [];
    var inputs = fieldset.querySelectorAll("input:checked");
    for (var i = 0; i < inputs.length; i++) values.push(inputs[i].value);
    return values;
  }

  function updateScore(form, state) {
    var total = form.querySelectorAll(".quiz-question").length;
    var answered = 0, good = 0;
    for (var id in state) {
      if (!Object.prototype.hasOwnProperty.call(state, id)) continue;
      answered += 1;
      if (state[id].right) good += 1;
    }
    var score = form.querySelector(".quiz-score");
    var reset = form.querySelector(".quiz-reset");
    if (answered === 0) { score.textContent = ""; return; }
    score.textContent = good + " van " + total + " goed" + (answered < total ? " (" + answered + " van " + total + " beantwoord)" : "");
    reset.hidden = false;
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
          var right = showFeedback(fieldset, chosen);
          if (right === null) return;
          state[id] = { answers: chosen, right: right };
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
    var reset = form.querySelector(".quiz-reset");
    reset.addEventListener("click", function () {
      state = {};
      try { window.localStorage.removeItem(storageKey(form)); } catch (e) { /* ignore */ }
      var inputs = form.querySelectorAll("input");
      for (var k = 0; k < inputs.length; k++) inputs[k].checked = false;
      for (var n = 0; n < fieldsets.length; n++) {
        clearMarks(fieldsets[n]);
        fieldsets[n].querySelector(".quiz-feedback").innerHTML = "";
      }
      form.querySelector(".quiz-score").textContent = "Je antwoorden zijn gewist. Je kunt opnieuw beginnen.";
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
