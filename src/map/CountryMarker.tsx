import { memo } from "react";
import type { Point } from "../geo/types";
import type { Category } from "./categorise";
import { statusOf } from "./categorise";

interface CountryMarkerProps {
  iso: string;
  centre: Point;
  category: Category;
  label: string;
  /** Radii in viewBox units, so the marker keeps its size on screen at any zoom. */
  radius: number;
  hitRadius: number;
  tabbable: boolean;
  selected: boolean;
}

/** A dot for a country too small to see (or missing from the map data), with a wider invisible hit area. */
export const CountryMarker = memo(function CountryMarker({ iso, centre, category, label, radius, hitRadius, tabbable, selected }: CountryMarkerProps) {
  const [cx, cy] = centre;
  return (
    <g
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      className="marker"
      role="button"
      aria-label={label}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      <circle className="marker-hit" cx={cx} cy={cy} r={hitRadius} />
      <circle className="marker-dot" cx={cx} cy={cy} r={radius} />
    </g>
  );
});
