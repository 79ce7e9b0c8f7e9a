// Move focus to the error summary after a failed submission, so keyboard and
// screen-reader users hear what went wrong first. Without JavaScript the summary
// is still the first thing after the page heading.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
