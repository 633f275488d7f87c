"""A quiz as a participant goes through it (issue #27): every question says 'Vraag 3 van 7', a partly right
answer to a multiple-choice question is 'Deels goed' and names what was missed or wrongly ticked, and at the
end the quiz lists the pages to read again for the questions that went wrong. The correct answers come from
the page itself (interactive.correct_answers), so nothing here knows the content. Each public function is
one named check; it raises CheckFailed or returns a list of problems."""
import os
import re
import time

import axe
from common import ensure, norm
from interactive import Quiz, correct_answers, js, text_of, wait_for


def _fresh_quiz(b, page_url):
    """The quiz page with nothing answered (other checks may have left answers in localStorage)."""
    b.get(page_url, settle=0.1)
    js(b.driver, "for (const k of Object.keys(localStorage)) if (k.startsWith('kennisbank-toets-')) localStorage.removeItem(k);")
    return Quiz(b, page_url)


def numbering(b, page_url):
    """Each question's legend starts 'Vraag N van M'."""
    d = b.driver
    b.get(page_url, settle=0.1)
    numbers = [norm(x) for x in js(d, "return [...document.querySelectorAll('fieldset.quiz-question legend')]"
                                       ".map(l => (l.querySelector('.quiz-question__number') || l).textContent)")]
    ensure(numbers, "no fieldset.quiz-question legend on %s" % page_url)
    total = len(numbers)
    return ["question %d's legend starts %r, expected 'Vraag %d van %d'" % (i + 1, text, i + 1, total)
            for i, text in enumerate(numbers) if not re.match(r"^Vraag %d van %d\b" % (i + 1, total), text)]


def _labels(q, indexes):
    return [q["opts"][k]["label"] for k in indexes]


def _multiple_with_choice(qz):
    """A multiple-choice question where one can be partly right: two right answers, or a wrong one beside one."""
    for i, (q, kind) in enumerate(zip(qz.model["questions"], qz.types)):
        if kind != "multiple":
            continue
        right = correct_answers(q)
        wrong = [k for k in range(len(q["opts"])) if k not in right]
        if len(right) >= 2 or wrong:
            return i, q, right, wrong
    return None


def partly_right(b, page_urls):
    """A multiple-choice answer with some right answers ticked but not all, or with a wrong one too:
    'Deels goed', naming the right answer that was missed and the one ticked wrongly; the score counts it."""
    d = b.driver
    pick = None
    for url in page_urls:
        qz = _fresh_quiz(b, url)
        pick = _multiple_with_choice(qz)
        if pick:
            break
    ensure(pick, "no quiz has a multiple-choice question with more than one answer to choose from")
    i, q, right, wrong = pick
    problems = []
    ticked = [right[0]] + ([wrong[0]] if wrong else [])
    missed = right[1:]
    for k in ticked:
        qz.click_option(i, k, problems)
    qz.press_check(i, problems)
    text = wait_for(lambda: text_of(d, qz.parts(i)["feedback"]), 2.0) or ""
    if "Deels goed" not in text:
        problems.append("question %r with %s ticked (right: %s) says %r, expected 'Deels goed'"
                        % (q["id"], _labels(q, ticked), _labels(q, right), text[:200]))
    lines = [norm(x) for x in js(d, "return [...arguments[0].querySelectorAll('li')].map(li => li.textContent)", qz.parts(i)["feedback"])]

    def named(prefix, label):
        return any(line.startswith(prefix) and label in line for line in lines)
    for label in _labels(q, missed):
        if not named("Je miste:", label):
            problems.append("the feedback does not name the missed answer %r in a line 'Je miste: ...': %r" % (label, lines))
    for label in _labels(q, [k for k in ticked if k in wrong]):
        if not named("Niet goed aangevinkt:", label):
            problems.append("the feedback does not name the wrongly ticked %r in a line 'Niet goed aangevinkt: ...': %r" % (label, lines))
    score = norm(js(d, "const s = document.querySelector('p.quiz-score'); return s ? s.textContent : ''"))
    if "1 deels goed" not in score:
        problems.append("the score says %r; it should count the partly right answer ('1 deels goed')" % score)
    viol = axe.run_axe(d)
    if viol:
        problems.append("axe with 'Deels goed' shown:\n" + "\n".join(viol))
    return problems


END_JS = r"""
const end = document.querySelector('.quiz-einde');
if (!end) return null;
const r = end.getBoundingClientRect();
return {shown: !end.hidden && r.height > 0, text: (end.innerText || '').replace(/\s+/g, ' ').trim(),
        pages: [...end.querySelectorAll('.quiz-herlees > li')].map(li => ({
          href: li.querySelector('a').href,
          questions: [...li.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'))}))};
"""


LEARN_MORE_JS = """return [...document.querySelectorAll('fieldset.quiz-question')].map(f =>
    [...new Set([...f.querySelectorAll('details.quiz-answer .quiz-learn-more a[href]')].map(a => a.href))]);"""


def reread(b, page_urls, shot_path=None):
    """One question with 'Lees meer' pages answered wrongly and the rest rightly: nothing is listed before the
    last answer; after it, the end of the quiz lists that question's pages (and links to the question)."""
    d = b.driver
    target = None
    for url in page_urls:
        qz = _fresh_quiz(b, url)
        questions = qz.model["questions"]
        links = js(d, LEARN_MORE_JS)
        target = next((i for i, q in enumerate(questions) if links[i] and len(q["opts"]) > len(correct_answers(q))), None)
        if target is not None:
            break
    ensure(target is not None, "no quiz question has 'Lees meer' pages and a wrong answer to choose")
    problems = []
    fieldset_ids = js(d, "return [...document.querySelectorAll('fieldset.quiz-question')].map(f => f.id)")
    for i, q in enumerate(questions):
        right = correct_answers(q)
        choice = [next(k for k in range(len(q["opts"])) if k not in right)] if i == target else right
        for k in choice:
            qz.click_option(i, k, problems)
        qz.press_check(i, problems)
        wait_for(lambda: text_of(d, qz.parts(i)["feedback"]), 2.0)
        end = js(d, END_JS)
        ensure(end is not None, "the quiz page has no .quiz-einde (the end of the quiz)")
        if i < len(questions) - 1 and end["shown"]:
            problems.append("the end of the quiz shows after %d of %d answers" % (i + 1, len(questions)))
    end = wait_for(lambda: (lambda e: e if e and e["shown"] else None)(js(d, END_JS)), 2.0)
    ensure(end, "after the last answer the end of the quiz (.quiz-einde) is not shown")
    listed = {p["href"]: p["questions"] for p in end["pages"]}
    for href in links[target]:
        if href not in listed:
            problems.append("the end of the quiz does not list %s, the page to read again for question %d; it lists %s"
                            % (href, target + 1, sorted(listed)))
        elif listed[href] != ["#" + fieldset_ids[target]]:
            problems.append("the end lists %s with the questions %s; expected just question %d (#%s)"
                            % (href, listed[href], target + 1, fieldset_ids[target]))
    others = {h for i, hs in enumerate(links) if i != target for h in hs} - set(links[target])
    extra = sorted(h for h in listed if h in others)
    if extra:
        problems.append("the end lists pages of questions answered rightly: %s" % extra)
    if shot_path:
        js(d, "document.querySelector('.quiz-afsluiting, .quiz-einde').scrollIntoView({block: 'start'}); window.scrollBy(0, -8);")
        time.sleep(0.2)
        b.screenshot_view(shot_path)
    viol = axe.run_axe(d)
    if viol:
        problems.append("axe with the end of the quiz shown:\n" + "\n".join(viol))
    return problems


def no_term_links_in_questions(b, page_url):
    """Questions and answer options carry no glossary links (a definition one tap away can give the answer);
    the explanations may."""
    d = b.driver
    b.get(page_url, settle=0.1)
    found = js(d, "return [...document.querySelectorAll('fieldset.quiz-question legend a.term-link, .quiz-question__text a.term-link, "
                  ".quiz-answers__item label a.term-link')].map(a => a.closest('fieldset').getAttribute('data-question') + ': ' + a.textContent);")
    return ["a quiz question or answer option links a glossary term: %s" % x for x in found]


def run_all(report, desk, mob, page_urls, shot_dir):
    """The checks above on every quiz page (numbering, no term links) or the first that has what they need;
    screenshots quiz-end-390/1280.png."""
    report.run("quiz-numbering", lambda: [p for url in page_urls for p in numbering(desk, url)])
    report.run("quiz-no-term-links", lambda: [p for url in page_urls for p in no_term_links_in_questions(desk, url)])
    report.run("quiz-partly-right", lambda: partly_right(desk, page_urls))
    report.run("quiz-reread@1280", lambda: reread(desk, page_urls, os.path.join(shot_dir, "quiz-end-1280.png")))
    report.run("quiz-reread@390", lambda: reread(mob, page_urls, os.path.join(shot_dir, "quiz-end-390.png")))

