// What the shipped build loads for "react-dom/client" (vite.config.ts, preactCompat: the dev
// server and the unit and component tests stay on React). Preact's compat roots, plus one fix of
// Preact's own:
// - `tabIndex` on an SVG element: Preact sets SVG props with setAttribute under their JSX name, and
//   outside the HTML namespace setAttribute keeps the case, so a country's roving tab stop got a
//   `tabIndex` attribute that no browser reads (the markup's lowercase `tabindex` stayed where the
//   prerender put it). Written as `tabindex` on every element: HTML's attribute is the same name.
import { options, type VNode } from "preact";

export { createRoot, hydrateRoot } from "preact/compat/client";

const next = options.vnode;
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === "string" && props && "tabIndex" in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  next?.(vnode);
};
