// Turns the ranking form's numbered choices into a list you can reorder: drag a choice, or use
// its Up and Down buttons (keyboard). The selects stay the form's truth, so without JavaScript
// the same form works as it is.
(function () {
  "use strict";

  var list = document.querySelector(".wa-ranking__list");
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll(".wa-ranking__item"));
  var selects = items.map(function (item) { return item.querySelector("select"); });
  var hint = document.querySelector(".wa-ranking__hint");
  if (hint) hint.hidden = false;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  list.parentNode.appendChild(status);

  function swap(a, b) {
    var value = selects[a].value;
    selects[a].value = selects[b].value;
    selects[b].value = value;
    var chosen = selects[b].options[selects[b].selectedIndex];
    status.textContent = chosen && chosen.value ? chosen.text + ": " + (b + 1) : "";
  }

  function button(label, index, step) {
    var element = document.createElement("button");
    var name = items[index].querySelector("label");
    element.type = "button";
    element.setAttribute("aria-label", (name ? name.textContent.trim() + ": " : "") + label);
    element.className = "utrecht-button utrecht-button--subtle wa-ranking__move";
    element.textContent = label;
    element.addEventListener("click", function () {
      var target = index + step;
      if (target < 0 || target >= selects.length) return;
      swap(index, target);
      selects[target].focus();
    });
    return element;
  }

  var dragged = null;
  items.forEach(function (item, index) {
    var tools = document.createElement("div");
    tools.className = "wa-ranking__tools";
    tools.appendChild(button(list.dataset.up || "Omhoog", index, -1));
    tools.appendChild(button(list.dataset.down || "Omlaag", index, 1));
    item.appendChild(tools);
    item.draggable = true;
    item.addEventListener("dragstart", function (event) {
      dragged = index;
      event.dataTransfer.effectAllowed = "move";
      item.classList.add("wa-ranking__item--dragged");
    });
    item.addEventListener("dragend", function () {
      item.classList.remove("wa-ranking__item--dragged");
    });
    item.addEventListener("dragover", function (event) { event.preventDefault(); });
    item.addEventListener("drop", function (event) {
      event.preventDefault();
      if (dragged === null || dragged === index) return;
      // Move the dragged choice to this place; the ones between shift by one.
      var step = dragged < index ? 1 : -1;
      for (var at = dragged; at !== index; at += step) swap(at, at + step);
      dragged = null;
    });
  });
})();
