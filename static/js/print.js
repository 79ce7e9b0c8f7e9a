// The "Print this checklist" button: hidden until this file runs (without JavaScript the
// browser's own Print still works), then it opens the print dialog. No third-party code.
document.querySelectorAll("[data-print-page]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
