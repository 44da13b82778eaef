// The naive reference for `npm run bench` (issue #6): the same map drawn the way a first attempt
// would draw it, so the benchmark can show ratios and not only absolute times. It fetches
// world-atlas 50m as it is, converts and projects it in the browser once per load, and keeps the
// hovered country in state at the top, so every pointer move onto a new country re-renders all
// ~240 <path>s (react-simple-maps' pattern: paths projected once, no memo on the shapes). Do not
// "fix" it: being the usual first attempt is its job.
import { geoEqualEarth, geoPath } from "d3-geo";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, Geometry } from "geojson";

/** Injected by tests/bench/naive/build.ts from the seed statement: its title and world-atlas ids. */
declare const __NAIVE_DATA__: { title: string; signatories: string[]; subjects: string[]; isoByNumeric: Record<string, string> };
const data = __NAIVE_DATA__;

const WIDTH = 1000;
const HEIGHT = 487;
const ZOOM_STEP = 1.8;
const ZOOM_MS = 350;
const FILL = { signatory: "#1f4e8c", subject: "#e08a2c", other: "#d6d3cd", hovered: "#c2185b" };

type Country = Feature<Geometry, { name: string }>;
interface Shape {
  id: string;
  name: string;
  d: string;
}

/** Projects the features to path strings in the browser, as react-simple-maps' useGeographies does. */
function projectShapes(countries: Country[]): Shape[] {
  const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" }));
  return countries.map((country) => ({ id: String(country.id), name: country.properties.name, d: path(country) ?? "" }));
}

function App() {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [scale, setScale] = useState(1);

  useEffect(() => {
    fetch("./countries-50m.json")
      .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
      .then((topology) => setShapes(projectShapes(feature(topology, topology.objects.countries).features as Country[])));
  }, []);

  const zoomIn = () => {
    const from = scale;
    const to = scale * ZOOM_STEP;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ZOOM_MS);
      setScale(from + (to - from) * t);
      if (t < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };

  const hoveredName = shapes?.find((shape) => shape.id === hovered)?.name;
  return (
    <main>
      <h1>{data.title}</h1>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" aria-label="World map">
        <g transform={`translate(${(WIDTH / 2) * (1 - scale)},${(HEIGHT / 2) * (1 - scale)}) scale(${scale})`}>
          {shapes?.map(({ id, name, d }) => {
            const status = data.signatories.includes(id) ? "signatory" : data.subjects.includes(id) ? "subject" : "other";
            return (
              <path
                key={`${id} ${name}`}
                d={d}
                data-iso={data.isoByNumeric[id]}
                fill={hovered === id ? FILL.hovered : FILL[status]}
                stroke="#fff"
                strokeWidth={0.4}
                onMouseEnter={() => setHovered(id)}
                onMouseLeave={() => setHovered(null)}
              />
            );
          })}
        </g>
      </svg>
      <p role="tooltip">{hoveredName ?? "\u00a0"}</p>
      <button type="button" aria-label="Zoom in" onClick={zoomIn}>
        +
      </button>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
