import { memo } from "react";
import type { Point } from "../geo/types";
import type { Category } from "./categorise";
import { statusOf } from "./categorise";

interface CountryMarkerProps {
  iso: string;
  centre: Point;
  category: Category;
  label: string;
  /** Radius in viewBox units, so the marker keeps its size on screen at any zoom. */
  radius: number;
  tabbable: boolean;
  selected: boolean;
}

/** A dot for a country too small to see (or missing from the map data). The map finds the nearest dot within a hover radius, so it needs no hit area of its own. */
export const CountryMarker = memo(function CountryMarker({ iso, centre, category, label, radius, tabbable, selected }: CountryMarkerProps) {
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
      <circle className="marker-dot" cx={cx} cy={cy} r={radius} />
    </g>
  );
});
