// The floor page's only script (see buildFloor.ts): on a hover, one outline and the tooltip's text,
// written straight into the DOM, as little as a hover that shows something can do.
const outline = document.getElementById("outline");
const tooltip = document.getElementById("tooltip");
let shown = null;
document.getElementById("map").addEventListener("pointermove", (event) => {
  const cell = event.target.closest("[data-iso]");
  if (cell === shown) return;
  shown = cell;
  if (!cell) {
    outline.removeAttribute("d");
    tooltip.hidden = true;
    return;
  }
  outline.setAttribute("d", cell.getAttribute("d"));
  tooltip.textContent = cell.getAttribute("aria-label");
  tooltip.hidden = false;
  tooltip.style.left = `${event.clientX + 12}px`;
  tooltip.style.top = `${event.clientY + 12}px`;
});
document.getElementById("zoom-in").addEventListener("click", () => {
  const group = document.getElementById("cells");
  group.setAttribute("transform", "translate(-250,-120) scale(1.5)");
});
