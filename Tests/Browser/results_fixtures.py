#!/usr/bin/env python3
"""Writes the export files the Swift tests of `kennisbank resultaten` read (Tests/ResultsTests/Fixtures/pagina/), made
by the real pages of a built site in Chromium, so those tests start from bytes the page really wrote. Run it again
after a change to the export code of questionnaire.js or submission.js:

  .venv-browser/bin/python Tests/Browser/results_fixtures.py site
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import results_data as rd  # noqa: E402
from common import DESKTOP, REPO, Browser, SiteServer  # noqa: E402
from results_page import PageDriver  # noqa: E402

OUT = os.path.join(REPO, "Tests", "ResultsTests", "Fixtures", "pagina")


def save(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "site"))
    b = Browser(*DESKTOP)
    try:
        with SiteServer(site) as srv:
            page = PageDriver(b, srv.url("vragenlijsten/evaluatie-pilottraining/index.html"))
            labels = page.labels
            # Every question answered; an open answer with a line break, quotes, ';' and a formula.
            plan = {q: [len(v) - 1] for q, v in labels.items() if v}
            plan["eerder-training"] = [1]
            plan["verdieping-behoefte"] = [0, 1]
            plan["verdieping-onderwerp"] = '=SOM(1;2) "citaat"\ntweede regel'
            plan["slot-geleerd"] = "Eerste alinea.\n\nTweede alinea."
            page.fill(plan)
            e = page.export()
            save("evaluatie.csv", e["csv"])
            save("evaluatie.json", e["json"])
            save("evaluatie-mail.txt", rd.mail_txt(e["mail"]))
            for kind in ("qp", "base64", "alternative", "flowed", "html"):
                save("evaluatie-mail-%s.eml" % kind, rd.mail_eml(e["mail"], e["subject"], kind))
            page.reset()
            # Long answers: the page cuts them to fit a mail link; very long ones cut the mail off.
            plan["slot-beter"] = "Lang antwoord " * 40
            page.fill(plan)
            save("evaluatie-mail-ingekort.txt", rd.mail_txt(page.export()["mail"]))
            page.reset()
            plan.update({"slot-geleerd": "é" * 400, "slot-beter": "ë" * 400, "slot-overig": "ï" * 400, "verdieping-onderwerp": "ö" * 400})
            page.fill(plan)
            save("evaluatie-mail-afgekapt.txt", rd.mail_txt(page.export()["mail"]))
            page = PageDriver(b, srv.url("vragenlijsten/oefen-zelfscan/index.html"))
            page.fill({q: [i % len(v)] for i, (q, v) in enumerate(page.labels.items()) if v})
            e = page.export(mail=False)
            save("zelfscan.csv", e["csv"])
            save("zelfscan.json", e["json"])
            page = PageDriver(b, srv.url("toetsen/definities/index.html"), quiz=True)
            page.fill({q: [0] for q in page.labels})
            e = page.export()
            save("toets-definities.csv", e["csv"])
            save("toets-definities.json", e["json"])
    finally:
        b.quit()
    print("fixtures in", OUT)


if __name__ == "__main__":
    main()
