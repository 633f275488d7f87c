#!/usr/bin/env python3
"""Checks the QTI 3.0 packages and GIFT files of built sites (run by Tests/QTI/run.sh).

  check_qti.py SITE_DIR...

For every toetsen/<name>.qti.zip with its toetsen/<name>.gift.txt:
  zip        entries sorted, stored, every timestamp 1980-01-01 00:00; the manifest lists every file
  xsd        items and test valid against 1EdTech's QTI 3.0 ASI schema, imsmanifest.xml against the
             QTI 3.0 content-packaging schema (xmllint --schema, no network: schemas/catalog.xml)
  profile    no data-* attributes and no SSML anywhere, so the SBAC-profile ASI schema and the SSML
             stand-in (schemas/README.md) judge the packages exactly as the base schema would
  downgrade  Cito's qti-convert (PyPI) turns the package into QTI 2.1 without warnings, valid against
             imsqti_v2p1.xsd, then back into QTI 3.0, valid again, with the same right answers
  gift       pygiftparser (PyPI) reads the GIFT file: every question valid, the same questions in the
             same order as the QTI items, and the same right answers
  planted    an item with an element QTI does not know must fail the schema check
Ends with 'qti: N passed, M failed'; exit 1 when anything failed.
"""
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

from lxml import etree
from pygiftparser import parser as giftparser
from qti_convert import downgrade_package, upgrade_package_files

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "schemas")
ASI = os.path.join(SCHEMAS, "qtiv3p0", "imsqti_asiv3p0_sbacv1p0_v1p0.xsd")
CP = os.path.join(SCHEMAS, "qtiv3p0", "imsqtiv3p0_imscpv1p2_v1p0.xsd")
QTI21 = os.path.join(SCHEMAS, "qtiv2p1", "imsqti_v2p1.xsd")
NS3 = "{http://www.imsglobal.org/xsd/imsqtiasi_v3p0}"
NS21 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


class Validator:
    """Collects files per schema and validates each schema's files in ONE xmllint call at the end: the
    QTI 3.0 schema is a megabyte and takes seconds to compile. Problems go to the check that asked."""

    def __init__(self):
        self.jobs = {}      # schema -> [(check key, name, bytes)]

    def add(self, key, schema, files):
        for name, data in sorted(files.items()):
            self.jobs.setdefault(schema, []).append((key, name, data))

    def run(self):
        """{check key: [problem]} and prints xmllint's lines."""
        problems = {}
        for schema, jobs in self.jobs.items():
            with tempfile.TemporaryDirectory() as tmp:
                paths = {}
                for number, (key, name, data) in enumerate(jobs):
                    path = os.path.join(tmp, "%03d" % number, name)
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "wb") as f:
                        f.write(data)
                    paths[path] = (key, name)
                env = dict(os.environ, XML_CATALOG_FILES=os.path.join(SCHEMAS, "catalog.xml"))
                r = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", schema] + list(paths),
                                   capture_output=True, text=True, env=env)
                print("xmllint --schema %s: %d file(s), exit %d" % (os.path.relpath(schema, HERE), len(paths), r.returncode))
                seen = set()
                for line in r.stderr.splitlines():
                    path = next((p for p in paths if line.startswith(p)), None)
                    if path is None:
                        problems.setdefault(None, []).append(line)
                        continue
                    key, name = paths[path]
                    shown = "%s %s" % (key, name) + line[len(path):]
                    print("  " + shown)
                    if line.endswith(" validates"):
                        seen.add(path)
                    else:
                        problems.setdefault(key, []).append(shown)
                for path, (key, name) in paths.items():
                    if path not in seen and key not in problems:
                        problems.setdefault(key, []).append("%s: xmllint did not say it validates" % name)
        return problems


def correct_answers(xml_bytes, ns):
    """(identifier, sorted right choice numbers) of an item."""
    root = etree.fromstring(xml_bytes)
    if ns == NS3:
        values = root.findall(".//%sqti-correct-response/%sqti-value" % (ns, ns))
    else:
        values = root.findall(".//%scorrectResponse/%svalue" % (ns, ns))
    return root.get("identifier"), sorted(int(v.text.rsplit("-", 1)[1]) for v in values)


def check_package(site, name, report, validator):
    path = os.path.join(site, "toetsen", name + ".qti.zip")
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        files = {i.filename: z.read(i) for i in infos}
    label = "%s:%s" % (os.path.basename(os.path.normpath(site)), name)
    names = [i.filename for i in infos]
    problems = []
    if names != sorted(names):
        problems.append("entries not sorted: %s" % names)
    problems += ["%s: timestamp %s" % (i.filename, i.date_time) for i in infos if i.date_time != (1980, 1, 1, 0, 0, 0)]
    problems += ["%s: compressed" % i.filename for i in infos if i.compress_type != zipfile.ZIP_STORED]
    manifest = etree.fromstring(files["imsmanifest.xml"])
    listed = {f.get("href") for f in manifest.iter("{*}file")}
    if listed != set(names) - {"imsmanifest.xml"}:
        problems.append("manifest lists %s, package holds %s" % (sorted(listed), names))
    report(("zip", label), problems)

    items = {n: d for n, d in files.items() if n.startswith("items/")}
    tests = {n: d for n, d in files.items() if n.startswith("toets-")}
    validator.add(("xsd", label), ASI, dict(items, **tests))
    validator.add(("xsd", label), CP, {"imsmanifest.xml": files["imsmanifest.xml"]})

    problems = []
    for n, d in sorted(files.items()):
        text = d.decode("utf-8")
        if re.search(r"\sdata-[\w-]*=", text):
            problems.append("%s has a data-* attribute" % n)
        if "http://www.w3.org/2001/10/synthesis" in text:
            problems.append("%s uses SSML" % n)
    report(("profile", label), problems)

    problems = []
    result = downgrade_package(files)
    problems += ["qti-convert warning %s: %s" % (w.code, w.message) for w in result.warnings]
    qti21 = {n: (d.encode("utf-8") if isinstance(d, str) else d) for n, d in result.files.items()}
    items21 = {n: d for n, d in qti21.items() if n.startswith("items/")}
    if len(items21) != len(items):
        problems.append("QTI 2.1 package has %d items, expected %d" % (len(items21), len(items)))
    validator.add(("downgrade", label), QTI21, {"qti21/" + n: d for n, d in qti21.items() if n != "imsmanifest.xml"})
    back = upgrade_package_files(qti21)
    qti3 = {n: (d.encode("utf-8") if isinstance(d, str) else d) for n, d in back.files.items()}
    validator.add(("downgrade", label), ASI, {"back-to-qti3/" + n: d for n, d in qti3.items() if n != "imsmanifest.xml"})
    original = sorted(correct_answers(d, NS3) for d in items.values())
    if sorted(correct_answers(d, NS21) for d in items21.values()) != original:
        problems.append("QTI 2.1 right answers differ from the QTI 3.0 ones")
    if sorted(correct_answers(d, NS3) for n, d in qti3.items() if n.startswith("items/")) != original:
        problems.append("right answers changed on the way back to QTI 3.0")
    report(("downgrade", label), problems)

    problems = []
    with open(os.path.join(site, "toetsen", name + ".gift.txt"), encoding="utf-8") as f:
        questions = giftparser.parseFile(f)
    ordered = [correct_answers(items[n], NS3) for n in sorted(items)]
    if len(questions) != len(ordered):
        problems.append("GIFT has %d questions, QTI %d items" % (len(questions), len(ordered)))
    for q, (identifier, right) in zip(questions, ordered):
        if not q.valid:
            problems.append("GIFT question %r is not valid for pygiftparser" % q.title)
            continue
        if not identifier.endswith("-" + re.sub(r"[^A-Za-z0-9_-]", "-", q.title)):
            problems.append("GIFT question %r is QTI item %r" % (q.title, identifier))
        answers = getattr(q.answers, "answers", None)
        if type(q.answers).__name__ == "TrueFalseSet":
            continue  # juist/onjuist: the order of the two choices is the quiz's, GIFT only says TRUE or FALSE
        gift_right = sorted(i + 1 for i, a in enumerate(answers or []) if float(a.fraction) > 0)
        if gift_right != right:
            problems.append("question %r: GIFT right answers %s, QTI %s" % (q.title, gift_right, right))
    report(("gift", label), problems)


def main():
    results = {}      # (check, label) -> problems, in the order the checks were made

    def report(key, problems):
        results.setdefault(key, []).extend(problems)

    validator = Validator()
    for site in sys.argv[1:]:
        folder = os.path.join(site, "toetsen")
        names = sorted(f[:-len(".qti.zip")] for f in os.listdir(folder) if f.endswith(".qti.zip"))
        gifts = sorted(f[:-len(".gift.txt")] for f in os.listdir(folder) if f.endswith(".gift.txt"))
        report(("files", site), [] if names and names == gifts else ["QTI packages %s, GIFT files %s" % (names, gifts)])
        for name in names:
            label = "%s:%s" % (os.path.basename(os.path.normpath(site)), name)
            results.setdefault(("xsd", label), [])
            check_package(site, name, report, validator)
        if names and not any(k[0] == "planted" for k in results):
            # The schema check must be able to fail: an item with an element QTI does not have.
            with zipfile.ZipFile(os.path.join(folder, names[0] + ".qti.zip")) as z:
                item = next(n for n in sorted(z.namelist()) if n.startswith("items/"))
                planted = z.read(item).replace(b"<qti-item-body>", b"<qti-item-body><blink>x</blink>", 1)
            results[("planted", "blink-in-" + item)] = []
            validator.add(("planted", "blink-in-" + item), ASI, {item: planted})
    for key, problems in validator.run().items():
        results.setdefault(key if key else ("xmllint", "output"), []).extend(problems)
    for key in [k for k in results if k[0] == "planted"]:
        caught = any("blink" in p for p in results[key])
        results[key] = [] if caught else ["xmllint did not reject an item with <blink>: the schema check cannot fail"]
    passed = failed = 0
    for (kind, label), problems in results.items():
        print("%s  %s %s%s" % ("FAIL" if problems else "PASS", kind, label, "".join("\n      " + p for p in problems)))
        failed += bool(problems)
        passed += not problems
    print("qti: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
