import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { formatList } from "../i18n/format";
import type { Point, World, WorldShape } from "../geo/types";
import type { Messages } from "../i18n/messages";
import { categoryOf, type Categorised } from "./categorise";
import { CountryMarker } from "./CountryMarker";
import { CountryShape } from "./CountryShape";
import { describeStatus } from "./describeCountry";
import { focusBoxOf } from "./focusBox";
import { keyboardOrder, nextInOrder } from "./keyboardOrder";
import { Legend } from "./Legend";
import { useHighlight, type HighlightStore } from "./highlightStore";
import { MapTooltip } from "./MapTooltip";
import { MARKER_HIT_RADIUS_PX, MARKER_RADIUS_NARROW_PX, MARKER_RADIUS_PX, NARROW_MAP_PX, markersFor, nearestMarker } from "./markers";
import { useElementWidth } from "./useElementWidth";
import { useZoom } from "./useZoom";

/** Width assumed before the map is measured (and when prerendered): a desktop map column. */
const ASSUMED_WIDTH_PX = 800;
/** Centroids that frame the "Europe" view: Iceland, Portugal, Cyprus, Finland, Ukraine. */
const EUROPE_FRAME = ["IS", "PT", "CY", "FI", "UA"];

export interface WorldMapProps {
  world: World;
  categorised: Categorised;
  nameOf: (iso: string) => string;
  messages: Messages;
  lang: string;
  selectedIso: string | null;
  /** The hovered or focused country, shared with the signatory list. */
  highlight: HighlightStore;
  /** Ask the map to bring a country into view; `seq` makes a repeated request for one country count. */
  focusRequest: { iso: string; seq: number } | null;
  /** Countries to outline (a reference group's members), or null. */
  outlined?: readonly string[] | null;
  wheelNeedsModifier: boolean;
  onSelect: (iso: string | null) => void;
}

const isoOfTarget = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest("[data-iso]")?.getAttribute("data-iso") ?? null) : null;

/** The interactive choropleth: countries, markers for tiny ones, hover and focus tooltip, zoom. */
export function WorldMap(props: WorldMapProps) {
  const { world, categorised, nameOf, messages, lang, selectedIso, highlight, focusRequest, onSelect } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const pointer = useRef<Point | null>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const moveFocusTo = useRef<string | null>(null);

  const width = useElementWidth(svgRef, ASSUMED_WIDTH_PX);
  const size = useMemo(() => ({ width: world.width, height: world.height }), [world]);
  const { view, zoomIn, zoomOut, reset, zoomToBox } = useZoom(svgRef, frameRef, size, props.wheelNeedsModifier);
  const pxPerUnit = (width / world.width) * view.k;

  const category = useCallback((iso: string) => categoryOf(categorised, iso), [categorised]);
  // Every country's accessible label, made once per statement and language, not on every hover.
  const labels = useMemo(
    () =>
      new Map(
        world.shapes.map((shape) => [
          shape.iso,
          `${nameOf(shape.iso)}: ${describeStatus(category(shape.iso), messages, lang, categorised.joinedOn.get(shape.iso))}`,
        ]),
      ),
    [world, nameOf, category, messages, lang, categorised],
  );
  const labelOf = (iso: string) => labels.get(iso) ?? iso;
  const drawn = useMemo(() => world.shapes.filter((shape) => shape.d !== ""), [world]);
  const shapeByIso = useMemo(() => new Map(world.shapes.map((shape) => [shape.iso, shape])), [world]);
  const markers = useMemo(() => markersFor(world.shapes, category, pxPerUnit), [world, category, pxPerUnit]);
  const markerIsos = useMemo(() => new Set(markers.map((m) => m.iso)), [markers]);
  const order = useMemo(() => keyboardOrder(world.shapes.filter((s) => s.d !== "" || category(s.iso) !== "other"), category), [world, category]);
  const currentStop = tabStop ?? selectedIso ?? order[0] ?? null;

  // Keyboard focus follows the arrow keys once React has rendered the new tab stop.
  useEffect(() => {
    const iso = moveFocusTo.current;
    if (!iso || iso !== currentStop) return;
    moveFocusTo.current = null;
    svgRef.current?.querySelector<SVGElement>(`[data-iso="${iso}"][tabindex="0"]`)?.focus();
  }, [currentStop]);

  // Bring a country chosen elsewhere into view; micro-states get a close zoom. zoomToBox is stable
  // (it changes only with the world's size), so only a new request zooms.
  useEffect(() => {
    if (!focusRequest) return;
    const shape = shapeByIso.get(focusRequest.iso);
    if (shape) zoomToBox(focusBoxOf(shape, world.width), 24);
  }, [focusRequest, shapeByIso, world.width, zoomToBox]);

  const summaryId = useId();
  const summary = useMemo(() => {
    const subjects = [...categorised.byIso].filter(([, c]) => c === "subject").map(([iso]) => nameOf(iso));
    const signed = messages.signedPhrase(categorised.signatoryCountries + categorised.joinedOn.size, categorised.organisations);
    return messages.mapSummary(signed, formatList(subjects, lang), subjects.length);
  }, [categorised, nameOf, messages, lang]);

  const radius = (width < NARROW_MAP_PX ? MARKER_RADIUS_NARROW_PX : MARKER_RADIUS_PX) / pxPerUnit;

  /** The country under the pointer: the nearest marker within its hover radius first, else the shape hit. */
  const isoAt = (event: { clientX: number; clientY: number; target: EventTarget | null }) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM?.();
    const under = isoOfTarget(event.target);
    if (svg && matrix && markers.length > 0) {
      const user = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      const toPx = width / world.width;
      // On a named country's own shape, only a marker's visible dot takes precedence; over the sea
      // or a country that did not sign, the whole hover radius counts.
      const onNamedShape = under !== null && !markerIsos.has(under) && category(under) !== "other";
      const radiusPx = onNamedShape ? radius * pxPerUnit : MARKER_HIT_RADIUS_PX;
      const near = nearestMarker(markers, [user.x, user.y], view, toPx, radiusPx);
      if (near) return near;
    }
    return under;
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const frameBox = frameRef.current?.getBoundingClientRect();
    if (frameBox) pointer.current = [event.clientX - frameBox.left, event.clientY - frameBox.top];
    const iso = isoAt(event);
    const current = highlight.get();
    if (iso !== current.iso || !current.onMap) {
      highlight.set({ iso, onMap: true });
    } else if (iso && tooltipRef.current && frameBox) {
      // Same country: only the tooltip moves with the pointer.
      const tooltip = tooltipRef.current;
      const left = Math.max(4, Math.min(event.clientX - frameBox.left + 12, frameBox.width - tooltip.offsetWidth - 4));
      tooltip.style.setProperty("left", `${left}px`);
      tooltip.style.setProperty("top", `${Math.max(0, event.clientY - frameBox.top - tooltip.offsetHeight - 10)}px`);
    }
  };

  const onPointerLeave = () => {
    pointer.current = null;
    highlight.set({ iso: null, onMap: false });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === "Escape") {
      onSelect(null);
      highlight.set({ iso: null, onMap: false });
      return;
    }
    const from = isoOfTarget(event.target);
    if (!from) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(from);
      return;
    }
    const next = nextInOrder(order, from, event.key);
    if (next) {
      event.preventDefault();
      moveFocusTo.current = next;
      setTabStop(next);
    }
  };

  const selected = selectedIso ? shapeByIso.get(selectedIso) : undefined;
  const transform = `translate(${round(view.x)},${round(view.y)}) scale(${round(view.k, 4)})`;

  return (
    <figure className="map">
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {selectedIso ? messages.selectedAnnouncement(nameOf(selectedIso), describeStatus(category(selectedIso), messages, lang, categorised.joinedOn.get(selectedIso))) : ""}
      </p>
      <div className="map-frame" ref={frameRef}>
        <svg
          ref={svgRef}
          className="map-svg"
          viewBox={`0 0 ${world.width} ${world.height}`}
          role="group"
          aria-label={messages.mapLabel}
          aria-describedby={summaryId}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
          onClick={(event) => onSelect(isoAt(event))}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const iso = isoOfTarget(event.target);
            pointer.current = null;
            highlight.set({ iso, onMap: true });
            if (iso) setTabStop(iso);
          }}
          onBlur={() => highlight.set({ iso: null, onMap: false })}
        >
          <defs>
            <pattern id="subject-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
              <rect className="hatch-ground" width="4" height="4" />
              <line className="hatch-line" x1="0" y1="0" x2="0" y2="4" />
            </pattern>
          </defs>
          <g transform={transform}>
            <path className="sphere" d={world.sphere} />
            <g className="countries">
              {drawn.map((shape) => (
                <CountryShape
                  key={shape.iso}
                  iso={shape.iso}
                  d={shape.d}
                  category={category(shape.iso)}
                  label={labelOf(shape.iso)}
                  focusable={!markerIsos.has(shape.iso)}
                  tabbable={shape.iso === currentStop}
                  selected={shape.iso === selectedIso}
                />
              ))}
            </g>
            {props.outlined && (
              <g className="group-outline" aria-hidden="true">
                {props.outlined.map((iso) => {
                  const shape = shapeByIso.get(iso);
                  return shape && <Overlay key={iso} className="group-member" shape={shape} asRing={markerIsos.has(iso)} radius={radius * 1.9} />;
                })}
              </g>
            )}
            {selected && <Overlay className="selected-outline" shape={selected} asRing={markerIsos.has(selected.iso)} radius={radius * 1.7} />}
            <HoverOutline highlight={highlight} shapeByIso={shapeByIso} markerIsos={markerIsos} radius={radius * 1.7} />
            <g className="markers">
              {markers.map((marker) => (
                <CountryMarker
                  key={marker.iso}
                  iso={marker.iso}
                  centre={marker.centre}
                  category={marker.category}
                  label={labelOf(marker.iso)}
                  radius={radius}
                  tabbable={marker.iso === currentStop}
                  selected={marker.iso === selectedIso}
                />
              ))}
            </g>
          </g>
        </svg>
        <MapTooltip
          ref={tooltipRef}
          highlight={highlight}
          selectedIso={selectedIso}
          pointer={pointer}
          frameRef={frameRef}
          svgRef={svgRef}
          describe={(iso) => [nameOf(iso), describeStatus(category(iso), messages, lang, categorised.joinedOn.get(iso))]}
        />
      </div>
      <div className="map-controls" role="toolbar" aria-label={messages.mapControlsLabel}>
          <button type="button" onClick={zoomIn} aria-label={messages.zoomIn}>+</button>
          <button type="button" onClick={zoomOut} aria-label={messages.zoomOut}>−</button>
          <button type="button" onClick={reset} aria-label={messages.zoomReset}>⟲</button>
          <button
            type="button"
            aria-label={messages.zoomEuropeLabel}
            onClick={() => zoomToBox(frameOf(EUROPE_FRAME.map((iso) => shapeByIso.get(iso)?.centroid).filter((p): p is Point => !!p), 25))}
          >
          {messages.zoomEurope}
        </button>
      </div>
      <figcaption>
        <Legend categorised={categorised} messages={messages} lang={lang} organisations={categorised.organisations} />
        <p className="map-credit">{messages.mapCredit}</p>
      </figcaption>
    </figure>
  );
}

/** The outline over the highlighted country: the only part of the map that redraws on hover. */
function HoverOutline(props: { highlight: HighlightStore; shapeByIso: ReadonlyMap<string, WorldShape>; markerIsos: ReadonlySet<string>; radius: number }) {
  const { iso } = useHighlight(props.highlight);
  const shape = iso ? props.shapeByIso.get(iso) : undefined;
  return shape ? <Overlay className="hover-outline" shape={shape} asRing={props.markerIsos.has(shape.iso)} radius={props.radius} /> : null;
}

/** A decoration over one country: its outline, or a ring around its marker. Never carries data-iso. */
function Overlay({ className, shape, asRing, radius }: { className: string; shape: WorldShape; asRing: boolean; radius: number }) {
  return asRing || !shape.d ? (
    <circle className={className} cx={shape.centroid[0]} cy={shape.centroid[1]} r={radius} aria-hidden="true" />
  ) : (
    <path className={className} d={shape.d} aria-hidden="true" />
  );
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** The box around some points, padded: frameOf([[1, 2], [5, 6]], 1) → [[0, 1], [6, 7]]. */
export function frameOf(points: Point[], pad: number): [Point, Point] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs) - pad, Math.min(...ys) - pad],
    [Math.max(...xs) + pad, Math.max(...ys) + pad],
  ];
}
