// Selecting a finding marks every mention it cites and, unless they are all in view already, scrolls so that
// they are (centred when they fit on one screen, else from the first).
// Without this script each finding is still a link to its first mention, and lists links to the others.
(function () {
  "use strict";
  function select(findingId) {
    var finding = document.getElementById(findingId);
    if (!finding || !finding.classList.contains("finding")) { return false; }
    document.querySelectorAll(".cited").forEach(function (el) { el.classList.remove("cited"); });
    document.querySelectorAll(".finding.selected").forEach(function (el) { el.classList.remove("selected"); });
    finding.classList.add("selected");
    var marks = (finding.getAttribute("data-mentions") || "").split(" ")
      .map(function (id) { return document.getElementById(id); })
      .filter(function (el) { return el && el.classList.contains("m"); });
    marks.forEach(function (el) { el.classList.add("cited"); });
    var rects = marks.map(function (el) { return el.getBoundingClientRect(); });
    var seen = rects.every(function (r) { return r.top >= 0 && r.bottom <= window.innerHeight; });
    if (marks.length && !seen) {
      var top = Math.min.apply(null, rects.map(function (r) { return r.top; }));
      var bottom = Math.max.apply(null, rects.map(function (r) { return r.bottom; }));
      var room = window.innerHeight - (bottom - top);
      window.scrollTo(window.scrollX, window.scrollY + top - (room > 0 ? room / 2 : 16));
    }
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.finding-select");
    if (!link) { return; }
    var finding = link.closest(".finding");
    if (finding && select(finding.id)) {
      event.preventDefault();
      history.replaceState(null, "", "#" + finding.id);
    }
  });
  if (location.hash.length > 1) { select(decodeURIComponent(location.hash.slice(1))); }
}());
