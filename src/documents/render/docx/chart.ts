/**
 * A chart block as a picture: the SVG itself (Word 2016+ draws it) with a PNG
 * of it for the applications that do not read SVG, rendered by resvg; the
 * picture's alt text is the block's description. An SVG that cannot be read
 * becomes its description in words, never a broken picture.
 */

import { Resvg } from "@resvg/resvg-js";
import { ImageRun, Paragraph } from "docx";
import type { Block } from "../../model.ts";
import { STYLE, TEXT_WIDTH_PX } from "./styles.ts";
import { cleanText, textRuns } from "./text.ts";

type ChartBlock = Extract<Block, { type: "chart" }>;

/** Tallest picture, in CSS pixels: about two thirds of the page's text. */
const MAX_HEIGHT_PX = 620;
/** The PNG has twice the pixels of the picture's size on the page, for print. */
const PNG_SCALE = 2;

export function chartParagraphs(block: ChartBlock): Paragraph[] {
  const caption = new Paragraph({ style: STYLE.caption, children: textRuns(block.title) });
  const size = fitToPage(block.width, block.height);
  const png = renderPng(block.svg, size.width * PNG_SCALE);
  if (!png) {
    return [
      caption,
      new Paragraph({
        style: STYLE.missing,
        children: textRuns(`Grafico non disponibile. ${block.alt}`),
      }),
    ];
  }
  const description = cleanText(block.alt);
  const picture = new ImageRun({
    type: "svg",
    data: Buffer.from(block.svg, "utf8"),
    fallback: { type: "png", data: png },
    transformation: size,
    altText: { name: cleanText(block.title), title: cleanText(block.title), description },
  });
  return [caption, new Paragraph({ style: STYLE.normal, keepLines: true, children: [picture] })];
}

/** The chart's own size, made smaller (never larger) to fit the text width and height. */
export function fitToPage(width: number, height: number): { width: number; height: number } {
  const w = Number.isFinite(width) && width > 0 ? width : TEXT_WIDTH_PX;
  const h = Number.isFinite(height) && height > 0 ? height : w / 2;
  const scale = Math.min(1, TEXT_WIDTH_PX / w, MAX_HEIGHT_PX / h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}

/** The SVG as PNG on white, or null when resvg cannot read it. */
function renderPng(svg: string, widthPx: number): Buffer | null {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: Math.round(widthPx) },
      background: "white",
      font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
      logLevel: "off",
    });
    return resvg.render().asPng();
  } catch {
    return null;
  }
}
