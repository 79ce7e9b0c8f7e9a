// The "Print this checklist" button: its paragraph stays hidden until this file runs (without
// JavaScript the browser's own Print still works), then the button opens the print dialog.
// No third-party code, no inline script (the site's CSP allows neither).
document.querySelectorAll("[data-print-page]").forEach(function (action) {
  action.hidden = false;
  action.querySelector("button").addEventListener("click", function () {
    window.print();
  });
});
