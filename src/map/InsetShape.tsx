import { memo } from "react";
import type { Category } from "../view/categorise";
import { statusOf } from "../view/categorise";

interface InsetShapeProps {
  iso: string;
  d: string;
  category: Category;
  coveredBy: string | null;
}

/**
 * A country drawn again in the inset: the same hooks and colours as on the world view, so the
 * pointer, a tap and newsroom CSS find it there too; hidden from assistive technology and the Tab
 * order, since its shape on the world view is the country's one button.
 */
export const InsetShape = memo(function InsetShape({ iso, d, category, coveredBy }: InsetShapeProps) {
  return (
    <path
      d={d}
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      data-covered-by={coveredBy ?? undefined}
      className="country"
      aria-hidden="true"
    />
  );
});
