// Enhances the map page: draws the plotly choropleth, opens an area on click, and filters the
// list while typing. Without JavaScript the page works with the list and the search form.
(function () {
  "use strict";

  function drawMap() {
    var element = document.getElementById("region-map");
    var source = document.getElementById("region-map-figure");
    if (!element || !source || !window.Plotly) return;
    var figure = JSON.parse(source.textContent);
    if (element.clientWidth < 600) {
      // On a phone the legend goes below the map, so that it covers no area.
      figure.data.forEach(function (trace) {
        if (trace.showscale === false) return;
        trace.colorbar = Object.assign({}, trace.colorbar, {
          orientation: "h", x: 0.5, xanchor: "center", y: 0, yanchor: "top", len: 0.9,
        });
      });
      figure.layout.margin = Object.assign({}, figure.layout.margin, { b: 70 });
    }
    var config = {
      displayModeBar: false,
      responsive: true,
      scrollZoom: false,
      topojsonURL: element.dataset.topojson,
    };
    window.Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
      element.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        if (point && point.customdata && point.customdata[1]) {
          window.location.href = point.customdata[1];
        }
      });
      element.dataset.ready = "true";
    });
  }

  function filterList() {
    var input = document.getElementById("q");
    var list = document.getElementById("region-list");
    var status = document.getElementById("list-status");
    if (!input || !list || !status) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-search]"));
    var fold = function (text) {
      return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.dataset.search;
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        item.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = status.dataset.template
        .replace("SHOWN", shown)
        .replace("TOTAL", items.length);
    });
  }

  drawMap();
  filterList();
})();
