import { memo } from "react";
import type { Category } from "../view/categorise";
import { statusOf } from "../view/categorise";

interface InsetShapeProps {
  iso: string;
  /** The id of the country's path on the world view, drawn again here by reference. */
  href: string;
  category: Category;
  coveredBy: string | null;
}

/**
 * A country drawn again in the inset: the same hooks and colours as on the world view, so the
 * pointer, a tap and newsroom CSS find it there too; hidden from assistive technology and the Tab
 * order, since its shape on the world view is the country's one button. A <use> of the world
 * view's path: its data ships once in the page (7 KB gzipped of Europe's, #22), and the finer
 * geometry drawn from 4x zoom shows here too.
 */
export const InsetShape = memo(function InsetShape({ iso, href, category, coveredBy }: InsetShapeProps) {
  return (
    <use
      href={`#${href}`}
      data-iso={iso}
      data-status={statusOf(category)}
      data-category={category}
      data-covered-by={coveredBy ?? undefined}
      className="country"
      aria-hidden="true"
    />
  );
});
