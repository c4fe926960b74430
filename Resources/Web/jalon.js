// Progressive enhancement only: every page works without this script.
// On a page with an error summary, move the focus to it so that a screen reader announces it.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("erreurs");
  if (summary) { summary.focus(); }
});
