import { useCallback, useId, useImperativeHandle, useMemo, useRef, type MouseEvent, type PointerEvent, type Ref } from "react";
import type { Point, World, WorldShape } from "../geo/types";
import type { Messages } from "../i18n/messages";
import { categoryOf } from "../view/categorise";
import type { HighlightStore } from "../view/highlightStore";
import type { StatementView } from "../view/statementView";
import { CountryMarker } from "./CountryMarker";
import { CountryShape } from "./CountryShape";
import { focusBoxOf } from "./focusBox";
import { HoverOutline } from "./HoverOutline";
import { CandidateChooser } from "./CandidateChooser";
import { candidatesAt, countryAt } from "./hitTest";
import { isoOfTarget } from "./isoOfTarget";
import { Legend } from "./Legend";
import { MapControls, MapDefs } from "./MapParts";
import { chooseInset, insetLayout, insetRegionName, markersOfMap, meetsWindow, type InsetChoice } from "./inset";
import { InsetShape } from "./InsetShape";
import { mapLayers } from "./mapLayers";
import { markerRadiusPx, type MarkerSpec } from "./markers";
import { MapTooltip, moveTooltip } from "./MapTooltip";
import { hitTestInputOf, landUnder, type PointerAt } from "./pointerHit";
import { useCandidateChooser } from "./useCandidateChooser";
import { useElementSize } from "./useElementSize";
import { useKeyboardStops } from "./useKeyboardStops";
import { useZoom } from "./useZoom";
import { useZoomDetail } from "./useZoomDetail";
import { detailShown, layersWithDetail } from "./zoomDetail";
import { onScreen } from "./zoomMath";

/** Size assumed before the map is measured (and when prerendered): a desktop map column. */
const ASSUMED_SIZE = { width: 800, height: 390 };
/** Rings around markers and outlines of markers' countries, as a multiple of the marker's dot. */
const RING_SCALE = { hover: 1.7, selected: 1.7, group: 1.9 };
/** How close a country chosen elsewhere is brought: micro-states are framed no closer than this. */
const FOCUS_MAX_ZOOM = 24;
/** How far the content may draw past the map's edges, in viewBox units: a marker at the date line keeps its whole ring. */
const EDGE_ALLOWANCE = 8;
/** The inset's label sits beside its frame, this far from it (viewBox units). */
const INSET_LABEL_GAP = 14;

/** What the page can ask of the map. */
export interface MapHandle {
  /** Brings a country into view (micro-states closer). */
  zoomTo: (iso: string) => void;
}

export interface WorldMapProps {
  /** What the page can ask of the map. */
  handleRef?: Ref<MapHandle>;
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
  /** The outlined group's name ("NATO"), for the legend's entry; null when none is outlined. */
  outlinedName: string | null;
  wheelNeedsModifier: boolean;
  onSelect: (iso: string | null) => void;
  /** The page's language, for the inset's label (default English). */
  lang?: string;
  /** The statement's own choice of inset ("none", a region), or null to choose from its data. */
  insetChoice?: InsetChoice | null;
}

/** The interactive choropleth: countries, markers for tiny ones, hover and focus tooltip, zoom, legend. */
export function WorldMap(props: WorldMapProps) {
  const { world, view: statementView, messages, selectedIso, highlight, onSelect } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const pointer = useRef<Point | null>(null);
  /** The last pointer's kind ("mouse", "touch", "pen"): a tap offers candidates where a click picks one. */
  const pointerType = useRef("mouse");
  const { chooser, open: openChooser, choose, dismiss: dismissChooser } = useCandidateChooser(frameRef, svgRef, onSelect);

  const box = useElementSize(svgRef, ASSUMED_SIZE);
  const worldSize = useMemo(() => ({ width: world.width, height: world.height }), [world]);
  const zoom = useZoom(svgRef, frameRef, worldSize, props.wheelNeedsModifier);
  const { view, zoomToBox } = zoom;

  const category = useCallback((iso: string) => categoryOf(statementView.categorised, iso), [statementView]);
  const coveredBy = statementView.categorised.coveredBy;
  // The crowded region drawn again, magnified, in a band below the world (#22); null where nothing crowds.
  const inset = useMemo(() => chooseInset(world, category, coveredBy, props.insetChoice ?? null), [world, category, coveredBy, props.insetChoice]);
  const band = useMemo(() => (inset ? insetLayout(world, inset.window) : null), [inset, world]);
  // The region button frames the inset's region, or where the statement has any crowded party; none where it has none (the Pacific).
  const focusRegion = useMemo(() => inset ?? chooseInset(world, category, coveredBy, null, 1), [inset, world, category, coveredBy]);
  const drawingHeight = band?.height ?? world.height;
  // The drawing keeps its proportions inside the <svg>'s box (preserveAspectRatio "meet").
  const pxPerUnit = Math.min(box.width / world.width, box.height > 0 ? box.height / drawingHeight : Infinity);

  const layers = useMemo(() => mapLayers(world, category, coveredBy), [world, category, coveredBy]);
  const dotRadiusPx = markerRadiusPx(box.width);
  const dotRadius = dotRadiusPx / (pxPerUnit * view.k);
  const insetShapes = useMemo(() => (inset ? world.shapes.filter((shape) => meetsWindow(shape, inset.window)) : []), [world, inset]);
  const insetShapeByIso = useMemo(() => new Map(insetShapes.map((shape) => [shape.iso, shape])), [insetShapes]);
  // Markers never hide each other, on the world view (the inset's parties have theirs there) and in the inset.
  const insetDotRadius = dotRadiusPx / pxPerUnit;
  const markers = useMemo(
    () => markersOfMap(world, category, coveredBy, inset, band, { pxPerUnit, k: view.k, dotRadiusPx }),
    [world, category, coveredBy, inset, band, pxPerUnit, view.k, dotRadiusPx],
  );
  // From 4x, the countries in view are drawn from finer geometry (#11); each keeps its data-iso,
  // fill and button, so hit testing (by the element under the pointer) names what is drawn there.
  const detail = useZoomDetail(view, worldSize, EDGE_ALLOWANCE);
  const detailPaths = detailShown(detail, view, worldSize, EDGE_ALLOWANCE);
  const shapes = useMemo(() => layersWithDetail(layers, detailPaths), [layers, detailPaths]);
  const { currentStop, setStop, onKeyDown } = useKeyboardStops(svgRef, layers, selectedIso, highlight, onSelect);
  const worldMarkers = markers.filter((marker) => !marker.fixed);
  // What the inset outlines on hover or selection: a country's shape, or for one it shows as a dot, a
  // ring round that dot (where it was placed, in the inset's own units), as the world view does.
  const insetOutlined = useMemo(() => {
    const outlined = new Map(insetShapeByIso);
    if (!band) return outlined;
    for (const { iso, centre, fixed } of markers) {
      if (!fixed) continue;
      const at: Point = [(centre[0] - band.x) / band.k, (centre[1] - band.y) / band.k];
      outlined.set(iso, { iso, d: "", centroid: at, bounds: [at, at] });
    }
    return outlined;
  }, [insetShapeByIso, markers, band]);
  const markerIsos = new Set(worldMarkers.map((marker) => marker.iso));
  const insetMarkers = markers.filter((marker) => marker.fixed);
  /** A set of markers, with leader lines to the places of those moved off them. */
  const markerLayerOf = (set: readonly MarkerSpec[], radius: number) => (
    <g className="markers">
      {set.map(
        ({ iso, centre, anchor }) =>
          anchor && <line key={`${iso}-leader`} className="marker-leader" x1={anchor[0]} y1={anchor[1]} x2={centre[0]} y2={centre[1]} aria-hidden="true" />,
      )}
      {set.map((marker) => (
        <CountryMarker
          key={marker.iso}
          iso={marker.iso}
          centre={marker.centre}
          category={marker.category}
          label={statementView.statusOf(marker.iso).label}
          radius={radius}
          // A country is one button wherever it is drawn: the inset's markers are pictures of it.
          asButton={!marker.fixed && !layers.shapeByIso.get(marker.iso)?.d}
          tabbable={marker.iso === currentStop}
          selected={marker.iso === selectedIso}
        />
      ))}
    </g>
  );

  useImperativeHandle(
    props.handleRef,
    () => ({
      zoomTo: (iso) => {
        const shape = layers.shapeByIso.get(iso);
        if (shape) zoomToBox(focusBoxOf(shape, world.width), FOCUS_MAX_ZOOM);
      },
    }),
    [layers, world.width, zoomToBox],
  );

  /** A point of the map (viewBox units, zoomed) in the frame's CSS px; null where the browser cannot say (jsdom). */
  const toFrame = useCallback((point: Point): Point | null => {
    const matrix = svgRef.current?.getScreenCTM?.();
    const frame = frameRef.current?.getBoundingClientRect();
    if (!matrix || !frame) return null;
    const screen = new DOMPoint(point[0], point[1]).matrixTransform(matrix);
    return [screen.x - frame.left, screen.y - frame.top];
  }, []);

  const hitInput = (event: PointerAt) => hitTestInputOf(svgRef.current, event, markers, dotRadius, view, worldSize);

  /** The country a pointer event names. */
  const isoAt = (event: PointerAt) => {
    const input = hitInput(event);
    return input ? countryAt(input) : isoOfTarget(event.target);
  };

  /** A mouse click selects the country it names; a tap near several small countries asks which (issue #11). */
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (pointerType.current !== "touch") return onSelect(isoAt(event));
    const input = hitInput(event);
    const under = landUnder(document, event.clientX, event.clientY) ?? isoOfTarget(event.target);
    const isos = input ? candidatesAt({ ...input, under }) : under ? [under] : [];
    if (isos.length <= 1) return onSelect(isos[0] ?? null);
    openChooser(event.clientX, event.clientY, isos);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const frameBox = frameRef.current?.getBoundingClientRect();
    if (frameBox) pointer.current = [event.clientX - frameBox.left, event.clientY - frameBox.top];
    const iso = isoAt(event);
    const current = highlight.get();
    if (iso !== current.iso || !current.onMap) highlight.set({ iso, onMap: true });
    // Same country: only the tooltip moves with the pointer.
    else if (iso && tooltipRef.current && pointer.current) moveTooltip(tooltipRef.current, pointer.current);
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
  const selected = selectedIso ? shapes.shapeByIso.get(selectedIso) : undefined;
  const transform = `translate(${round(view.x)},${round(view.y)}) scale(${round(view.k, 4)})`;
  const ring = (shape: WorldShape) => markerIsos.has(shape.iso) || !shape.d;
  const outlinedShapes = props.outlined?.map((iso) => shapes.shapeByIso.get(iso)).filter((shape): shape is WorldShape => shape !== undefined);

  return (
    <figure className="map">
      <p id={summaryId} className="visually-hidden">
        {statementView.mapSummary}
      </p>
      {/* Focus is followed on the frame, not on the <svg>: Chromium makes an SVG element with a focus
          listener of its own a Tab stop, so a listener there would put the <svg> in the tab order. */}
      <div
        className="map-frame"
        data-inset={inset?.region}
        ref={frameRef}
        onFocus={(event) => {
          if (!svgRef.current?.contains(event.target)) return;
          // Chromium makes the inset's copy of the Tab stop (a <use> clones its tabindex) a stop of
          // its own: Tab passes it by, on to the zoom buttons, and Shift+Tab back to the country.
          if (event.target.closest("g[data-inset]")) {
            const fromMap = event.relatedTarget instanceof Node && svgRef.current.contains(event.relatedTarget);
            const next = fromMap
              ? frameRef.current?.querySelector<HTMLElement>(".map-controls button")
              : svgRef.current.querySelector<SVGElement>('.countries [tabindex="0"]');
            next?.focus();
            return;
          }
          const iso = isoOfTarget(event.target);
          pointer.current = null;
          highlight.set({ iso, onMap: true });
          if (iso) setStop(iso);
        }}
        onBlur={(event) => {
          if (svgRef.current?.contains(event.target)) highlight.set({ iso: null, onMap: false });
        }}
      >
        <svg
          ref={svgRef}
          className="map-svg"
          viewBox={`0 0 ${world.width} ${drawingHeight}`}
          role="group"
          aria-label={messages.mapLabel}
          aria-describedby={summaryId}
          onPointerMove={onPointerMove}
          onPointerLeave={() => {
            pointer.current = null;
            highlight.set({ iso: null, onMap: false });
          }}
          onPointerDown={(event) => {
            pointerType.current = event.pointerType;
          }}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <MapDefs world={world} edgeAllowance={EDGE_ALLOWANCE} insetFrame={band?.frame ?? null} />
          <g clipPath="url(#map-clip)">
            <g transform={transform}>
              <path className="sphere" d={world.sphere} />
              <g className="countries">
                {shapes.drawn.map((shape) => (
                  <CountryShape
                    key={shape.iso}
                    id={insetShapeByIso.has(shape.iso) ? insetHref(shape.iso) : undefined}
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
              {selected && <Overlay className="selected-outline" shape={selected} asRing={ring(selected)} radius={dotRadius * RING_SCALE.selected} />}
              <HoverOutline highlight={highlight} shapeByIso={shapes.shapeByIso} isRing={ring} radius={dotRadius * RING_SCALE.hover} />
              {inset && <rect className="inset-locator" aria-hidden="true" {...rectOf(inset.window)} />}
              {markerLayerOf(worldMarkers, dotRadius)}
              {/* Above the markers, so a micro-state's ring shows (#17); a light casing under dark
                  dashes (dark under light in the dark theme) shows on every fill. */}
              {outlinedShapes && (
                <>
                  <g className="group-halo" aria-hidden="true">
                    {outlinedShapes.map((shape) => (
                      <Overlay key={shape.iso} className="group-member" shape={shape} asRing={ring(shape)} radius={dotRadius * RING_SCALE.group} />
                    ))}
                  </g>
                  <g className="group-outline" aria-hidden="true">
                    {outlinedShapes.map((shape) => (
                      <Overlay key={shape.iso} className="group-member" shape={shape} asRing={ring(shape)} radius={dotRadius * RING_SCALE.group} />
                    ))}
                  </g>
                </>
              )}
            </g>
          </g>
          {inset && band && (
            <g className="inset" data-inset={inset.region}>
              <rect className="inset-frame" x={band.frame[0]} y={band.frame[1]} width={band.frame[2]} height={band.frame[3]} />
              <g clipPath="url(#inset-clip)">
                <g transform={`translate(${band.x},${band.y}) scale(${band.k})`}>
                  {insetShapes.map((shape) => (
                    <InsetShape
                      key={shape.iso}
                      iso={shape.iso}
                      href={insetHref(shape.iso)}
                      category={category(shape.iso)}
                      coveredBy={coveredBy.get(shape.iso) ?? null}
                    />
                  ))}
                  {selectedIso && insetOutlined.has(selectedIso) && (
                    <Overlay
                      className="inset-selected-outline"
                      shape={insetOutlined.get(selectedIso)!}
                      asRing={!insetOutlined.get(selectedIso)!.d}
                      radius={(insetDotRadius * RING_SCALE.selected) / band.k}
                    />
                  )}
                  <HoverOutline
                    highlight={highlight}
                    shapeByIso={insetOutlined}
                    isRing={(shape) => !shape.d}
                    radius={(insetDotRadius * RING_SCALE.hover) / band.k}
                    outlineClass="inset-hover-outline"
                  />
                </g>
              </g>
              {markerLayerOf(insetMarkers, insetDotRadius)}
              <rect className="inset-edge" x={band.frame[0]} y={band.frame[1]} width={band.frame[2]} height={band.frame[3]} aria-hidden="true" />
              <text className="inset-label" x={band.frame[0] + band.frame[2] + INSET_LABEL_GAP} y={band.frame[1] + INSET_LABEL_GAP} aria-hidden="true">
                {insetRegionName(inset.region, props.lang ?? "en")}
              </text>
            </g>
          )}
        </svg>
        {/* The overlay is a layout boundary (contain: strict): a new name in the tooltip lays out the
            tooltip alone, not the map frame, whose relayout would lay out every country again (#11). */}
        <div className="map-overlay">
          <MapTooltip tooltipRef={tooltipRef} highlight={highlight} selectedIso={selectedIso} anchorOf={anchorOf} describe={statementView.statusOf} />
        </div>
        {chooser && (
          <CandidateChooser
            key={chooser.at.join()}
            at={chooser.at}
            candidates={chooser.isos.map((iso) => ({ iso, ...statementView.statusOf(iso) }))}
            label={messages.chooserLabel}
            closeLabel={messages.close}
            onChoose={choose}
            onClose={dismissChooser}
          />
        )}
        <MapControls
          messages={messages}
          zoom={zoom}
          region={focusRegion ? { name: insetRegionName(focusRegion.region, props.lang ?? "en"), frame: () => zoomToBox(focusRegion.window) } : null}
        />
      </div>
      <p className="selection-note" role="status">
        {props.selectionNote}
      </p>
      {zoom.failed && (
        <p className="zoom-failed" role="status">
          {messages.zoomUnavailable}{" "}
          <button type="button" onClick={zoom.retry}>
            {messages.retry}
          </button>
        </p>
      )}
      <figcaption>
        <Legend entries={statementView.legend} outlined={props.outlined && props.outlinedName ? messages.legendOutlined(props.outlinedName) : null} />
        {statementView.legendNote && <p className="legend-note">{statementView.legendNote}</p>}
        <p className="map-credit">{messages.mapCredit}</p>
      </figcaption>
    </figure>
  );
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

/** The id by which the inset draws a country's world-view path again. */
const insetHref = (iso: string) => `country-${iso}`;

/** A box of the world as a <rect>'s attributes. */
const rectOf = ([[x0, y0], [x1, y1]]: [Point, Point]) => ({ x: x0, y: y0, width: round(x1 - x0), height: round(y1 - y0) });
