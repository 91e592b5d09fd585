// Draws the charts of a wijk's data profile when they scroll into view. The figures themselves
// are in the page as words (sentence, trend, source), so without JavaScript nothing is lost.
(function () {
  "use strict";

  var source = document.getElementById("profile-figures");
  if (!source || !window.Plotly) return;
  var figures = JSON.parse(source.textContent);
  var config = { displayModeBar: false, responsive: true, scrollZoom: false };
  var pending = Array.prototype.slice.call(document.querySelectorAll("[data-figure]"));

  function draw(element) {
    var figure = figures[element.dataset.figure];
    if (!figure || element.dataset.ready) return;
    element.dataset.ready = "drawing";
    window.Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
      element.dataset.ready = "true";
      // plotly's SVG is a picture of what the label already says.
      element.querySelectorAll("svg").forEach(function (svg) {
        svg.setAttribute("aria-hidden", "true");
        svg.setAttribute("focusable", "false");
      });
    });
  }

  if (!("IntersectionObserver" in window)) {
    pending.forEach(draw);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        draw(entry.target);
      }
    });
  }, { rootMargin: "200px 0px" });
  pending.forEach(function (element) { observer.observe(element); });
})();
