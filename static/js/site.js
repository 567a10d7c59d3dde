// Small conveniences on top of pages that work fully without JavaScript.
(function () {
  "use strict";

  // After a failed submit, move focus to the error summary so it is read out first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  // "Copy" buttons: shown only when the clipboard can be used; without them the text
  // area itself can be selected and copied.
  var status = document.querySelector("[data-copy-status]");
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      navigator.clipboard.writeText(source.value).then(
        function () {
          if (status) {
            status.textContent = "Copied.";
          }
        },
        function () {
          if (status) {
            status.textContent = "Couldn't copy. Select the text and copy it instead.";
          }
        }
      );
    });
  });
})();
