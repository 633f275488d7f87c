"""Test data for results.py: random answer plans for a vragenlijst or quiz, the mail text of a
submission in the forms mail programs save it in (.txt, and .eml as quoted-printable, base64,
multipart/alternative with HTML, format=flowed and Windows-1252, written by Python's email package or
by hand after RFC 3676), broken files, and an INDEPENDENT tally of what the report must say: counts
from the plans themselves (never from the files or from the Swift code), the small-group rule written
out again here, median and nearest-rank quartiles, and theme levels via questionnaire_spec."""
import email.header
import email.policy
import html
import math
import statistics
from email.message import EmailMessage

OPEN_POOL = [
    'Meer casussen uit de praktijk; minder theorie.',
    '=SOM(1;2) "citaat"\ntweede regel',
    'Over "acteurs" en rollenspel',
    'Emoji 👍 en een é, ook ÿ en €',
    '+31 is een formule voor Excel',
    '@team: graag een vervolg',
    '-- geen handtekening',
    'Eerste alinea.\n\nTweede alinea na een lege regel.',
    'Regels 1. en 2. zijn belangrijk',
    'Antwoord: dit is geen kopregel',
    'Uitkomst: nog onbekend',
    'Een lange regel die in een e-mailprogramma zeker wordt afgebroken omdat hij veel langer is dan tweeënzeventig tekens, en dan nog wat.',
    'tab\tin de tekst',
    'Kort.',
]


def random_plan(spec, rng, skip=0.08, open_rate=0.6, ascii_only=False):
    """{question id: [option indexes] or text}; unanswered questions are absent."""
    plan = {}
    for q in spec.questions:
        if rng.random() < skip:
            continue
        if q["type"] == "open":
            if rng.random() < open_rate:
                text = rng.choice(OPEN_POOL)
                if ascii_only:
                    text = text.encode("ascii", "ignore").decode() or "Kort."
                plan[q["id"]] = text
        elif q["type"] == "multiple":
            chosen = sorted(i for i in range(len(q["options"])) if rng.random() < 0.45)
            if chosen:
                plan[q["id"]] = chosen
        else:
            n = len(q["options"])
            # Skewed towards the upper middle, so some answers are common and some rare (small groups).
            weights = [1 + (i * 3 if i < n - 1 else 4) for i in range(n)]
            plan[q["id"]] = [rng.choices(range(n), weights=weights)[0]]
    return plan


# ---------------------------------------------------------------- mail forms

def mail_txt(body, preamble=False):
    text = body
    if preamble:
        text = "Hoi,\r\n\r\nHierbij mijn antwoorden.\r\n\r\n" + body + "\r\n\r\nVerzonden vanaf mijn iPhone\r\n"
    return text.encode("utf-8")


def _message(subject):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "Deelnemer <deelnemer@example.org>"
    m["To"] = "trainer@example.org"
    m["Subject"] = subject
    m["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"
    m["Message-ID"] = "<test@example.org>"
    return m


def mail_eml(body, subject, kind):
    """A saved message with the mail text: kind is 'qp', 'base64', 'alternative', 'html', 'cp1252' or 'flowed'."""
    text = body.replace("\r\n", "\n")
    if kind == "flowed":
        return flowed_eml(body, subject)
    m = _message(subject)
    if kind in ("qp", "base64"):
        m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable" if kind == "qp" else "base64")
    elif kind == "cp1252":
        m.set_content(text.encode("cp1252"), maintype="text", subtype="plain", cte="quoted-printable",
                      params={"charset": "windows-1252"})
    elif kind == "alternative":
        m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        m.add_alternative(as_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    elif kind == "html":
        m.set_content(as_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        raise ValueError(kind)
    return m.as_bytes()


def as_html(text):
    """Roughly what Gmail and Outlook put in the HTML part: <div>s and <br>, leading spaces as &nbsp;."""
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        lines.append("&nbsp;" * (len(line) - len(stripped)) + html.escape(stripped))
    return '<html><head><style>p{margin:0}</style></head><body><div dir="ltr">' + "<br>\n".join(lines) + "</div></body></html>"


def flowed_eml(body, subject, width=72):
    """format=flowed as Thunderbird sends it (RFC 3676): trailing spaces of hard lines trimmed, lines that start
    with a space, '>' or 'From ' space-stuffed, long lines broken at spaces with the space left at the end."""
    out = []
    for line in body.replace("\r\n", "\n").split("\n"):
        line = line.rstrip(" ")
        if line.startswith((" ", ">", "From ")):
            line = " " + line
        while len(line) > width:
            cut = line.rfind(" ", 1, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            rest = line[cut + 1:]
            line = (" " + rest) if rest.startswith((" ", ">", "From ")) else rest
        out.append(line)
    head = ("From: Deelnemer <deelnemer@example.org>\r\nTo: trainer@example.org\r\nSubject: %s\r\n"
            "Date: Mon, 02 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nUser-Agent: Mozilla Thunderbird\r\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            % email.header.Header(subject, "utf-8").encode())
    return (head + "\r\n".join(out) + "\r\n").encode("utf-8")


def mail_loses_nothing(plan):
    """True when the mail forms keep every open answer exactly (no trailing spaces before line breaks, no tabs
    that an HTML part would turn into spaces)."""
    return all(not isinstance(a, str) or ("\t" not in a and " \n" not in a) for a in plan.values())


# ---------------------------------------------------------------- the independent tally

def cells(counts, additive, minimum):
    """The small-group rule, written out again: counts below `minimum` as '< N'; when exactly one cell of a breakdown
    that adds up is hidden, the smallest other one (the last of equals) as the range the total leaves it."""
    if minimum <= 1:
        return list(counts)
    out = [c if c >= minimum else "< %d" % minimum for c in counts]
    hidden = [i for i, c in enumerate(counts) if c < minimum]
    shown = [i for i, c in enumerate(counts) if c >= minimum]
    if additive and len(hidden) == 1 and shown:
        second = min(shown, key=lambda i: (counts[i], -i))
        both = counts[second] + counts[hidden[0]]
        low = max(minimum, both - (minimum - 1))
        out[second] = both if low >= both else "%d\u2013%d" % (low, both)
    return out


def one(count, minimum):
    return count if minimum <= 1 or count >= minimum else "< %d" % minimum


def quartiles(values):
    s = sorted(values)
    n = len(s)
    return [s[math.ceil(n / 4) - 1], s[math.ceil(3 * n / 4) - 1]]


def expected_summary(spec, labels, plans, minimum, quiz=None):
    """What samenvatting.json must hold for `plans` (the final answers of each counted submission)."""
    n = len(plans)
    small = minimum > 1 and n < minimum
    questions = {}
    for q in spec.questions:
        qid = q["id"]
        answered = [p[qid] for p in plans if qid in p]
        entry = {"soort": q["type"], "beantwoord": one(len(answered), minimum)}
        if q["type"] == "open":
            entry["teksten"] = sorted(answered)
            questions[qid] = entry
            continue
        counts = [sum(1 for a in answered if i in a) for i in range(len(labels[qid]))]
        shown = ["< %d" % minimum] * len(counts) if small else cells(counts, q["type"] != "multiple", minimum)
        entry["opties"] = dict(zip(labels[qid], shown))
        if q["type"] == "scale":
            steps = [a[0] + 1 for a in answered]
            ok = steps and not small and not (minimum > 1 and len(steps) < minimum)
            entry["mediaan"] = statistics.median(steps) if ok else None
            entry["kwartielen"] = quartiles(steps) if ok else None
        if quiz is not None:
            right = sum(1 for a in answered if sorted(a) == quiz[qid])
            rw = ["< %d" % minimum] * 2 if small else cells([right, len(answered) - right], True, minimum)
            entry["goed"], entry["fout"] = rw
            wrong = [i for i in range(len(counts)) if i not in quiz[qid]]
            best = max(wrong, key=lambda i: (counts[i], -i)) if wrong else None
            entry["vaakstFout"] = labels[qid][best] if best is not None and not small and counts[best] >= max(minimum, 1) and counts[best] > 0 else None
        questions[qid] = entry
    themes, scores = {}, {}
    for t in spec.themes:
        if not t["levels"]:
            continue
        levels = [0] * len(t["levels"])
        incomplete = 0
        complete_scores = []
        for p in plans:
            e = spec.expected(p)[t["id"]]
            if e["complete"]:
                levels[[l["label"] for l in t["levels"]].index(e["level"])] += 1
                complete_scores.append(e["score"])
            else:
                incomplete += 1
        shown = ["< %d" % minimum] * (len(levels) + 1) if small else cells(levels + [incomplete], True, minimum)
        themes[t["id"]] = dict(zip([l["label"] for l in t["levels"]], shown[:-1]))
        ok = complete_scores and not small and not (minimum > 1 and len(complete_scores) < minimum)
        scores[t["id"]] = {"minimum": t["low"], "maximum": t["high"], "onvolledig": shown[-1],
                           "mediaan": statistics.median(complete_scores) if ok else None,
                           "kwartielen": quartiles(complete_scores) if ok else None}
    return {"antwoorden": n, "vragen": questions, "themas": themes, "scores": scores}
