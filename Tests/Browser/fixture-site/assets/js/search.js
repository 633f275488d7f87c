// Fixture search over window.KENNISBANK_SEARCH: results in #zoekresultaten, count in #zoekstatus.
document.addEventListener('DOMContentLoaded', function () {
  var field = document.getElementById('zoekveld');
  var box = document.getElementById('zoekresultaten');
  var status = document.getElementById('zoekstatus');
  if (!field || !box) return;
  var root = document.body.getAttribute('data-root') || './';
  function render(q) {
    box.innerHTML = '';
    var words = q.toLowerCase().split(/\s+/).filter(Boolean).map(window.kbStem);
    if (!words.length) { status.textContent = ''; return; }
    var hits = (window.KENNISBANK_SEARCH || []).map(function (d) {
      var hay = (d.title + ' ' + d.text).toLowerCase();
      var s = 0;
      words.forEach(function (w) { if (hay.indexOf(w) >= 0) s += 1; if (d.title.toLowerCase().indexOf(w) >= 0) s += 2; });
      return {d: d, s: s};
    }).filter(function (h) { return h.s > 0; }).sort(function (a, b) { return b.s - a.s; });
    status.textContent = hits.length + (hits.length === 1 ? ' resultaat' : ' resultaten') + ' voor \u2018' + q + '\u2019';
    if (!hits.length) return;
    var ul = document.createElement('ul');
    hits.forEach(function (h) {
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = root + h.d.url; a.textContent = h.d.title;
      li.appendChild(a); ul.appendChild(li);
    });
    box.appendChild(ul);
  }
  field.addEventListener('input', function () { render(field.value.trim()); });
  document.querySelector('form.site-search').addEventListener('submit', function (e) { e.preventDefault(); render(field.value.trim()); });
  function close() { box.innerHTML = ''; status.textContent = ''; field.focus(); }
  field.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { var a = box.querySelector('a'); if (a) { e.preventDefault(); a.focus(); } }
    if (e.key === 'Escape') close();
  });
  box.addEventListener('keydown', function (e) {
    var links = Array.prototype.slice.call(box.querySelectorAll('a')), i = links.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && i >= 0 && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); if (i > 0) links[i - 1].focus(); else field.focus(); }
    if (e.key === 'Escape') close();
  });
  var q = new URLSearchParams(location.search).get('q');
  if (q) { field.value = q; render(q); }
});
