// The directory's search and filters (`ecomap directory`): as the reader
// types or chooses, the list keeps the entries that match every filter and
// hold every word typed, and the status line says how many. Without this
// script the form stays hidden and the whole list shows. A file of the
// site, beside its pages; ReportAssetsTests runs `node --check` on it.
"use strict";
(function () {
  // Lower case without accents, so "Gwynedd" finds "gwynedd" and "ŵyr" finds "wyr".
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function start() {
    var form = document.querySelector("form.finder");
    var status = document.getElementById("status");
    var none = document.getElementById("no-match");
    if (!form || !status) { return; }
    var entries = Array.prototype.slice.call(document.querySelectorAll("li.entry"));
    var searchable = entries.map(function (entry) { return fold(entry.dataset.search || ""); });
    var search = document.getElementById("search");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

    function matches(entry, text, words) {
      for (var k = 0; k < selects.length; k++) {
        var wanted = selects[k].value;
        if (wanted === "") { continue; }
        var values = (entry.dataset[selects[k].dataset.filter] || "").split(" ");
        if (values.indexOf(wanted) < 0) { return false; }
      }
      for (var w = 0; w < words.length; w++) {
        if (text.indexOf(words[w]) < 0) { return false; }
      }
      return true;
    }

    function update() {
      var words = fold(search.value).split(/\s+/).filter(function (word) { return word.length > 0; });
      var shown = 0;
      entries.forEach(function (entry, k) {
        var keep = matches(entry, searchable[k], words);
        entry.hidden = !keep;
        if (keep) { shown += 1; }
      });
      status.textContent = status.dataset.showing.split("{1}").join(String(shown)).split("{2}").join(status.dataset.total);
      none.hidden = shown > 0;
    }

    form.hidden = false;
    var noScript = document.querySelector(".noscript");
    if (noScript) { noScript.hidden = true; }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    search.addEventListener("input", update);
    selects.forEach(function (select) { select.addEventListener("change", update); });
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
