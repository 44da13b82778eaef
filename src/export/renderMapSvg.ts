// The map as a standalone SVG document, for downloads and share cards: one renderer for both. Pure:
// a MapPicture and a size in, a string out (as Observable Plot's marks are). What it writes is
// meant to open cleanly in Illustrator and Inkscape and to pass Wikimedia's upload checks:
// presentation attributes rather than CSS (Illustrator reads no attribute selectors), text as
// <text>, no foreignObject, nothing external, every country a named group.
import { CATEGORY_LOOKS, themeColours, type CategoryLook, type ColourName } from "../map/palette";
import { BASELINE, FONT_STACK, HATCH, RING, SCREEN, SOCIAL, SOCIAL_HEIGHT, SOCIAL_WIDTH, STROKE, type TextStyle } from "./constants";
import { escapeXml } from "./escapeXml";
import { clampLines, estimateTextWidth, wrapText } from "./textWidth";
import type { CategoryName, MapPicture, PictureInset, PictureSize } from "./types";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Inkscape's namespace, for the layer and object names it shows (inkscape:label); Wikimedia allows it. */
const INKSCAPE_NS = "http://www.inkscape.org/namespaces/inkscape";

interface TextBlock {
  id: string;
  lines: string[];
  x: number;
  top: number;
  style: TextStyle;
  colour: ColourName;
  lang?: string;
}

interface LegendItem {
  category: CategoryName;
  swatch: { x: number; y: number; width: number; height: number };
  text: TextBlock;
}

/** Where everything goes, in px of the finished picture. */
interface Layout {
  width: number;
  height: number;
  title: TextBlock;
  context: TextBlock | null;
  map: { x: number; y: number; scale: number };
  legend: LegendItem[];
  footer: TextBlock[];
}

/**
 * The map with its headline, legend, date, source and credit, as a standalone SVG document.
 * @example renderMapSvg(picture, { kind: "screen", width: 800 }) // '<?xml version="1.0" encoding="UTF-8"?>\n<svg …'
 * @example renderMapSvg(picture, { kind: "social" }) // the same picture on a 1200x630 card
 */
export function renderMapSvg(picture: MapPicture, size: PictureSize): string {
  const layout = layOut(picture, size);
  const colour = themeColours(picture.theme);
  const { x, y, scale } = layout.map;
  /** A length in px of the finished picture, in the map's viewBox units. */
  const mapPx = (px: number) => num(px / scale);
  const categories = [...new Set([...picture.countries, ...picture.markers, ...picture.legend].map((item) => item.category))];
  const looks = new Map(categories.map((category) => [category, lookOf(category)]));
  const fillOf = (category: CategoryName) => {
    const look = looks.get(category)!;
    return look.hatch ? `url(#hatch-${category})` : colour[look.fill];
  };
  // The hatch keeps a tile of at least HATCH.minTilePx in the finished picture: a card's smaller map would blur it into a plain fill.
  const hatchGrow = Math.max(1, HATCH.minTilePx / (HATCH.tile * scale));
  const [hatchTile, hatchLine] = [num(HATCH.tile * hatchGrow), num(HATCH.line * hatchGrow)];
  const markerIsos = new Set(picture.markers.map((marker) => marker.iso));
  const markerByIso = new Map(picture.markers.map((marker) => [marker.iso, marker]));
  const countryByIso = new Map(picture.countries.map((country) => [country.iso, country]));

  /** An outline over one country: its shape's edge, or a ring round its marker. Decoration: no data-iso. */
  const overlay = (iso: string, ring: number) => {
    const marker = markerByIso.get(iso);
    if (marker) return `<circle cx="${num(marker.centre[0])}" cy="${num(marker.centre[1])}" r="${num(marker.radius * ring)}"/>`;
    const country = countryByIso.get(iso);
    return country ? `<path d="${escapeXml(country.d)}"/>` : "";
  };

  /** The inset: its sea, its countries (each a named group, as on the world), its frame and its label; its window outlined on the world. */
  const drawInset = (inset: PictureInset) => {
    const [[wx0, wy0], [wx1, wy1]] = inset.window;
    const [fx, fy, fw] = inset.frame;
    return [
      `<rect id="inset-locator" x="${num(wx0)}" y="${num(wy0)}" width="${num(wx1 - wx0)}" height="${num(wy1 - wy0)}" fill="none" ${paint("stroke", colour.muted)} ` +
        `stroke-width="${mapPx(STROKE.inset)}" stroke-dasharray="${[3, 2].map(mapPx).join(" ")}"/>`,
      `<g id="inset" inkscape:label="Inset: ${escapeXml(inset.label)}" data-inset="${escapeXml(inset.region)}">`,
      `<rect ${frameRect(inset.frame)} fill="${colour.sea}"/>`,
      `<g clip-path="url(#inset-clip)"><g transform="translate(${num(inset.x)},${num(inset.y)}) scale(${num(inset.k, 4)})" ${paint("stroke", colour.border)} ` +
        `stroke-width="${num(Number(mapPx(STROKE.border)) / inset.k, 4)}" stroke-linejoin="round">`,
      ...inset.countries.map((country) => {
        const look = looks.get(country.category) ?? lookOf(country.category);
        const stroke = look.stroke ? ` ${paint("stroke", colour[look.stroke])}` : "";
        return (
          `<g ${identity("inset-country", country.iso, country.name, country.category, look)} fill="${fillOf(country.category)}"${stroke}>` +
          `<path d="${escapeXml(country.d)}"/></g>`
        );
      }),
      `</g></g>`,
      `<rect ${frameRect(inset.frame)} fill="none" ${paint("stroke", colour.muted)} stroke-width="${mapPx(STROKE.inset)}"/>`,
      `<text x="${num(fx + fw + 14)}" y="${num(fy + 14)}" font-size="${mapPx(size.kind === "social" ? SOCIAL.date.size : SCREEN.legend.size)}" font-weight="600" dominant-baseline="hanging" fill="${colour.text}">${escapeXml(inset.label)}</text>`,
      `</g>`,
    ].join("\n");
  };

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" xmlns:inkscape="${INKSCAPE_NS}" version="1.1" width="${layout.width}" height="${layout.height}" ` +
      `viewBox="0 0 ${layout.width} ${layout.height}" xml:lang="${escapeXml(picture.lang)}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-labelledby="svg-title">`,
    `<title id="svg-title">${escapeXml(picture.title)}</title>`,
    picture.context ? `<desc>${escapeXml(picture.context)}</desc>` : "",
    `<defs>`,
    ...categories.flatMap((category) => {
      const look = looks.get(category)!;
      if (!look.hatch) return [];
      return [
        `<pattern id="hatch-${category}" patternUnits="userSpaceOnUse" width="${hatchTile}" height="${hatchTile}" patternTransform="rotate(${HATCH.angle})">`,
        `<rect width="${hatchTile}" height="${hatchTile}" fill="${colour[look.fill]}"/>`,
        `<line x1="0" y1="0" x2="0" y2="${hatchTile}" ${paint("stroke", colour[look.hatch])} stroke-width="${hatchLine}"/>`,
        `</pattern>`,
      ];
    }),
    picture.inset ? `<clipPath id="inset-clip"><rect ${frameRect(picture.inset.frame)}/></clipPath>` : "",
    `</defs>`,
    `<rect id="background" width="${layout.width}" height="${layout.height}" fill="${colour.panelBg}"/>`,
    `<g id="headline" inkscape:groupmode="layer" inkscape:label="Headline">`,
    drawText(layout.title, colour),
    layout.context ? drawText(layout.context, colour) : "",
    `</g>`,
    `<g id="map" inkscape:groupmode="layer" inkscape:label="Map" transform="translate(${num(x)},${num(y)}) scale(${num(scale, 6)})">`,
    `<path id="sphere" inkscape:label="Sea" d="${escapeXml(picture.sphere)}" fill="${colour.sea}" stroke="${colour.sphereStroke}" stroke-width="${mapPx(STROKE.sphere)}"/>`,
    `<g id="countries" inkscape:label="Countries" ${paint("stroke", colour.border)} stroke-width="${mapPx(STROKE.border)}" stroke-linejoin="round">`,
    ...picture.countries.map((country) => {
      const look = looks.get(country.category)!;
      const stroke = look.stroke ? ` ${paint("stroke", colour[look.stroke])}` : "";
      return (
        `<g ${identity("country", country.iso, country.name, country.category, look)} fill="${fillOf(country.category)}"${stroke}>` +
        `<title>${escapeXml(country.name)}</title><path d="${escapeXml(country.d)}"/></g>`
      );
    }),
    `</g>`,
    picture.outlined?.length
      ? `<g id="group-outline" inkscape:label="Group outline" fill="none" ${paint("stroke", colour.outline)} stroke-width="${mapPx(STROKE.group)}" ` +
        `stroke-dasharray="${STROKE.groupDash.map(mapPx).join(" ")}">${picture.outlined.map((iso) => overlay(iso, RING.group)).join("")}</g>`
      : "",
    picture.selected && (countryByIso.has(picture.selected) || markerIsos.has(picture.selected))
      ? `<g id="selected" inkscape:label="Selected" fill="none" ${paint("stroke", colour.focus)} stroke-width="${mapPx(STROKE.selected)}">${overlay(picture.selected, RING.selected)}</g>`
      : "",
    picture.inset ? drawInset(picture.inset) : "",
    ...picture.markers.flatMap(({ iso, centre, anchor }) =>
      anchor
        ? [
            `<line class="marker-leader" data-for="${escapeXml(iso)}" x1="${num(anchor[0])}" y1="${num(anchor[1])}" x2="${num(centre[0])}" y2="${num(centre[1])}" ` +
              `${paint("stroke", colour.text)} stroke-width="${mapPx(STROKE.leader)}"/>`,
          ]
        : [],
    ),
    `<g id="markers" inkscape:label="Markers" stroke-width="${mapPx(STROKE.markerRing)}">`,
    ...picture.markers.map((marker) => {
      const look = looks.get(marker.category)!;
      return (
        `<g ${identity("marker", marker.iso, marker.name, marker.category, look)} fill="${fillOf(marker.category)}" ${paint("stroke", colour[look.markerStroke ?? "markerRing"])}>` +
        `<title>${escapeXml(marker.name)}</title><circle cx="${num(marker.centre[0])}" cy="${num(marker.centre[1])}" r="${num(marker.radius)}"/></g>`
      );
    }),
    `</g>`,
    `</g>`,
    `<g id="legend" inkscape:groupmode="layer" inkscape:label="Legend">`,
    ...layout.legend.map(
      ({ category, swatch, text }) =>
        `<g data-category="${category}"><rect x="${num(swatch.x)}" y="${num(swatch.y)}" width="${swatch.width}" height="${swatch.height}" rx="2" ` +
        `fill="${fillOf(category)}" ${paint("stroke", colour.swatchEdge)} stroke-width="1"/>${drawText(text, colour)}</g>`,
    ),
    `</g>`,
    `<g id="footer" inkscape:groupmode="layer" inkscape:label="Date, source and credit">`,
    ...layout.footer.map((block) => drawText(block, colour)),
    `</g>`,
    `</svg>`,
    "",
  ];
  return out.filter((line) => line !== "").join("\n");
}

/**
 * The size renderMapSvg will give a picture, for the PNG's canvas.
 * @example mapSvgSize(picture, { kind: "social" }) // { width: 1200, height: 630 }
 */
export function mapSvgSize(picture: MapPicture, size: PictureSize): { width: number; height: number } {
  const { width, height } = layOut(picture, size);
  return { width, height };
}

function lookOf(category: CategoryName): CategoryLook {
  const look: CategoryLook | undefined = (CATEGORY_LOOKS as Record<string, CategoryLook>)[category];
  if (!look) throw new Error(`renderMapSvg: unknown category "${category}"; give it a look in CATEGORY_LOOKS (src/map/palette.ts)`);
  return look;
}

/** The hooks a country's group carries, as the page's map does, plus the names Inkscape and Illustrator show. */
function identity(kind: "country" | "marker" | "inset-country", iso: string, name: string, category: CategoryName, look: CategoryLook): string {
  const code = escapeXml(iso);
  return `id="${kind}-${code}" data-iso="${code}" data-status="${look.status}" data-category="${category}" inkscape:label="${escapeXml(name)}"`;
}

/** A fill or stroke; #rrggbbaa becomes a colour and an opacity, which SVG 1.1 programs (Illustrator) understand. */
function paint(property: "fill" | "stroke", colour: string): string {
  const alpha = /^(#[0-9a-f]{6})([0-9a-f]{2})$/i.exec(colour);
  if (!alpha) return `${property}="${colour}"`;
  return `${property}="${alpha[1]}" ${property}-opacity="${num(parseInt(alpha[2]!, 16) / 255, 3)}"`;
}

function drawText(block: TextBlock, colour: Record<ColourName, string>): string {
  const { size, lineHeight, bold } = block.style;
  const lang = block.lang ? ` xml:lang="${escapeXml(block.lang)}"` : "";
  const lines = block.lines.map(
    (line, i) => `<tspan x="${num(block.x)}" y="${num(block.top + i * lineHeight + (lineHeight - size) / 2 + size * BASELINE)}">${escapeXml(line)}</tspan>`,
  );
  return `<text id="${block.id}" font-size="${num(size)}"${bold ? ` font-weight="bold"` : ""} fill="${colour[block.colour]}"${lang}>${lines.join("")}</text>`;
}

const blockHeight = (block: TextBlock) => block.lines.length * block.style.lineHeight;

function layOut(picture: MapPicture, size: PictureSize): Layout {
  return size.kind === "social" ? socialLayout(picture) : screenLayout(picture, size.width);
}

function screenLayout(picture: MapPicture, width: number): Layout {
  if (!(width > 2 * SCREEN.pad)) throw new Error(`renderMapSvg: a width of ${width} px leaves no room for the map`);
  const { pad, gap, swatch } = SCREEN;
  const inner = width - 2 * pad;
  const titleStyle = width < SCREEN.narrowWidth ? SCREEN.titleNarrow : SCREEN.title;
  const title = textBlock("title", wrapText(picture.title, inner, titleStyle.size), pad, pad, titleStyle, "text", picture.titleLang);
  let y = pad + blockHeight(title);
  let context: TextBlock | null = null;
  if (picture.context) {
    context = textBlock("context", wrapText(picture.context, inner, SCREEN.context.size), pad, y + SCREEN.contextGap, SCREEN.context, "muted");
    y += SCREEN.contextGap + blockHeight(context);
  }
  y += gap;
  const scale = inner / picture.width;
  const map = { x: pad, y, scale };
  y += picture.height * scale + gap;

  // The legend flows in rows, as the page's flex-wrap list does.
  const legend: LegendItem[] = [];
  const style = SCREEN.legend;
  let rowTop = y;
  let rowHeight = 0;
  let x = 0;
  picture.legend.forEach((entry, i) => {
    const lines = wrapText(entry.text, inner - swatch.width - swatch.gap, style.size);
    const itemWidth = swatch.width + swatch.gap + Math.max(0, ...lines.map((line) => estimateTextWidth(line, style.size)));
    if (x > 0 && x + itemWidth > inner) {
      rowTop += rowHeight + swatch.rowGap;
      x = 0;
      rowHeight = 0;
    }
    legend.push({
      category: entry.category,
      swatch: { x: pad + x, y: rowTop + (style.lineHeight - swatch.height) / 2, width: swatch.width, height: swatch.height },
      text: textBlock(`legend-${i}`, lines, pad + x + swatch.width + swatch.gap, rowTop, style, "text"),
    });
    x += itemWidth + swatch.columnGap;
    rowHeight = Math.max(rowHeight, lines.length * style.lineHeight);
  });
  y = rowTop + rowHeight + (rowHeight > 0 ? gap : 0);

  const footer: TextBlock[] = [];
  for (const [id, text] of [
    ["date-source", [picture.date, picture.source].filter(Boolean).join(" · ")],
    ["credit", picture.credit],
  ] as const) {
    if (!text) continue;
    const block = textBlock(id, wrapText(text, inner, SCREEN.footer.size), pad, y, SCREEN.footer, "muted");
    footer.push(block);
    y += blockHeight(block);
  }
  return { width: round(width), height: Math.ceil(y + pad), title, context, map, legend, footer };
}

function socialLayout(picture: MapPicture): Layout {
  const { pad, gap, swatch } = SOCIAL;
  const width = SOCIAL_WIDTH;
  const height = SOCIAL_HEIGHT;
  const inner = width - 2 * pad;

  // The largest title size at which the headline fits its lines; at the smallest, cut with an ellipsis.
  const fitted = fitLines(picture.title, inner, SOCIAL.titleSizes, SOCIAL.titleLines);
  const titleStyle = { size: fitted.size, lineHeight: Math.round(fitted.size * SOCIAL.titleLineHeight), bold: true };
  const title = textBlock("title", fitted.lines, pad, pad, titleStyle, "text", picture.titleLang);
  let y = pad + blockHeight(title);
  let context: TextBlock | null = null;
  if (picture.context) {
    const lines = clampLines(wrapText(picture.context, inner, SOCIAL.context.size), 1, inner, SOCIAL.context.size);
    context = textBlock("context", lines, pad, y + SOCIAL.contextGap, SOCIAL.context, "muted");
    y += SOCIAL.contextGap + blockHeight(context);
  }
  const top = y + gap;
  const bottom = height - pad;

  // The map as large as the space left of the legend's column allows; the column takes the rest.
  const scale = Math.min((inner - SOCIAL.columnWidth - gap) / picture.width, (bottom - top) / picture.height);
  const mapHeight = picture.height * scale;
  const map = { x: pad, y: top + (bottom - top - mapHeight) / 2, scale };
  const columnX = pad + picture.width * scale + gap;
  const columnWidth = width - pad - columnX;

  // Date, source and credit at the foot of the column.
  const footerTexts = [
    ["date", picture.date, SOCIAL.date, "text"],
    ["source", picture.source, SOCIAL.footer, "muted"],
    ["credit", picture.credit, SOCIAL.footer, "muted"],
  ] as const;
  const footerLines = footerTexts
    .filter(([, text]) => text)
    .map(([id, text, style, colour]) => ({ id, style, colour, lines: clampLines(wrapText(text, columnWidth, style.size), 2, columnWidth, style.size) }));
  const footerTop = bottom - footerLines.reduce((sum, { lines, style }) => sum + lines.length * style.lineHeight, 0);
  const footer: TextBlock[] = [];
  let footerY = footerTop;
  for (const { id, style, colour, lines } of footerLines) {
    footer.push(textBlock(id, lines, columnX, footerY, style, colour));
    footerY += lines.length * style.lineHeight;
  }
  const legendBottom = footerTop - gap;

  // The legend at the largest size at which it fits above the footer.
  let legend: LegendItem[] = [];
  for (const size of SOCIAL.legendSizes) {
    legend = [];
    const style = { size, lineHeight: Math.round(size * SOCIAL.legendLineHeight) };
    const textWidth = columnWidth - swatch.width - swatch.gap;
    let itemTop = top;
    picture.legend.forEach((entry, i) => {
      const lines = wrapText(entry.text, textWidth, size);
      legend.push({
        category: entry.category,
        swatch: { x: columnX, y: itemTop + (style.lineHeight - swatch.height) / 2, width: swatch.width, height: swatch.height },
        text: textBlock(`legend-${i}`, lines, columnX + swatch.width + swatch.gap, itemTop, style, "text"),
      });
      itemTop += lines.length * style.lineHeight + swatch.rowGap;
    });
    if (itemTop - swatch.rowGap <= legendBottom) break;
  }
  return { width, height, title, context, map, legend, footer };
}

/** A text's lines at the first of `sizes` at which it fits `maxLines` lines, else at the last size, cut. */
function fitLines(text: string, maxWidth: number, sizes: readonly number[], maxLines: number): { size: number; lines: string[] } {
  let size = sizes[0]!;
  let lines: string[] = [];
  for (size of sizes) {
    lines = wrapText(text, maxWidth, size);
    if (lines.length <= maxLines) break;
  }
  return { size, lines: clampLines(lines, maxLines, maxWidth, size) };
}

function textBlock(id: string, lines: string[], x: number, top: number, style: TextStyle, colour: ColourName, lang?: string): TextBlock {
  return { id, lines, x, top, style, colour, ...(lang ? { lang } : {}) };
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
/** A number as SVG wants it: rounded, no "-0", no exponent for the small values we write. */
const num = (n: number, places = 2) => String(round(n, places) + 0).replace(/^-0$/, "0");

/** A frame's attributes: frameRect([2, 497, 400, 290]) → 'x="2" y="497" width="400" height="290"'. */
const frameRect = ([x, y, width, height]: readonly number[]) => `x="${num(x!)}" y="${num(y!)}" width="${num(width!)}" height="${num(height!)}"`;
