/** The `chart` block: its title, then the SVG as vector graphics, tagged as a Figure with its alt text. */
import SVGtoPDF from "svg-to-pdfkit";
import type { Block } from "../../model.ts";
import { COLORS, CONTENT_HEIGHT, CONTENT_WIDTH, type Flow, PAGE, STYLES } from "./flow.ts";
import { inPrimary, primaryName } from "./fonts.ts";
import { wrapText } from "./text.ts";

type ChartBlock = Extract<Block, { type: "chart" }>;

const DEFAULT_SIZE = { width: 400, height: 250 };
const TITLE_GAP = 6;
const GAP_AFTER = 12;

/** Text inside the SVG that the chart font lacks becomes "?" (never a .notdef box). */
export function sanitizeSvgText(svg: string): string {
  const keep = (cp: number) => cp <= 0x20 || inPrimary("regular", cp);
  return svg.replace(/>([^<]+)</g, (_all, text: string) => {
    const cleaned = text.replace(
      /&#(x[0-9a-f]+|[0-9]+);|&[a-z]+;|[\s\S]/giu,
      (token, ref?: string) => {
        if (ref === undefined) {
          if (token.startsWith("&") && token.length > 1) return token;
          return keep(token.codePointAt(0) as number) ? token : "?";
        }
        const cp =
          ref[0] === "x" || ref[0] === "X" ? Number.parseInt(ref.slice(1), 16) : Number(ref);
        return keep(cp) ? token : "?";
      },
    );
    return `>${cleaned}<`;
  });
}

function size(block: ChartBlock, maxHeight: number): { width: number; height: number } {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  const source = valid(block.width) && valid(block.height) ? block : DEFAULT_SIZE;
  const ratio = source.height / source.width;
  let width = Math.min(CONTENT_WIDTH, source.width);
  let height = width * ratio;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / ratio;
  }
  return { width, height };
}

function drawSvg(flow: Flow, svg: string, x: number, y: number, width: number, height: number) {
  SVGtoPDF(flow.doc as never, sanitizeSvgText(svg), x, y, {
    width,
    height,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (_family, bold) => primaryName(bold ? "bold" : "regular"),
    // Only inline images: never a file or a URL named by the SVG.
    imageCallback: (link) => (/^data:image\/(png|jpeg);base64,/i.test(link) ? link : ""),
    documentCallback: () => [],
    warningCallback: () => {},
  });
}

export function drawChart(flow: Flow, block: ChartBlock): void {
  const title = block.title ? wrapText(block.title, STYLES.caption, CONTENT_WIDTH) : [];
  const titleHeight = title.length * STYLES.caption.leading + (title.length ? TITLE_GAP : 0);
  const { width, height } = size(block, CONTENT_HEIGHT - titleHeight);
  flow.ensure(titleHeight + height);
  if (title.length) {
    const p = flow.element("P");
    flow.flowLines(title, STYLES.caption, p, "P");
    p.end();
    flow.y += TITLE_GAP;
  }
  const figure = flow.element("Figure", flow.root, { alt: block.alt || block.title || "Grafico" });
  const x = PAGE.left + (CONTENT_WIDTH - width) / 2;
  const top = flow.y;
  flow.mark(figure, "Figure", () => {
    try {
      drawSvg(flow, block.svg, x, top, width, height);
    } catch {
      flow.doc.rect(x, top, width, height).lineWidth(0.5).stroke(COLORS.rule);
    }
  });
  figure.end();
  flow.y = top + height + GAP_AFTER;
}
