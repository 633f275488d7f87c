// Fixture stemmer: strips a few Dutch suffixes.
window.kbStem = function (w) { return w.toLowerCase().replace(/(heden|heid|en|e|s)$/, ''); };
