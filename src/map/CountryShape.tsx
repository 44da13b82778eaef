import { memo } from "react";
import type { Category } from "./categorise";
import { statusOf } from "./categorise";

interface CountryShapeProps {
  iso: string;
  d: string;
  category: Category;
  label: string;
  /** The country is the keyboard's current stop (roving tabindex) and has no marker to take focus instead. */
  tabbable: boolean;
  focusable: boolean;
  selected: boolean;
}

/** One country's shape: a single precomputed path. Memoised, so hovering elsewhere never re-renders it. */
export const CountryShape = memo(function CountryShape({ iso, d, category, label, tabbable, focusable, selected }: CountryShapeProps) {
  return (
    <path
      d={d}
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      className="country"
      role={focusable ? "button" : undefined}
      aria-label={focusable ? label : undefined}
      aria-pressed={focusable ? selected : undefined}
      tabIndex={focusable ? (tabbable ? 0 : -1) : undefined}
    />
  );
});
