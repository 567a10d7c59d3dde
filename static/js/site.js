// Small conveniences on top of pages that work fully without JavaScript.
(function () {
  "use strict";

  // After a failed submit, move focus to the error summary so it is read out first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  // Follow-up questions that apply to one answer only (data-reveal-name: the question they
  // follow; data-reveal-values: the answers they apply to) are hidden for the other answers.
  // Without JavaScript they stay on the page and are ignored when they do not apply. One that
  // shows an error is never hidden.
  document.querySelectorAll("[data-reveal-name]").forEach(function (block) {
    var name = block.getAttribute("data-reveal-name");
    var values = block.getAttribute("data-reveal-values").split(" ");
    var form = block.closest("form");
    if (!form) {
      return;
    }
    var update = function () {
      var chosen = form.querySelector('input[name="' + name + '"]:checked');
      var applies = chosen !== null && values.indexOf(chosen.value) !== -1;
      block.hidden = !applies && !block.querySelector(".is-invalid");
    };
    form.addEventListener("change", function (event) {
      if (event.target.name === name) {
        update();
      }
    });
    update();
  });

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
