import { memo } from "react";
import type { Category } from "../view/categorise";
import { statusOf } from "../view/categorise";

interface CountryShapeProps {
  iso: string;
  d: string;
  category: Category;
  /** The state whose part covers this territory (data-covered-by), or null. */
  coveredBy: string | null;
  label: string;
  /** The country is the keyboard's current stop (roving tabindex). */
  tabbable: boolean;
  selected: boolean;
  /** An id for the inset to draw this path again by reference (`<use>`), so its data ships once; absent where no inset does. */
  id?: string;
}

/**
 * One country's shape: a single precomputed path, and the country's button for the keyboard and
 * screen readers, even when a marker is drawn over it (the marker comes and goes with the zoom;
 * the focused element must not). Memoised, so hovering elsewhere never re-renders it.
 */
export const CountryShape = memo(function CountryShape({ iso, d, category, coveredBy, label, tabbable, selected, id }: CountryShapeProps) {
  return (
    <path
      id={id}
      d={d}
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      data-covered-by={coveredBy ?? undefined}
      className="country"
      role="button"
      aria-label={label}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
    />
  );
});
