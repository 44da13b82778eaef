// The hand-written D3 peer for `npm run bench` (#11): the same map the way a graphics desk writes
// it by hand, in one file of plain JavaScript. It fetches world-atlas 50m as published, converts
// it with topojson-client, projects it with d3-geo in the browser and draws one SVG path per
// country with d3-selection; a mouseover outlines the country and shows a tooltip, with no
// framework in between. Do not optimise it: being the usual hand-written page is its job.
import { geoEqualEarth, geoPath } from "d3-geo";
import { select, pointer } from "d3-selection";
import "d3-transition";
import { feature } from "topojson-client";

/* global __PEER_DATA__ */
const data = __PEER_DATA__;
const width = 1000;
const height = 487;
const signatories = new Set(data.signatories);
const subjects = new Set(data.subjects);
const statusOf = (id) => (signatories.has(id) ? "signatory" : subjects.has(id) ? "subject" : "other");
const words = { signatory: "Signed", subject: "Subject of the statement", other: "Did not sign" };

select("#title").text(data.title);

const svg = select("#map").append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "group").attr("aria-label", "World map");
const g = svg.append("g");
const tooltip = select("#tooltip");

const world = await (await fetch("./countries-50m.json")).json();
const countries = feature(world, world.objects.countries).features;
const path = geoPath(geoEqualEarth().fitSize([width, height], { type: "Sphere" }));

g.selectAll("path.country")
  .data(countries)
  .join("path")
  .attr("class", (d) => `country ${statusOf(d.id)}`)
  .attr("data-iso", (d) => data.isoByNumeric[d.id] ?? null)
  .attr("d", path)
  .on("mouseover", (event, d) => {
    outline.attr("d", path(d));
    tooltip.attr("hidden", null).text(`${d.properties.name}: ${words[statusOf(d.id)]}`);
  })
  .on("mousemove", (event) => {
    const [x, y] = pointer(event, document.body);
    tooltip.style("left", `${x + 12}px`).style("top", `${y + 12}px`);
  })
  .on("mouseout", () => {
    outline.attr("d", null);
    tooltip.attr("hidden", "");
  });
const outline = g.append("path").attr("class", "outline");

let scale = 1;
select("#zoom-in").on("click", () => {
  scale *= 1.8;
  g.transition()
    .duration(350)
    .attr("transform", `translate(${(width / 2) * (1 - scale)},${(height / 2) * (1 - scale)}) scale(${scale})`);
});
