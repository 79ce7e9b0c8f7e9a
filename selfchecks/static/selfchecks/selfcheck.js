// The PHQ-9 / GAD-7 self-check, scored in the browser. Nothing is sent anywhere: the
// form's submit is stopped here, and every word shown comes from <template>s the page
// already holds (rendered and translated by the site), so no request is ever needed.
// Without this script the form posts to the site, which scores it the same way
// (selfchecks/scoring.py) and keeps nothing.
(function () {
  "use strict";

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  // Say truthfully what happens to the answers now that the script runs.
  function showScriptTexts(root) {
    each(root.querySelectorAll("[data-selfcheck-js]"), function (el) { el.hidden = false; });
    each(root.querySelectorAll("[data-selfcheck-nojs]"), function (el) { el.hidden = true; });
    each(root.querySelectorAll("[data-selfcheck-print]"), function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  function answerOf(form, number) {
    var checked = form.querySelector('input[name="q' + number + '"]:checked');
    return checked ? parseInt(checked.value, 10) : null;
  }

  function itemCount(form) {
    return form.querySelectorAll(".selfcheck-questions > li").length;
  }

  function cloneTemplate(template) {
    return document.importNode(template.content, true);
  }

  function setUp(section) {
    var form = section.querySelector("form.selfcheck-form");
    if (!form) {
      return;
    }
    var crisisItem = parseInt(form.getAttribute("data-crisis-item"), 10) || null;
    var live = section.querySelector("#selfcheck-crisis-live");
    var crisisTemplate = section.querySelector("#selfcheck-crisis-template");
    var crisisResultTemplate = section.querySelector("#selfcheck-crisis-result-template");
    var errors = section.querySelector("#selfcheck-errors");
    var resultRegion = section.querySelector("#selfcheck-result");
    var bands = section.querySelectorAll("template[data-selfcheck-band]");

    showScriptTexts(section);

    // Crisis help as soon as the crisis question has any answer but "Not at all".
    function updateCrisis() {
      if (!crisisItem || !live) {
        return;
      }
      var answer = answerOf(form, crisisItem);
      var shown = live.firstElementChild !== null;
      if (answer !== null && answer > 0 && !shown) {
        live.appendChild(cloneTemplate(crisisTemplate));
      } else if ((answer === null || answer === 0) && shown) {
        live.textContent = "";
      }
    }

    function markMissing(missing) {
      each(section.querySelectorAll("[data-selfcheck-missing]"), function (li) {
        li.hidden = missing.indexOf(parseInt(li.getAttribute("data-selfcheck-missing"), 10)) === -1;
      });
      each(form.querySelectorAll("fieldset.selfcheck-question[id]"), function (fieldset, index) {
        fieldset.classList.toggle("selfcheck-question-missing", missing.indexOf(index + 1) !== -1);
      });
    }

    function showResult(total, crisis) {
      resultRegion.textContent = "";
      if (crisis) {
        resultRegion.appendChild(cloneTemplate(crisisResultTemplate));
      }
      each(bands, function (template) {
        var low = parseInt(template.getAttribute("data-low"), 10);
        var high = parseInt(template.getAttribute("data-high"), 10);
        if (total >= low && total <= high) {
          resultRegion.appendChild(cloneTemplate(template));
        }
      });
      each(resultRegion.querySelectorAll("[data-selfcheck-total]"), function (slot) {
        slot.textContent = String(total);
      });
      showScriptTexts(resultRegion);
      resultRegion.hidden = false;
      resultRegion.focus();
    }

    form.addEventListener("change", function (event) {
      if (event.target.hasAttribute("data-selfcheck-crisis")) {
        updateCrisis();
      }
      // A changed answer makes a result shown earlier out of date: take it away until asked again.
      if (!resultRegion.hidden && event.target.name !== "difficulty") {
        resultRegion.hidden = true;
        resultRegion.textContent = "";
      }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var missing = [];
      var total = 0;
      for (var number = 1; number <= itemCount(form); number += 1) {
        var answer = answerOf(form, number);
        if (answer === null) {
          missing.push(number);
        } else {
          total += answer;
        }
      }
      markMissing(missing);
      if (missing.length) {
        resultRegion.hidden = true;
        resultRegion.textContent = "";
        errors.hidden = false;
        errors.focus();
        return;
      }
      errors.hidden = true;
      var crisis = crisisItem !== null && answerOf(form, crisisItem) > 0;
      showResult(total, crisis);
    });

    updateCrisis();
    // A page the site sent back with unanswered questions: hear what is missing first.
    if (!errors.hidden) {
      errors.focus();
    }
  }

  function start() {
    each(document.querySelectorAll("[data-selfcheck]"), setUp);
    // The site's own result page (no questionnaire on it): offer the print button.
    each(document.querySelectorAll(".page-selfcheck .selfcheck-result"), function (result) {
      if (!result.closest("[data-selfcheck]")) {
        showScriptTexts(result);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
