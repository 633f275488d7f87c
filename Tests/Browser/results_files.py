"""The scenarios of results.py: answer sets made on the real pages, the files written from them (with
duplicates, newer versions, old exports without an id and broken files), `kennisbank resultaten` run on them, and
every check of the report against results_data's independent tally."""
import json
import os
import random
import re
import shutil

import results_data as rd
from common import REPO, CheckFailed, SiteServer, ensure
from questionnaire_spec import Spec, front_matter
from results_page import PageDriver

EML_KINDS = ["qp", "base64", "alternative", "flowed", "cp1252", "html"]


class Context:
    def __init__(self, report, desk, mob, srv, binary, work, shots, vnu_pages):
        self.report, self.desk, self.mob, self.srv = report, desk, mob, srv
        self.binary, self.work, self.shots, self.vnu_pages = binary, work, shots, vnu_pages


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def without_id(exports):
    """The exports as a page made them before submissions had an id."""
    data = json.loads(exports["json"])
    data.pop("inzending", None)
    data.pop("versie", None)
    lines = exports["csv"].decode("utf-8").split("\r\n")
    csv_old = "\r\n".join(l for l in lines if ";inzending;" not in l and ";versie;" not in l)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n", csv_old.encode("utf-8")


def make_answers(ctx, page, spec, folder, count, seed, mail=True, real_sample=4):
    """Fills the page `count` times; writes the exports to `folder`. Returns (final plans of the submissions,
    number of duplicate files, problems)."""
    rng = random.Random(seed)
    plans, duplicates, problems = [], 0, []
    for i in range(count):
        plan = rd.random_plan(spec, rng)
        page.fill(plan)
        exports = page.export(mail=mail)
        name = "%s/inzending-%03d" % (folder, i)
        kind = i % 10
        if i < real_sample:
            for fmt in ("csv", "json"):
                try:
                    _, real = page.real_download(fmt, os.path.join(ctx.work, "downloads"))
                except CheckFailed as e:
                    problems.append("submission %d: %s" % (i, e))
                    continue
                if real != exports[fmt]:
                    problems.append("the %s the browser saves differs from the Blob the page made (submission %d)" % (fmt, i))
        lossless = exports.get("mail") and rd.mail_loses_nothing(plan)
        if i % 15 == 14:
            old_json, old_csv = without_id(exports)
            write(name + "-oud.json", old_json)
            write(name + "-oud.csv", old_csv)
            duplicates += 1
        elif kind in (0, 1, 2) or (kind in (5, 6) and not lossless):
            write(name + ".csv", exports["csv"])
        elif kind in (3, 4):
            write(name + ".json", exports["json"])
        elif kind == 5:
            write(name + ".txt", rd.mail_txt(exports["mail"], preamble=i % 20 == 5))
        elif kind == 6:
            eml = EML_KINDS[(i // 10) % len(EML_KINDS)]
            try:
                write(name + "-" + eml + ".eml", rd.mail_eml(exports["mail"], exports["subject"], eml))
            except UnicodeEncodeError:
                write(name + "-qp.eml", rd.mail_eml(exports["mail"], exports["subject"], "qp"))
        elif kind == 7:
            write(name + ".csv", exports["csv"])
            write(name + ".json", exports["json"])
            duplicates += 1
            if lossless:
                write(name + ".txt", rd.mail_txt(exports["mail"]))
                duplicates += 1
        elif kind == 8:
            write(name + ".json", exports["json"])
            write(name + "-nogmaals.json", exports["json"])
            duplicates += 1
        else:
            # A newer version: the participant changes an answer after sending the first file.
            write(name + "-eerst.csv", exports["csv"])
            q = next(q for q in spec.questions if q["type"] in ("single", "scale"))
            plan = dict(plan)
            plan[q["id"]] = [(plan.get(q["id"], [0])[0] + 1) % len(q["options"])]
            page.fill(plan)
            write(name + "-later.json", page.export(mail=False)["json"])
            duplicates += 1
        plans.append(plan)
        page.reset()
    return plans, duplicates, problems


def broken_files(ctx, page, spec, folder, other_json, other_mail):
    """Files that must be left out: {relative name: (kind, line or None)}."""
    plan = rd.random_plan(spec, random.Random(7), skip=0)
    page.fill(plan)
    e = page.export()
    page.reset()
    csv_text = e["csv"].decode("utf-8")
    expected = {}

    def add(name, data, kind, line=None):
        write(os.path.join(folder, name), data)
        expected[name] = (kind, line)

    add("kapot/lf-regels.csv", csv_text.replace("\r\n", "\n"), "gewijzigd", 1)
    add("kapot/zonder-bom.csv", csv_text.lstrip("\ufeff"), "gewijzigd", 1)
    cut = e["csv"][: len(e["csv"]) * 3 // 5]
    add("kapot/afgebroken.csv", cut[:-1] if cut.endswith(b"\n") else cut, "kapot")
    add("kapot/afgebroken.json", e["json"][: len(e["json"]) // 2], "kapot")
    add("kapot/leeg.json", b"", "kapot", 1)
    first = spec.questions[0]
    lines = csv_text.split("\r\n")
    row = next(i for i, l in enumerate(lines) if (";%s;" % first["id"]) in l)
    cells = lines[row].split(";")
    cells[5] = "Bij de politie"
    lines[row] = ";".join(cells)
    add("kapot/onbekend-antwoord.csv", "\r\n".join(lines), "onbekende-vraag-of-antwoord", row + 1)
    data = json.loads(e["json"])
    data["themas"][0]["vragen"][0]["id"] = "bestaat-niet"
    add("kapot/onbekende-vraag.json", json.dumps(data, ensure_ascii=False, indent=2), "onbekende-vraag-of-antwoord")
    add("kapot/andere-vragenlijst.json", other_json, "andere-vragenlijst")
    if other_mail:
        add("kapot/andere-vragenlijst.txt", other_mail, "andere-vragenlijst")
    add("kapot/brief.docx", b"PK\x03\x04 not a export", "geen-export")
    add("kapot/groot.csv", b"\xef\xbb\xbf" + b"x;" * 600000, "te-groot")
    requoted = csv_text.replace(";single;", ';"single";', 1)
    add("kapot/bewerkt.csv", requoted, "gewijzigd")
    return expected


def check_rejections(summary, expected, stderr, root, problems):
    got = {os.path.relpath(g["bestand"], root) if os.path.isabs(g["bestand"]) else g["bestand"]: g for g in summary.get("geweigerd", [])}
    for name, (kind, line) in expected.items():
        match = next((g for n, g in got.items() if n.endswith(name)), None)
        if not match:
            problems.append("%s was not left out (geweigerd has %s)" % (name, sorted(got)[:5]))
            continue
        if match["soort"] != kind:
            problems.append("%s left out as %r, expected %r (%s)" % (name, match["soort"], kind, match["reden"]))
        if line is not None and match["regel"] != line:
            problems.append("%s left out at line %r, expected %r" % (name, match["regel"], line))
        if name not in stderr:
            problems.append("kennisbank resultaten does not name %s on the terminal" % name)
    extra = [n for n in got if not any(n.endswith(x) for x in expected)]
    if extra:
        problems.append("valid files were left out: %s" % [(n, got[n]["reden"]) for n in extra[:4]])


def run(ctx, args, label):
    from results import run_tool
    code, out, err = run_tool(ctx.binary, args, ctx.work)
    ensure(code == 0, "kennisbank resultaten (%s) failed with %d:\n%s" % (label, code, err[-3000:]))
    return out, err


def view_report(ctx, folder, summary, labels, name, quiz=False):
    from results import check_html
    problems = []
    rel = os.path.relpath(os.path.join(folder, "index.html"), ctx.work)
    ctx.vnu_pages.append(rel)
    with SiteServer(folder) as srv:
        for b in (ctx.desk, ctx.mob):
            check_html(b, srv, summary, labels, problems, quiz=quiz, shot=os.path.join(ctx.shots, "resultaten-%s-%d.png" % (name, b.width)))
    return problems


def evaluation(ctx, slug, count):
    spec = Spec(os.path.join(REPO, "content", "vragenlijsten", slug + ".md"))
    page = PageDriver(ctx.desk, ctx.srv.url("vragenlijsten/%s/index.html" % slug))
    answers = os.path.join(ctx.work, slug)
    state = {}

    def make():
        plans, duplicates, problems = make_answers(ctx, page, spec, answers, count, seed=30)
        other = PageDriver(ctx.desk, ctx.srv.url("vragenlijsten/oefen-zelfscan/index.html"))
        other.fill(rd.random_plan(Spec(spec.path.replace(slug, "oefen-zelfscan")), random.Random(3)))
        other_json = other.export(mail=False)["json"]
        page.b.get(page.url, settle=0.1)
        page.__init__(ctx.desk, page.url)
        mail = page.export()
        other_mail = mail["mail"].replace("Vragenlijst: " + spec.title, "Vragenlijst: Een andere vragenlijst") if mail["mail"] else None
        state.update(plans=plans, duplicates=duplicates, labels=page.labels,
                     broken=broken_files(ctx, page, spec, answers, other_json, other_mail))
        return problems
    ctx.report.run("resultaten-answers:%s" % slug, make)
    if "plans" not in state:
        return
    out = os.path.join(ctx.work, "rapport-" + slug)

    def counts():
        _, err = run(ctx, [spec.path, answers, "--output", out], slug)
        summary = json.load(open(os.path.join(out, "samenvatting.json"), encoding="utf-8"))
        want = rd.expected_summary(spec, state["labels"], state["plans"], 5)
        problems = []
        from results import compare_summary, check_csv_counts
        compare_summary(summary, want, problems)
        if summary.get("dubbel") != state["duplicates"]:
            problems.append("dubbel is %r, the test wrote %d duplicate files" % (summary.get("dubbel"), state["duplicates"]))
        check_rejections(summary, state["broken"], err, ctx.work, problems)
        html = open(os.path.join(out, "index.html"), encoding="utf-8").read()
        if "%d bestanden zijn weggelaten" % len(state["broken"]) not in html:
            problems.append("the report does not count the %d files it left out" % len(state["broken"]))
        for name in state["broken"]:
            if os.path.basename(name) in html:
                problems.append("the report names the file %s; it must say only how many and why" % name)
        check_csv_counts(out, summary, problems)
        state["summary"] = summary
        return problems
    ctx.report.run("resultaten-counts:%s" % slug, counts)
    if "summary" in state:
        ctx.report.run("resultaten-report:%s" % slug, lambda: view_report(ctx, out, state["summary"], state["labels"], "evaluatie"))
        ctx.report.run("resultaten-summary-sentences:%s" % slug, lambda: summary_sentences(ctx, out, spec, state))
    ctx.report.run("resultaten-deterministic:%s" % slug, lambda: deterministic(ctx, spec, answers))
    ctx.report.run("resultaten-small-group:%s" % slug, lambda: small_group(ctx, spec, answers, state))
    ctx.report.run("resultaten-secondary:%s" % slug, lambda: secondary(ctx, spec, page, state))


def summary_sentences(ctx, out, spec, state):
    """The summary questions' sentences carry the numbers of the independent tally."""
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        page = re.sub(r"\s+", " ", f.read())
    problems = []
    fm = front_matter(spec.path)
    for t in fm["themes"]:
        for q in t["questions"]:
            summary = q.get("summary")
            if not isinstance(summary, dict) or not summary.get("answers"):
                continue
            labels = state["labels"][q["id"]]
            yes = [labels.index(a) for a in summary["answers"]]
            answered = [p[q["id"]] for p in state["plans"] if q["id"] in p]
            k = sum(1 for a in answered if any(i in a for i in yes))
            n = len(answered)
            if k >= 5 and n - k >= 5:
                want = "%d van de %d deelnemers" % (k, n)
                pct = (200 * k + n) // (2 * n)
                if want not in page or "(%d%%)" % pct not in page:
                    problems.append("the summary of %r does not say %r (%d%%)" % (q["id"], want, pct))
    return problems


def deterministic(ctx, spec, answers):
    files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(answers) for f in fs)
    one, two = os.path.join(ctx.work, "det-1"), os.path.join(ctx.work, "det-2")
    run(ctx, [spec.path] + files + ["--output", one], "in order")
    shuffled = files[:]
    random.Random(5).shuffle(shuffled)
    run(ctx, [spec.path] + shuffled + ["--output", two], "shuffled")
    problems = []
    for name in ("index.html", "samenvatting.json", "samenvatting.csv"):
        if open(os.path.join(one, name), "rb").read() != open(os.path.join(two, name), "rb").read():
            problems.append("%s differs when the same files are given in another order" % name)
    run(ctx, [spec.path] + files + ["--output", one], "again into its own folder")
    return problems


def small_group(ctx, spec, answers, state):
    """Three submissions: the report says it is too small and shows no count; samenvatting.json neither."""
    files = sorted(os.path.join(answers, f) for f in os.listdir(answers) if re.match(r"inzending-00[0-2]\.csv$", f))
    ensure(len(files) == 3, "expected three CSV files inzending-000..002, found %s" % files)
    out = os.path.join(ctx.work, "klein")
    run(ctx, [spec.path] + files + ["--output", out], "three submissions")
    summary = json.load(open(os.path.join(out, "samenvatting.json"), encoding="utf-8"))
    problems = []
    for qid, entry in summary["vragen"].items():
        for label, value in (entry.get("opties") or {}).items():
            if value != "< 5":
                problems.append("with 3 submissions %r / %r shows %r" % (qid, label, value))
        if entry.get("mediaan") is not None:
            problems.append("with 3 submissions %r shows a median" % qid)
    text = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    if "minder dan 5" not in text or "geen aantallen of percentages" not in text:
        problems.append("the report of 3 submissions does not say it is too small for counts")
    if re.search(r"\(\d+%\)", text):
        problems.append("the report of 3 submissions shows a percentage")
    return problems


def secondary(ctx, spec, page, state):
    """6 × Ja, 6 × Misschien, 2 × Nee: 'Nee' is '< 5' and 'Misschien' the range 5–8, so 2 cannot be subtracted."""
    folder = os.path.join(ctx.work, "secundair")
    page.__init__(ctx.desk, page.url)
    rng = random.Random(11)
    plans = []
    for i, choice in enumerate([0] * 6 + [1] * 6 + [2] * 2):
        plan = rd.random_plan(spec, rng)
        plan["training-aanraden"] = [choice]
        page.fill(plan)
        write(os.path.join(folder, "s%02d.json" % i), page.export(mail=False)["json"])
        page.reset()
        plans.append(plan)
    out = os.path.join(ctx.work, "secundair-rapport")
    run(ctx, [spec.path, folder, "--output", out], "secondary suppression")
    summary = json.load(open(os.path.join(out, "samenvatting.json"), encoding="utf-8"))
    problems = []
    got = summary["vragen"]["training-aanraden"]["opties"]
    if got != {"Ja": 6, "Misschien": "5\u20138", "Nee": "< 5"}:
        problems.append("training-aanraden shows %r, expected Ja 6, Misschien 5–8, Nee < 5" % got)
    from results import compare_summary
    compare_summary(summary, rd.expected_summary(spec, state["labels"], plans, 5), problems, "14 submissions: ")
    html = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    if "5\u20138" not in html:
        problems.append("the report does not show the range 5–8")
    return problems


def zelfscan(ctx, slug, count):
    spec = Spec(os.path.join(REPO, "content", "vragenlijsten", slug + ".md"))
    page = PageDriver(ctx.desk, ctx.srv.url("vragenlijsten/%s/index.html" % slug))
    state = {}
    team_a, team_b = os.path.join(ctx.work, "team-a"), os.path.join(ctx.work, "team-b")

    def make():
        plans_a, dup_a, problems = make_answers(ctx, page, spec, team_a, count, seed=31, mail=False, real_sample=1)
        plans_b, dup_b, more = make_answers(ctx, page, spec, team_b, count // 3, seed=32, mail=False, real_sample=0)
        state.update(a=plans_a, b=plans_b, labels=page.labels)
        return problems + more
    ctx.report.run("resultaten-answers:%s" % slug, make)
    if "a" not in state:
        return
    out = os.path.join(ctx.work, "rapport-" + slug)

    def counts():
        run(ctx, [spec.path, team_a, "--output", out], slug)
        summary = json.load(open(os.path.join(out, "samenvatting.json"), encoding="utf-8"))
        problems = []
        from results import compare_summary
        compare_summary(summary, rd.expected_summary(spec, state["labels"], state["a"], 5), problems)
        state["summary"] = summary
        return problems
    ctx.report.run("resultaten-counts:%s" % slug, counts)
    if "summary" in state:
        ctx.report.run("resultaten-report:%s" % slug, lambda: view_report(ctx, out, state["summary"], state["labels"], "zelfscan"))
    compared = os.path.join(ctx.work, "vergelijk-" + slug)

    def compare():
        run(ctx, [spec.path, team_a, "--vergelijk", team_b, "--output", compared], "--vergelijk")
        summary = json.load(open(os.path.join(compared, "samenvatting.json"), encoding="utf-8"))
        problems = []
        from results import compare_summary
        compare_summary(summary, rd.expected_summary(spec, state["labels"], state["a"], 5), problems, "team-a: ")
        ensure("vergelijking" in summary, "samenvatting.json has no 'vergelijking' with --vergelijk")
        compare_summary(summary["vergelijking"], rd.expected_summary(spec, state["labels"], state["b"], 5), problems, "team-b: ")
        if summary.get("naam") != "team-a" or summary["vergelijking"].get("naam") != "team-b":
            problems.append("the groups are called %r and %r, not after their folders" % (summary.get("naam"), summary["vergelijking"].get("naam")))
        html = open(os.path.join(compared, "index.html"), encoding="utf-8").read()
        if "team-a: aantal" not in html or "team-b: aantal" not in html:
            problems.append("the comparison's tables do not show both groups side by side")
        ctx.vnu_pages.append(os.path.relpath(os.path.join(compared, "index.html"), ctx.work))
        with SiteServer(compared) as srv:
            import axe
            for b in (ctx.desk, ctx.mob):
                b.get(srv.url("index.html"), settle=0.2)
                problems += ["axe@%d: %s" % (b.width, v) for v in axe.run_axe(b.driver)]
                b.screenshot_full(os.path.join(ctx.shots, "resultaten-vergelijk-%d.png" % b.width))
        return problems
    ctx.report.run("resultaten-vergelijk:%s" % slug, compare)


def quiz(ctx, count):
    name = sorted(f[:-3] for f in os.listdir(os.path.join(REPO, "content", "toetsen")) if f.endswith(".md") and f != "_index.md")[0]
    path = os.path.join(REPO, "content", "toetsen", name + ".md")
    fm = front_matter(path)
    questions = [{"id": q["id"], "type": q["type"], "options": q["answers"]} for q in fm["questions"]]
    correct = {q["id"]: [i for i, a in enumerate(q["answers"]) if a.get("correct")] for q in fm["questions"]}

    class QuizSpec:
        themes = []

    spec = QuizSpec()
    spec.questions = questions
    state = {}
    folder = os.path.join(ctx.work, "toets-" + name)

    def make():
        page = PageDriver(ctx.desk, ctx.srv.url("toetsen/%s/index.html" % name), quiz=True)
        rng = random.Random(33)
        plans, problems = [], []
        for i in range(count):
            plan = {}
            for q in questions:
                if rng.random() < 0.1:
                    continue
                if rng.random() < 0.55:
                    plan[q["id"]] = correct[q["id"]]
                else:
                    wrong = [j for j in range(len(q["options"])) if j not in correct[q["id"]]] or [0]
                    plan[q["id"]] = sorted({rng.choice(wrong)} | ({correct[q["id"]][0]} if q["type"] == "multiple" and rng.random() < 0.5 else set()))
            page.fill(plan)
            exports = page.export()
            if i == 0:
                for fmt in ("csv", "json"):
                    _, real = page.real_download(fmt, os.path.join(ctx.work, "downloads"))
                    if real != exports[fmt]:
                        problems.append("the quiz %s the browser saves differs from the page's Blob" % fmt)
            write(os.path.join(folder, "toets-%03d.%s" % (i, "csv" if i % 2 else "json")), exports["csv" if i % 2 else "json"])
            plans.append(plan)
            page.reset()
        state.update(plans=plans, labels=page.labels)
        return problems
    ctx.report.run("resultaten-answers:toets-" + name, make)
    if "plans" not in state:
        return
    out = os.path.join(ctx.work, "rapport-toets-" + name)

    def counts():
        run(ctx, [path, folder, "--output", out], "quiz")
        summary = json.load(open(os.path.join(out, "samenvatting.json"), encoding="utf-8"))
        problems = []
        from results import compare_summary
        compare_summary(summary, rd.expected_summary(spec, state["labels"], state["plans"], 5, quiz=correct), problems)
        state["summary"] = summary
        return problems
    ctx.report.run("resultaten-counts:toets-" + name, counts)
    if "summary" in state:
        ctx.report.run("resultaten-report:toets-" + name, lambda: view_report(ctx, out, state["summary"], state["labels"], "toets", quiz=True))
