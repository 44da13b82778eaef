import { useLayoutEffect, useRef } from "react";
import type { WorldShape } from "../geo/types";
import type { HighlightStore } from "../view/highlightStore";

const SVG_NS = "http://www.w3.org/2000/svg";

interface HoverOutlineProps {
  highlight: HighlightStore;
  shapeByIso: ReadonlyMap<string, WorldShape>;
  /** Whether a country is shown by a ring around its marker rather than by its outline. */
  isRing: (shape: WorldShape) => boolean;
  /** The ring's radius, in viewBox units. */
  radius: number;
  /** The outline's class: the inset's own (#22), so the world view's stays the one `.hover-outline`. */
  outlineClass?: string;
}

/**
 * The outline over the hovered or focused country (a ring around a marker). It changes on every
 * hover, so it is drawn outside React (issue #11, hover speed): each change of the highlight writes
 * one element's geometry straight away, with no render and commit in between. React draws the
 * empty layer; the outline is its only child, or it has none.
 */
export function HoverOutline(props: HoverOutlineProps) {
  const layerRef = useRef<SVGGElement>(null);
  const elements = useRef<{ outline?: SVGElement; ring?: SVGElement }>({});
  const draw = useRef(() => {});
  // Every render: the latest shapes and ring size, drawn again (the zoom changes the ring's radius).
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const outline = (elements.current.outline ??= createOutline(layer, "path", props.outlineClass ?? "hover-outline"));
    const ring = (elements.current.ring ??= createOutline(layer, "circle", props.outlineClass ?? "hover-outline"));
    draw.current = () => {
      const { iso } = props.highlight.get();
      const shape = iso ? props.shapeByIso.get(iso) : undefined;
      if (!shape) return layer.replaceChildren();
      if (props.isRing(shape) || !shape.d) {
        setAttributes(ring, { cx: shape.centroid[0], cy: shape.centroid[1], r: props.radius });
        if (layer.firstChild !== ring) layer.replaceChildren(ring);
      } else {
        // Only a new country's path is parsed; moving within a country writes nothing.
        setAttributes(outline, { d: shape.d });
        if (layer.firstChild !== outline) layer.replaceChildren(outline);
      }
    };
    draw.current();
  });
  useLayoutEffect(() => props.highlight.subscribe(() => draw.current()), [props.highlight]);
  return <g ref={layerRef} className="hover-layer" aria-hidden="true" />;
}

/** An outline element, not yet in the layer. */
function createOutline(layer: SVGGElement, kind: "path" | "circle", className: string): SVGElement {
  const element = layer.ownerDocument.createElementNS(SVG_NS, kind);
  element.setAttribute("class", className);
  element.setAttribute("aria-hidden", "true");
  return element;
}

/** Writes only the attributes that change. */
function setAttributes(element: SVGElement, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}
