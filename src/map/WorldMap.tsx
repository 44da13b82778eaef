import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from "react";
import type { Point, World, WorldShape } from "../geo/types";
import type { Messages } from "../i18n/messages";
import { categoryOf } from "../view/categorise";
import { useHighlight, type HighlightStore } from "../view/highlightStore";
import type { StatementView } from "../view/statementView";
import { CountryMarker } from "./CountryMarker";
import { CountryShape } from "./CountryShape";
import { focusBoxOf } from "./focusBox";
import { countryAt } from "./hitTest";
import { nextCountry } from "./keyboardOrder";
import { Legend } from "./Legend";
import { mapLayers, markerLayer } from "./mapLayers";
import { MapTooltip, moveTooltip } from "./MapTooltip";
import { MARKER_HIT_RADIUS_PX } from "./markers";
import { useElementSize } from "./useElementSize";
import { useZoom } from "./useZoom";
import { frameOf, onScreen } from "./zoomMath";

/** Size assumed before the map is measured (and when prerendered): a desktop map column. */
const ASSUMED_SIZE = { width: 800, height: 390 };
/** Label points that frame the "Europe" view: Iceland, Portugal, Cyprus, Finland, Ukraine. */
const EUROPE_FRAME = ["IS", "PT", "CY", "FI", "UA"];
/** Rings around markers and outlines of markers' countries, as a multiple of the marker's dot. */
const RING_SCALE = { hover: 1.7, selected: 1.7, group: 1.9 };
/** How close a country chosen elsewhere is brought: micro-states are framed no closer than this. */
const FOCUS_MAX_ZOOM = 24;
/** How far the content may draw past the map's edges, in viewBox units: a marker at the date line keeps its whole ring. */
const EDGE_ALLOWANCE = 8;

/** What the page can ask of the map. */
export interface MapHandle {
  /** Brings a country into view (micro-states closer). */
  zoomTo: (iso: string) => void;
}

export interface WorldMapProps {
  ref?: Ref<MapHandle>;
  world: World;
  view: StatementView;
  messages: Messages;
  selectedIso: string | null;
  /** What the selected country did, in words, shown under the map. */
  selectionNote: string;
  /** The hovered or focused country, shared with the signatory list. */
  highlight: HighlightStore;
  /** Countries to outline (a reference group's members), or null. */
  outlined: readonly string[] | null;
  wheelNeedsModifier: boolean;
  onSelect: (iso: string | null) => void;
}

const isoOfTarget = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest("[data-iso]")?.getAttribute("data-iso") ?? null) : null;

/** The interactive choropleth: countries, markers for tiny ones, hover and focus tooltip, zoom, legend. */
export function WorldMap(props: WorldMapProps) {
  const { world, view: statementView, messages, selectedIso, highlight, onSelect } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const pointer = useRef<Point | null>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const moveFocusTo = useRef<string | null>(null);

  const box = useElementSize(svgRef, ASSUMED_SIZE);
  const worldSize = useMemo(() => ({ width: world.width, height: world.height }), [world]);
  const zoom = useZoom(svgRef, frameRef, worldSize, props.wheelNeedsModifier);
  const { view, zoomToBox } = zoom;
  // The drawing keeps its proportions inside the <svg>'s box (preserveAspectRatio "meet").
  const pxPerUnit = Math.min(box.width / world.width, box.height > 0 ? box.height / world.height : Infinity);

  const category = useCallback((iso: string) => categoryOf(statementView.categorised, iso), [statementView]);
  const layers = useMemo(() => mapLayers(world, category), [world, category]);
  const markerAt = useMemo(
    () => markerLayer(world.shapes, category, statementView.categorised.coveredBy, pxPerUnit, view.k, box.width),
    [world, category, statementView, pxPerUnit, view.k, box.width],
  );
  const { markers, markerIsos, dotRadius, dotRadiusPx } = markerAt;
  const currentStop = tabStop ?? selectedIso ?? layers.order[0] ?? null;

  useImperativeHandle(
    props.ref,
    () => ({
      zoomTo: (iso) => {
        const shape = layers.shapeByIso.get(iso);
        if (shape) zoomToBox(focusBoxOf(shape, world.width), FOCUS_MAX_ZOOM);
      },
    }),
    [layers, world.width, zoomToBox],
  );

  // Keyboard focus follows the arrow keys once React has rendered the new tab stop.
  useEffect(() => {
    const iso = moveFocusTo.current;
    if (!iso || iso !== currentStop) return;
    moveFocusTo.current = null;
    svgRef.current?.querySelector<SVGElement>(`[data-iso="${iso}"][tabindex="0"]`)?.focus();
  }, [currentStop]);

  /** A point of the map (viewBox units, zoomed) in the frame's CSS px; null where the browser cannot say (jsdom). */
  const toFrame = useCallback((point: Point): Point | null => {
    const matrix = svgRef.current?.getScreenCTM?.();
    const frame = frameRef.current?.getBoundingClientRect();
    if (!matrix || !frame) return null;
    const screen = new DOMPoint(point[0], point[1]).matrixTransform(matrix);
    return [screen.x - frame.left, screen.y - frame.top];
  }, []);

  /** The country a pointer event names (see hitTest.ts). */
  const isoAt = (event: { clientX: number; clientY: number; target: EventTarget | null }) => {
    const under = isoOfTarget(event.target);
    const matrix = svgRef.current?.getScreenCTM?.();
    if (!matrix) return under;
    const user = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return countryAt({ point: [user.x, user.y], under, markers, view, pxPerUnit, dotRadiusPx, hitRadiusPx: MARKER_HIT_RADIUS_PX });
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const frame = frameRef.current;
    const frameBox = frame?.getBoundingClientRect();
    if (frameBox) pointer.current = [event.clientX - frameBox.left, event.clientY - frameBox.top];
    const iso = isoAt(event);
    const current = highlight.get();
    if (iso !== current.iso || !current.onMap) highlight.set({ iso, onMap: true });
    // Same country: only the tooltip moves with the pointer.
    else if (iso && tooltipRef.current && frame && pointer.current) moveTooltip(tooltipRef.current, pointer.current, frame);
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
    const next = nextCountry(layers.order, layers.labelPoints, from, event.key);
    if (next) {
      event.preventDefault();
      moveFocusTo.current = next;
      setTabStop(next);
    }
  };

  const anchorOf = useCallback(
    (iso: string, fromPointer: boolean): Point | null => {
      if (fromPointer && pointer.current) return pointer.current;
      const point = layers.labelPoints.get(iso);
      return point ? toFrame(onScreen(view, point)) : null;
    },
    [layers, toFrame, view],
  );

  const summaryId = useId();
  const selected = selectedIso ? layers.shapeByIso.get(selectedIso) : undefined;
  const transform = `translate(${round(view.x)},${round(view.y)}) scale(${round(view.k, 4)})`;
  const ring = (shape: WorldShape) => markerIsos.has(shape.iso) || !shape.d;

  return (
    <figure className="map">
      <p id={summaryId} className="visually-hidden">
        {statementView.mapSummary}
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
          onPointerLeave={() => {
            pointer.current = null;
            highlight.set({ iso: null, onMap: false });
          }}
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
            <pattern id="second-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(-45)">
              <rect className="hatch-ground" width="4" height="4" />
              <line className="hatch-line" x1="0" y1="0" x2="0" y2="4" />
            </pattern>
            <clipPath id="map-clip">
              <rect x={-EDGE_ALLOWANCE} y={-EDGE_ALLOWANCE} width={world.width + 2 * EDGE_ALLOWANCE} height={world.height + 2 * EDGE_ALLOWANCE} />
            </clipPath>
          </defs>
          <g clipPath="url(#map-clip)">
            <g transform={transform}>
              <path className="sphere" d={world.sphere} />
              <g className="countries">
                {layers.drawn.map((shape) => (
                  <CountryShape
                    key={shape.iso}
                    iso={shape.iso}
                    d={shape.d}
                    category={category(shape.iso)}
                    coveredBy={statementView.categorised.coveredBy.get(shape.iso) ?? null}
                    label={statementView.statusOf(shape.iso).label}
                    tabbable={shape.iso === currentStop}
                    selected={shape.iso === selectedIso}
                  />
                ))}
              </g>
              {props.outlined && (
                <g className="group-outline" aria-hidden="true">
                  {props.outlined.map((iso) => {
                    const shape = layers.shapeByIso.get(iso);
                    return shape && <Overlay key={iso} className="group-member" shape={shape} asRing={ring(shape)} radius={dotRadius * RING_SCALE.group} />;
                  })}
                </g>
              )}
              {selected && <Overlay className="selected-outline" shape={selected} asRing={ring(selected)} radius={dotRadius * RING_SCALE.selected} />}
              <HoverOutline highlight={highlight} shapeByIso={layers.shapeByIso} asRing={(shape) => ring(shape)} radius={dotRadius * RING_SCALE.hover} />
              <g className="markers">
                {markers.map((marker) => (
                  <CountryMarker
                    key={marker.iso}
                    iso={marker.iso}
                    centre={marker.centre}
                    category={marker.category}
                    label={statementView.statusOf(marker.iso).label}
                    radius={dotRadius}
                    asButton={!layers.shapeByIso.get(marker.iso)?.d}
                    tabbable={marker.iso === currentStop}
                    selected={marker.iso === selectedIso}
                  />
                ))}
              </g>
            </g>
          </g>
        </svg>
        <MapTooltip ref={tooltipRef} highlight={highlight} selectedIso={selectedIso} anchorOf={anchorOf} frameRef={frameRef} describe={statementView.statusOf} />
        <div className="map-controls" role="toolbar" aria-label={messages.mapControlsLabel}>
          <button type="button" onClick={zoom.zoomIn} aria-label={messages.zoomIn}>
            +
          </button>
          <button type="button" onClick={zoom.zoomOut} aria-label={messages.zoomOut}>
            −
          </button>
          <button type="button" onClick={zoom.reset} aria-label={messages.zoomReset}>
            ⟲
          </button>
          <button
            type="button"
            aria-label={messages.zoomEuropeLabel}
            onClick={() => zoomToBox(frameOf(EUROPE_FRAME.map((iso) => layers.labelPoints.get(iso)).filter((point): point is Point => point !== undefined), 25))}
          >
            {messages.zoomEurope}
          </button>
        </div>
      </div>
      <p className="selection-note" role="status">
        {props.selectionNote}
      </p>
      <figcaption>
        <Legend entries={statementView.legend} />
        {statementView.legendNote && <p className="legend-note">{statementView.legendNote}</p>}
        <p className="map-credit">{messages.mapCredit}</p>
      </figcaption>
    </figure>
  );
}

/** The outline over the highlighted country: the only part of the map that redraws on hover. */
function HoverOutline(props: { highlight: HighlightStore; shapeByIso: ReadonlyMap<string, WorldShape>; asRing: (shape: WorldShape) => boolean; radius: number }) {
  const { iso } = useHighlight(props.highlight);
  const shape = iso ? props.shapeByIso.get(iso) : undefined;
  return shape ? <Overlay className="hover-outline" shape={shape} asRing={props.asRing(shape)} radius={props.radius} /> : null;
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
