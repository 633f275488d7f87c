// Fixture: glossary disclosure per docs/FORMAT.md (a.term-link -> button-like disclosure + span.term-popover)
document.addEventListener('DOMContentLoaded', function () {
  var defs = document.getElementById('begrip-definities');
  var n = 0;
  document.querySelectorAll('a.term-link').forEach(function (a) {
    var slug = decodeURIComponent(a.pathname.replace(/index\.html$/, '').replace(/\/+$/, '').split('/').pop());
    var def = defs && defs.querySelector('[data-term-definition="' + slug + '"]');
    if (!def) return;
    var pop = document.createElement('span');
    pop.className = 'term-popover';
    pop.id = 'begrip-pop-' + (++n);
    pop.hidden = true;
    var text = document.createElement('span');
    text.innerHTML = def.innerHTML + ' ';
    var more = document.createElement('a');
    more.href = a.getAttribute('href');
    more.textContent = 'Lees meer over ' + a.textContent;
    pop.appendChild(text); pop.appendChild(more);
    a.insertAdjacentElement('afterend', pop);
    a.setAttribute('role', 'button');
    a.setAttribute('aria-expanded', 'false');
    a.setAttribute('aria-controls', pop.id);
    function set(open) { pop.hidden = !open; a.setAttribute('aria-expanded', open ? 'true' : 'false'); }
    a.addEventListener('click', function (e) { e.preventDefault(); set(pop.hidden); });
    a.addEventListener('keydown', function (e) {
      if (e.key === ' ') { e.preventDefault(); set(pop.hidden); }
      if (e.key === 'Escape') { set(false); a.focus(); }
    });
    pop.addEventListener('keydown', function (e) { if (e.key === 'Escape') { set(false); a.focus(); } });
  });
});
