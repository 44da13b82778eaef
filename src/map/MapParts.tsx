import type { World } from "../geo/types";
import type { Messages } from "../i18n/messages";
import type { ZoomControls } from "./useZoom";

/** The map's patterns (the subjects' hatching, the second statement's in a comparison) and its clip. */
export function MapDefs({ world, edgeAllowance, insetFrame }: { world: World; edgeAllowance: number; insetFrame: readonly number[] | null }) {
  return (
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
        <rect x={-edgeAllowance} y={-edgeAllowance} width={world.width + 2 * edgeAllowance} height={world.height + 2 * edgeAllowance} />
      </clipPath>
      {insetFrame && (
        <clipPath id="inset-clip">
          <rect x={insetFrame[0]} y={insetFrame[1]} width={insetFrame[2]} height={insetFrame[3]} />
        </clipPath>
      )}
    </defs>
  );
}

/** The zoom buttons: in, out, the whole world, and the statement's crowded region, where it has one. */
export function MapControls({ messages, zoom, region }: { messages: Messages; zoom: ZoomControls; region: { name: string; frame: () => void } | null }) {
  return (
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
      {region && (
        <button type="button" aria-label={messages.zoomToRegion(region.name)} onClick={region.frame}>
          {region.name}
        </button>
      )}
    </div>
  );
}
