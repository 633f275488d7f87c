// Fixture quiz: Controleer per question, score, reset.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form.quiz').forEach(function (form) {
    var key = JSON.parse(form.querySelector('.quiz-key').textContent);
    var results = {};
    var qs = form.querySelectorAll('fieldset.quiz-question');
    var score = form.querySelector('.quiz-score');
    function updateScore() {
      var ids = Object.keys(results);
      var good = ids.filter(function (k) { return results[k]; }).length;
      score.textContent = ids.length ? good + ' van ' + qs.length + ' goed' : '';
    }
    qs.forEach(function (fs) {
      var id = fs.getAttribute('data-question');
      var fb = fs.querySelector('.quiz-feedback');
      fs.querySelector('.quiz-check').addEventListener('click', function () {
        var chosen = [];
        fs.querySelectorAll('input').forEach(function (inp) { if (inp.checked) chosen.push(+inp.value); });
        if (!chosen.length) { fb.textContent = 'Kies eerst een antwoord.'; return; }
        var ok = JSON.stringify(chosen.sort()) === JSON.stringify(key[id].slice().sort());
        results[id] = ok;
        var expl = fs.querySelector('.quiz-explanation').textContent;
        fb.innerHTML = '';
        var p = document.createElement('p');
        p.className = ok ? 'goed' : 'fout';
        p.textContent = ok ? 'Goed!' : 'Niet goed.';
        var e = document.createElement('p');
        e.textContent = expl;
        fb.appendChild(p); fb.appendChild(e);
        updateScore();
      });
    });
    form.querySelector('.quiz-reset').addEventListener('click', function () {
      form.reset(); results = {};
      form.querySelectorAll('.quiz-feedback').forEach(function (f) { f.textContent = ''; });
      updateScore();
    });
  });
});
