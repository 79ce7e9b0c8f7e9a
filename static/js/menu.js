// The desktop menu's groups ("About ketamine", "Your visit") are <details> disclosures and work
// without this file. With it, one group is open at a time, and Escape or a click elsewhere
// closes it (Escape puts the focus back on the group's button).
(function () {
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-menu-group]"));
  if (!groups.length) return;
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (!group.open) return;
      groups.forEach(function (other) {
        if (other !== group) other.open = false;
      });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    groups.forEach(function (group) {
      if (group.open) {
        group.open = false;
        group.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    groups.forEach(function (group) {
      if (group.open && !group.contains(event.target)) group.open = false;
    });
  });
})();
