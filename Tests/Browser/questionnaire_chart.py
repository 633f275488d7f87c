"""The zelfscan's bar chart read as a participant reads it (issue #27): under each scored theme's bar a band of
its levels, every level with a colour that differs at least 3:1 from its neighbours and from the page (WCAG
1.4.11), a pattern of its own (so that it is told apart without colour), its name and its range of points
written under it, and a line at every boundary. What the levels are comes from the front matter
(questionnaire_spec), not from the page."""
from common import ensure, norm
from interactive import js

CHART_JS = r"""
const svg = document.querySelector('.vragenlijst-uitkomst svg');
if (!svg) return null;
const colour = el => getComputedStyle(el).fill;
const rows = [...svg.querySelectorAll('g[data-theme]')].map(g => ({
  theme: g.getAttribute('data-theme'),
  levels: [...g.querySelectorAll('.vragenlijst-grafiek__niveau')].map(r => {
    const m = /url\(["']?#([^"')]+)["']?\)/.exec(r.getAttribute('fill') || '');
    const pattern = m ? document.getElementById(m[1]) : null;
    const base = pattern ? pattern.querySelector('.vragenlijst-grafiek__vlak') : null;
    return {pattern: m ? m[1] : null, fill: base ? colour(base) : colour(r),
            figure: pattern ? [...pattern.children].filter(c => c !== base).map(c => c.outerHTML.replace(/ (class|fill|stroke)="[^"]*"/g, '')).join('') : '',
            x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width'))};
  }),
  names: [...g.querySelectorAll('.vragenlijst-grafiek__niveaunaam')].map(t => t.textContent),
  ranges: [...g.querySelectorAll('.vragenlijst-grafiek__bereik')].map(t => t.textContent),
  boundaries: g.querySelectorAll('.vragenlijst-grafiek__grens').length}));
return {rows: rows, background: getComputedStyle(document.body).backgroundColor};
"""


def _rgb(css):
    parts = [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    return parts


def _luminance(rgb):
    def channel(c):
        c = c / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def range_label(level):
    span = str(level["from"]) if level["from"] == level["to"] else "%d–%d" % (level["from"], level["to"])
    return span + (" punt" if level["to"] == 1 else " punten")


def chart(b, spec, shot_path=None):
    """The chart on the page in browser b (its result view open) against the front matter's levels;
    a picture of the chart alone at shot_path."""
    if not any(t["levels"] for t in spec.themes):
        return []
    d = b.driver
    got = js(d, CHART_JS)
    ensure(got, "the result view has no chart (svg)")
    if shot_path:
        js(d, "document.querySelector('.vragenlijst-uitkomst svg').scrollIntoView({block: 'start'}); window.scrollBy(0, -40);")
        b.screenshot_view(shot_path)
    rows = {r["theme"]: r for r in got["rows"]}
    problems = []
    for theme in spec.themes:
        if not theme["levels"]:
            continue
        row = rows.get(theme["id"])
        if not row:
            problems.append("the chart has no row (g[data-theme=%r]) for the scored theme %r" % (theme["id"], theme["title"]))
            continue
        levels = theme["levels"]
        where = "at %d px, theme %r" % (b.width, theme["id"])
        if len(row["levels"]) != len(levels):
            problems.append("%s: the band shows %d levels, the scoring rule has %d" % (where, len(row["levels"]), len(levels)))
            continue
        if row["boundaries"] != len(levels) - 1:
            problems.append("%s: %d boundary lines for %d levels" % (where, row["boundaries"], len(levels)))
        for i, (level, drawn) in enumerate(zip(levels, row["levels"])):
            name = row["names"][i] if i < len(row["names"]) else ""
            label = level["label"]
            if not (name == label or (name.endswith("…") and label.startswith(name[:-1]) and len(name) > 3)):
                problems.append("%s: level %d is labelled %r, expected %r" % (where, i + 1, name, label))
            want = range_label(level)
            if i >= len(row["ranges"]) or norm(row["ranges"][i]) != want:
                problems.append("%s: the boundaries of level %r read %r, expected %r"
                                % (where, label, row["ranges"][i] if i < len(row["ranges"]) else None, want))
            ratio = contrast(drawn["fill"], got["background"])
            if ratio < 3:
                problems.append("%s: level %r (%s) differs only %.2f:1 from the page (WCAG 1.4.11 asks 3:1)" % (where, label, drawn["fill"], ratio))
            if i:
                before = row["levels"][i - 1]
                ratio = contrast(drawn["fill"], before["fill"])
                if ratio < 3:
                    problems.append("%s: levels %r and %r (%s, %s) differ only %.2f:1 (WCAG 1.4.11 asks 3:1)"
                                    % (where, levels[i - 1]["label"], label, before["fill"], drawn["fill"], ratio))
                if drawn["figure"] == before["figure"]:
                    problems.append("%s: levels %r and %r have the same pattern: without colour they look alike"
                                    % (where, levels[i - 1]["label"], label))
    return problems
