import { memo } from "react";
import type { Point } from "../geo/types";
import type { Category } from "../view/categorise";
import { statusOf } from "../view/categorise";

interface CountryMarkerProps {
  iso: string;
  centre: Point;
  category: Category;
  label: string;
  /** Radius in viewBox units, so the marker keeps its size on screen at any zoom. */
  radius: number;
  /**
   * Whether the marker is the country's button: only for a country with no shape (Tuvalu). Over a
   * shape, the shape is the button and the marker only shows where it is.
   */
  asButton: boolean;
  tabbable: boolean;
  selected: boolean;
}

/** A dot for a country too small to see (or missing from the map data). The map finds the nearest dot within a hover radius, so it needs no hit area of its own. */
export const CountryMarker = memo(function CountryMarker({ iso, centre, category, label, radius, asButton, tabbable, selected }: CountryMarkerProps) {
  const [cx, cy] = centre;
  return (
    <g
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      className="marker"
      role={asButton ? "button" : undefined}
      aria-label={asButton ? label : undefined}
      aria-pressed={asButton ? selected : undefined}
      aria-hidden={asButton ? undefined : true}
      data-selected={selected || undefined}
      tabIndex={asButton ? (tabbable ? 0 : -1) : undefined}
    >
      <circle className="marker-dot" cx={cx} cy={cy} r={radius} />
    </g>
  );
});
