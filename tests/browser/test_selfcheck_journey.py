"""A person takes the PHQ-9 on a phone, with JavaScript on and with it off.

With JavaScript on, the page scores in the browser: the crisis panel appears (and is read out)
as soon as question 9 gets an answer other than "Not at all", the result opens with it, and
no request the page makes carries an answer. With JavaScript off, the form posts to the site,
which answers with the result in the same response.
"""

import re

import pytest
from playwright.sync_api import expect

from .helpers import SCREENSHOTS, is_focused, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHQ9_PAGE = "/depression-self-check/"
CRISIS_HEADING = "Please reach out for support now"
ANSWERS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


def question(page, number):
    return page.locator(f"#selfcheck-q{number}")


def answer(page, number, score):
    # Each question is a group named by its legend; each answer a radio named by its label.
    group = page.get_by_role("group", name=re.compile(rf"^{number}\. "))
    group.get_by_role("radio", name=ANSWERS[score], exact=True).check()


def answer_all(page, scores):
    for number, score in enumerate(scores, start=1):
        answer(page, number, score)


def record_requests(page):
    """Every request the page makes from now on: (method, url, body)."""
    seen = []
    page.on("request", lambda request: seen.append((request.method, request.url, request.post_data)))
    return seen


def test_phq9_with_javascript_scores_in_the_browser_and_sends_nothing(site, phone):
    page = phone
    requests = record_requests(page)
    page.goto(site + PHQ9_PAGE)
    # The page says what really happens now that the script runs.
    expect(page.get_by_text("sends nothing to us")).to_be_visible()
    expect(page.get_by_text("your answers go to our website")).to_be_hidden()

    # Answers missing: the error summary names each one and takes the focus; no score.
    answer_all(page, [1, 2, 0])
    page.get_by_role("button", name="See my result").tap()
    summary = page.locator("#selfcheck-errors")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    for number in range(4, 10):
        expect(summary.get_by_role("link", name=re.compile(rf"^Question {number}: "))).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Question [123]: "))).to_have_count(0)
    expect(page.locator("#selfcheck-result")).to_be_hidden()
    summary.get_by_role("link", name=re.compile(r"^Question 4: ")).tap()
    expect(question(page, 4)).to_be_focused()

    # Question 9 above "Not at all": crisis help at once, in a live region, before any result.
    answer_all(page, [1, 2, 0, 1, 0, 1, 0, 0])
    live = page.locator("#selfcheck-crisis-live")
    assert live.get_attribute("aria-live") == "polite"
    expect(live.get_by_role("heading", name=CRISIS_HEADING)).to_have_count(0)
    answer(page, 9, 1)
    expect(live.get_by_role("heading", name=CRISIS_HEADING)).to_be_visible()
    expect(live.locator('a[href="tel:988"]')).to_be_visible()
    answer(page, 9, 0)
    expect(live.get_by_role("heading", name=CRISIS_HEADING)).to_have_count(0)
    answer(page, 9, 2)
    expect(live.get_by_role("heading", name=CRISIS_HEADING)).to_be_visible()

    page.get_by_role("button", name="See my result").tap()
    result = page.locator("#selfcheck-result")
    expect(result).to_be_visible()
    expect(summary).to_be_hidden()
    expect(result).to_contain_text("7 out of 27")
    expect(result.locator(".selfcheck-band")).to_have_text("Mild")
    text = result.inner_text()
    assert text.index(CRISIS_HEADING) < text.index("Your PHQ-9 result") < text.index("7 out of 27")
    assert is_focused(result)
    assert page.url.split("#")[0] == site + PHQ9_PAGE, "the address changed (answers in a URL?)"
    # Print or save, on the person's own device (the print window itself is the browser's).
    page.evaluate("window.print = () => { window.__printed = true; }")
    result.get_by_role("button", name="Print or save this result").tap()
    assert page.evaluate("window.__printed") is True
    screenshot(page, "selfcheck-js-crisis")
    # A changed answer takes the old result away until the person asks again.
    answer(page, 1, 3)
    expect(result).to_be_hidden()
    page.get_by_role("button", name="See my result").tap()
    expect(result).to_contain_text("9 out of 27")

    # Nothing the page asked for carried an answer: only the page and its own files, all GETs.
    assert requests, "no request was recorded"
    for method, url, body in requests:
        assert method == "GET", f"{method} {url}"
        assert body is None
        assert "?" not in url and "/self-check/result/" not in url, url
    assert not page.problems, page.problems


def test_phq9_without_javascript_posts_and_gets_the_result_in_the_same_response(site, new_context):
    page = new_context("phone", java_script_enabled=False).new_page()
    page.goto(site + PHQ9_PAGE)
    expect(page.get_by_text("your answers go to our website")).to_be_visible()
    expect(page.get_by_text("sends nothing to us")).to_be_hidden()

    # Two questions left out: the site names them and scores nothing.
    answer_all(page, [3, 3, 3, 3, 3, 3, 3])
    with page.expect_response(re.compile(r"/self-check/result/$")) as posted:
        page.get_by_role("button", name="See my result").tap()
    assert posted.value.status == 200
    summary = page.locator("#selfcheck-errors")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Question 8: "))).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Question 9: "))).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Question 1: "))).to_be_hidden()
    expect(page.locator(".selfcheck-score")).to_have_count(0)
    # What was answered is kept.
    expect(question(page, 1).get_by_role("radio", name="Nearly every day")).to_be_checked()

    answer(page, 8, 3)
    answer(page, 9, 3)
    with page.expect_response(re.compile(r"/self-check/result/$")) as posted:
        page.get_by_role("button", name="See my result").tap()
    response = posted.value
    assert response.status == 200 and "no-store" in response.headers["cache-control"]
    assert "set-cookie" not in response.headers
    assert page.url == site + "/self-check/result/"
    main = page.locator("main")
    expect(main).to_contain_text("27 out of 27")
    text = main.inner_text()
    assert text.index(CRISIS_HEADING) < text.index("27 out of 27")
    expect(main.locator(".selfcheck-band")).to_have_text("Severe")
    # The first step is the reader's own clinician, today if possible; this clinic is a secondary option.
    expect(main.locator("[data-selfcheck-first-step]")).to_contain_text("your own doctor or any clinician")
    expect(main.get_by_role("link", name="Request a consultation")).to_have_class("button button-secondary")
    # Without a script there is no print button, only how to print.
    expect(main.get_by_role("button", name="Print or save this result")).to_have_count(0)
    expect(main.get_by_text("use your browser’s Print command")).to_be_visible()
    screenshot(page, "selfcheck-nojs-severe")


SPANISH_ANSWERS = ["Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"]
RESULTS = {
    # name: (PHQ-9 answers, English line, Spanish line)
    "minimal": ([0, 1, 0, 0, 1, 0, 0, 0, 0], "2 out of 27", "2 de 27"),
    "severe": ([3, 3, 3, 2, 2, 3, 3, 2, 0], "21 out of 27", "21 de 27"),
    "crisis": ([1, 1, 1, 1, 0, 1, 0, 0, 1], "6 out of 27", "6 de 27"),
}


def submit_without_the_script(page, language):
    """Post the form as a browser without JavaScript would (form.submit() skips the script's handler),
    in ``language``: the question pages exist in English only until the Spanish edition is published."""
    page.evaluate(
        "(language) => { const form = document.querySelector('form.selfcheck-form');"
        " form.elements.language.value = language; form.submit(); }",
        language,
    )
    page.wait_for_load_state()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_results_read_in_both_languages(site, new_context, settings, device):
    """Minimal, severe and crisis results, scored by the site and by the browser, in English and Spanish;
    each photographed for a person to look at (var/screenshots/selfcheck-*)."""
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    page = new_context(device).new_page()
    for name, (scores, english, spanish) in RESULTS.items():
        # English, scored by the site.
        page.goto(site + PHQ9_PAGE)
        answer_all(page, scores)
        submit_without_the_script(page, "en")
        main = page.locator("main")
        expect(main.locator(".selfcheck-total")).to_have_text(english)
        assert (CRISIS_HEADING in main.inner_text()) == (name == "crisis")
        main.screenshot(path=str(screenshot_path(f"selfcheck-en-server-{name}", page)))

        # Spanish, scored by the site: the Spanish questions come back first (nothing answered yet),
        # then the browser script scores them.
        page.goto(site + PHQ9_PAGE)
        submit_without_the_script(page, "es")
        expect(page.locator("#selfcheck-errors")).to_contain_text("Por favor, responda todas las preguntas")
        for number, score in enumerate(scores, start=1):
            group = page.get_by_role("group", name=re.compile(rf"^{number}\. "))
            group.get_by_role("radio", name=SPANISH_ANSWERS[score], exact=True).check()
        page.get_by_role("button", name="Ver mi resultado").click()
        result = page.locator("#selfcheck-result")
        expect(result.locator(".selfcheck-total")).to_have_text(spanish)
        assert ("Por favor, busque apoyo ahora" in result.inner_text()) == (name == "crisis")
        expect(result.get_by_role("button", name="Imprimir o guardar este resultado")).to_be_visible()
        result.screenshot(path=str(screenshot_path(f"selfcheck-es-browser-{name}", page)))

        # Spanish, scored by the site.
        submit_without_the_script(page, "es")
        main = page.locator("main")
        expect(main.locator(".selfcheck-total")).to_have_text(spanish)
        expect(main).to_contain_text("Esto no es un diagnóstico.")
        main.screenshot(path=str(screenshot_path(f"selfcheck-es-server-{name}", page)))
    assert not page.problems, page.problems


def screenshot_path(name, page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}-{page.viewport_size['width']}.png"
