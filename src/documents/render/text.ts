/** Plain text of a report: headings, paragraphs, lists and tab-separated tables, for any editor. */
import type { Block, ReportDocument } from "../model.ts";

function block(b: Block): string[] {
  switch (b.type) {
    case "heading":
      return [b.text, (b.level === 1 ? "=" : "-").repeat(Math.min(b.text.length, 80)), ""];
    case "paragraph":
      return [b.text, ""];
    case "list":
      return [...b.items.map((i) => `- ${i}`), ""];
    case "table":
      return [
        b.caption,
        b.columns.map((c) => c.header).join("\t"),
        ...b.rows.map((r) => r.join("\t")),
        "",
      ];
    case "missing":
      return [`[${b.text}]`, ""];
    case "chart":
      return [`[Grafico] ${b.alt}`, ""];
    case "fields":
      return [...b.fields.map((f) => `${f.label}:\t${f.value}`), ""];
    case "signature":
      return [...b.lines, ""];
    case "pageBreak":
      return [];
  }
}

export function renderText(doc: ReportDocument): string {
  const lines = [doc.metadata.title, ...doc.cover, ""];
  for (const b of doc.blocks) lines.push(...block(b));
  return `${lines.join("\n")}\n`;
}
