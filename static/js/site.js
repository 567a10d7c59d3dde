// Small conveniences on top of pages that work without JavaScript.
(function () {
  "use strict";

  // After a failed submit, move focus to the error summary so it is read out first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
