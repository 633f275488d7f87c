"""What a vragenlijst (questionnaire) should do, computed from its Markdown file's front matter with PyYAML,
independently of the Swift build and of questionnaire.js: the points of every answer, the score range and
levels of every theme, and a plan of answers whose expected outcome the browser checks compare against.

The rules (docs/FORMAT.md): scale steps without points count 1, 2, 3 ...; a question is scored when all its
options have points; a theme's range is the sum of its scored questions' ranges (multiple choice: any set of
options, so from the sum of the negative points to the sum of the positive ones); levels go from low to high,
each up to its `max`, the first from the lowest score, the last to the highest. A theme has a level once
every scored scale or single-choice question is answered."""
import os
import re

import yaml

OPEN_TEXT = '=SOM(1;2) "citaat"\ntweede regel'     # CSV: a formula, a ';', quotes and a line break


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.match(r"^---\r?\n(.*?)\r?\n---\r?\n", text, re.S)
    if not m:
        raise ValueError("%s has no front matter" % path)
    return yaml.safe_load(m.group(1)) or {}


def _options(items, numbered):
    out = []
    for item in items or []:
        if isinstance(item, dict):
            out.append({"label": str(item["label"]), "points": item.get("points")})
        else:
            out.append({"label": str(item), "points": None})
    if numbered and all(o["points"] is None for o in out):
        for i, o in enumerate(out):
            o["points"] = i + 1
    return out


class Spec:
    def __init__(self, path):
        fm = front_matter(path)
        self.path = path
        self.title = fm.get("title", "")
        self.mailto = fm.get("mailto")
        scales = {name: _options(steps, True) for name, steps in (fm.get("scales") or {}).items()}
        self.themes = []
        number = 0
        for t in fm.get("themes") or []:
            theme = {"id": t["id"], "title": t["title"], "questions": [], "levels": []}
            for q in t.get("questions") or []:
                number += 1
                options = scales[q["scale"]] if q["type"] == "scale" else _options(q.get("options"), False)
                scored = q["type"] != "open" and bool(options) and all(o["points"] is not None for o in options)
                points = [o["points"] for o in options] if scored else []
                if not scored:
                    low = high = None
                elif q["type"] == "multiple":
                    low, high = sum(p for p in points if p < 0), sum(p for p in points if p > 0)
                else:
                    low, high = min(points), max(points)
                theme["questions"].append({"id": q["id"], "type": q["type"], "number": number, "options": options,
                                           "scored": scored, "needed": scored and q["type"] != "multiple",
                                           "low": low, "high": high})
            scored = [q for q in theme["questions"] if q["scored"]]
            theme["low"] = sum(q["low"] for q in scored) if scored else None
            theme["high"] = sum(q["high"] for q in scored) if scored else None
            lower = theme["low"]
            for level in t.get("levels") or []:
                upper = level.get("max", theme["high"])
                theme["levels"].append({"label": level["label"], "from": lower, "to": upper})
                lower = upper + 1
            self.themes.append(theme)
        self.questions = [q for t in self.themes for q in t["questions"]]

    def level(self, theme, score):
        for level in theme["levels"]:
            if level["from"] <= score <= level["to"]:
                return level["label"]
        return None

    def plan(self):
        """Answers to give: {question id: [option indexes] or text}. Scored themes aim at different scores: the
        first level's top, the next level's bottom, the highest and the lowest score, so boundaries are tested."""
        answers = {}
        scored_themes = [t for t in self.themes if t["levels"]]
        for t in self.themes:
            if t in scored_themes:
                k = scored_themes.index(t) % 4
                levels = t["levels"]
                target = [levels[0]["to"], levels[0]["to"] + 1 if len(levels) > 1 else levels[0]["to"],
                          t["high"], t["low"]][k]
                self._aim(t, target, answers)
            for q in t["questions"]:
                if q["id"] in answers:
                    continue
                if q["type"] == "open":
                    answers[q["id"]] = OPEN_TEXT
                elif q["type"] == "multiple":
                    answers[q["id"]] = sorted({0, len(q["options"]) - 1})
                else:
                    answers[q["id"]] = [q["number"] % len(q["options"])]
        return answers

    @staticmethod
    def _aim(theme, target, answers):
        remaining = target - theme["low"]
        for q in theme["questions"]:
            if not q["scored"]:
                continue
            if q["type"] == "multiple":
                answers[q["id"]] = []
                continue
            best = min(range(len(q["options"])), key=lambda i: q["options"][i]["points"])
            for i, o in enumerate(q["options"]):
                gain = o["points"] - q["low"]
                if gain <= remaining and gain > q["options"][best]["points"] - q["low"]:
                    best = i
            remaining -= q["options"][best]["points"] - q["low"]
            answers[q["id"]] = [best]

    def expected(self, answers):
        """{theme id: {"score", "complete", "level"}} for the themes with levels."""
        out = {}
        for t in self.themes:
            if not t["levels"]:
                continue
            score, complete = 0, True
            for q in t["questions"]:
                chosen = answers.get(q["id"])
                if q["needed"] and not chosen:
                    complete = False
                if q["scored"] and chosen:
                    score += sum(q["options"][i]["points"] for i in chosen)
            out[t["id"]] = {"score": score, "complete": complete, "level": self.level(t, score) if complete else None}
        return out

    def answer_text(self, q, answers):
        a = answers.get(q["id"])
        if a is None:
            return ""
        if isinstance(a, str):
            return a
        return " | ".join(q["options"][i]["label"] for i in a)

    def points(self, q, answers):
        a = answers.get(q["id"])
        if not q["scored"] or (not a and q["type"] != "multiple") or isinstance(a, str):
            return None
        return sum(q["options"][i]["points"] for i in (a or []))


def source_of(content_root, slug):
    path = os.path.join(content_root, "vragenlijsten", slug + ".md")
    return path if os.path.isfile(path) else None
