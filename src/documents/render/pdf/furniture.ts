/** The cover page and, on every other page, the running header and the page numbers. */
import type { ReportDocument } from "../../model.ts";
import { COLORS, CONTENT_WIDTH, type Flow, PAGE, STYLES } from "./flow.ts";
import { drawLine, fitOneLine, type TextStyle, wrapText } from "./text.ts";

const COVER_TITLE: TextStyle = { face: "bold", size: 26, leading: 32, color: COLORS.heading };
const COVER_LINE: TextStyle = { face: "regular", size: 13, leading: 19, color: COLORS.text };
const COVER_TOP = 250;

export function drawCover(flow: Flow, report: ReportDocument): void {
  flow.artifact(() => {
    const { doc } = flow;
    doc.rect(0, 0, PAGE.width, 14).fill(COLORS.primary);
    doc.rect(PAGE.left, COVER_TOP - 28, 56, 5).fill(COLORS.primary);
  });
  flow.y = COVER_TOP;
  const title = wrapText(report.metadata.title, COVER_TITLE, CONTENT_WIDTH);
  const p = flow.element("P");
  flow.flowLines(title, COVER_TITLE, p, "P");
  p.end();
  flow.y += 20;
  for (const text of report.cover) {
    const lines = wrapText(text, COVER_LINE, CONTENT_WIDTH);
    const line = flow.element("P");
    flow.flowLines(lines, COVER_LINE, line, "P");
    line.end();
    flow.y += 2;
  }
}

const HEADER_TOP = 34;
const FOOTER_TOP = PAGE.height - 46;

/** Header (the title) and footer (author, "Pagina N di M") of a page but the first. */
export function drawFurniture(flow: Flow, report: ReportDocument, page: number, count: number) {
  if (page === 0 || flow.dry) return;
  const { doc } = flow;
  const style = STYLES.furniture;
  const title = fitOneLine(report.metadata.title, style, CONTENT_WIDTH);
  const author = fitOneLine(report.metadata.author, style, CONTENT_WIDTH * 0.6);
  const number = fitOneLine(`Pagina ${page + 1} di ${count}`, style, CONTENT_WIDTH * 0.35);
  flow.artifact(() => {
    drawLine(doc, title, PAGE.left, HEADER_TOP, style);
    const rule = HEADER_TOP + style.leading + 4;
    doc.moveTo(PAGE.left, rule).lineTo(PAGE.left + CONTENT_WIDTH, rule);
    doc.moveTo(PAGE.left, FOOTER_TOP - 5).lineTo(PAGE.left + CONTENT_WIDTH, FOOTER_TOP - 5);
    doc.lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    drawLine(doc, author, PAGE.left, FOOTER_TOP, style);
    drawLine(doc, number, PAGE.left, FOOTER_TOP, style, "right", CONTENT_WIDTH);
  }, "Pagination");
}
