import type { World } from "../geo/types";
import type { Messages } from "../i18n/messages";
import type { ZoomControls } from "./useZoom";

/** The map's patterns (the subjects' hatching, the second statement's in a comparison) and its clip. */
export function MapDefs({ world, edgeAllowance }: { world: World; edgeAllowance: number }) {
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
    </defs>
  );
}

/** The zoom buttons: in, out, the whole world, and Europe (where most statements' signatories crowd). */
export function MapControls({ messages, zoom, onEurope }: { messages: Messages; zoom: ZoomControls; onEurope: () => void }) {
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
      <button type="button" aria-label={messages.zoomEuropeLabel} onClick={onEurope}>
        {messages.zoomEurope}
      </button>
    </div>
  );
}
