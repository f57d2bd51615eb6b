/**
 * The PDF renderer, checked through poppler-utils (pdftotext, pdfinfo,
 * pdffonts, pdftohtml, pdftoppm) on the files it writes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Block, ReportDocument } from "../../src/documents/model.ts";
import { sanitizeSvgText } from "../../src/documents/render/pdf/chart.ts";
import { CONTENT_WIDTH, STYLES } from "../../src/documents/render/pdf/flow.ts";
import { columnWidths } from "../../src/documents/render/pdf/tables.ts";
import { wrapText } from "../../src/documents/render/pdf/text.ts";
import { renderPdf } from "../../src/documents/render/pdf.ts";
import { makeReport } from "../support/report-factory.ts";
import { missingTools } from "../support/tools.ts";

/** poppler-utils reads the PDFs back; without it these checks skip (a failure under PIAO_REQUIRE_TOOLS=1). */
const noPoppler = missingTools("pdfinfo", "pdftotext", "pdffonts", "pdftohtml", "pdftoppm");

let dir: string;
let count = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "piao-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(report: ReportDocument): Promise<string> {
  const file = join(dir, `report-${++count}.pdf`);
  writeFileSync(file, await renderPdf(report));
  return file;
}

const run = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const pageTexts = new Map<string, string[]>();

/** pdftotext -layout of the whole file, or of one page (1-based; pages end with a form feed). */
function text(file: string, page?: number): string {
  if (page === undefined) return run("pdftotext", "-layout", file, "-");
  let pages = pageTexts.get(file);
  if (!pages) {
    pages = run("pdftotext", "-layout", file, "-").split("\f");
    pageTexts.set(file, pages);
  }
  return pages[page - 1] ?? "";
}

/** pdftotext -layout -f N -l N: one page on its own. */
const onePage = (file: string, page: number) =>
  run("pdftotext", "-layout", "-f", String(page), "-l", String(page), file, "-");

const squash = (s: string) => s.replace(/\s+/g, " ");

function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", file))?.[1]);
}

/** Asserts that the strings occur in `haystack` in this order. */
function expectInOrder(haystack: string, needles: string[]): void {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    expect(found, `"${needle}" after offset ${at}`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** The outline as pdftohtml -xml shows it. */
function bookmarks(file: string): Bookmark[] {
  const xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", file);
  const root: Bookmark[] = [];
  const stack: Bookmark[][] = [];
  let current = root;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === "<outline>") {
      stack.push(current);
      const parent = stack.length > 1 ? current[current.length - 1] : undefined;
      current = parent ? parent.children : root;
    } else if (m[0] === "</outline>") {
      stack.pop();
      current = stack[stack.length - 1] ?? root;
    } else {
      const title = (m[2] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
      current.push({ title, page: Number(m[1]), children: [] });
    }
  }
  return root;
}

describe.skipIf(noPoppler)("renderPdf on a report with every block", () => {
  let file: string;
  const report = makeReport();
  const headings = report.blocks.flatMap((b) => (b.type === "heading" ? [b] : []));

  beforeAll(async () => {
    file = await write(report);
  });

  it("has every heading, field, cell and the missing note, in order", () => {
    const body = squash(
      Array.from({ length: pageCount(file) - 2 }, (_, i) => text(file, i + 3)).join("\n"),
    );
    expectInOrder(body, [
      "SEZIONE 1: SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
      "Ente",
      "CITTA' METROPOLITANA DI BOLOGNA",
      "Codice fiscale",
      "03428581205",
      "Popolazione",
      "—",
      "SEZIONE 2: VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
      "2.1 VALORE PUBBLICO",
      "Sezione non presente nel piano",
      "2.2 PERFORMANCE",
      "Il Piano ha durata triennale",
      "favorire la parità di trattamento",
      "garantire il benessere organizzativo",
      "Obiettivo 1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
      "Indicatori dell'obiettivo 1609",
      "Codice e descrizione indicatore",
      "Unità di misura",
      "Obiettivo",
      "3826 APPROVAZIONE PIANO",
      "Data",
      "31/01/2025",
      "4160 EROGAZIONE FORMAZIONE OBBLIGATORIA (PERCENTUALE)",
      "Numero",
      "100%",
      "Grado di raggiungimento per struttura",
      "Area Risorse 88,9%",
      "Nota: i valori sono arrotondati.",
      "VALIDAZIONE DEL NUCLEO DI VALUTAZIONE",
      "Il Presidente del Nucleo di valutazione",
      "Data ____________",
    ]);
  });

  it("tags headings, paragraphs, lists, tables and the figure with its alt text", () => {
    const struct = run("pdfinfo", "-struct-text", file);
    const tags = struct.split("\n").map((l) => l.trim().split(" ")[0]);
    for (const tag of ["Document", "H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD"]) {
      expect(tags, tag).toContain(tag);
    }
    expect(tags).toContain("Figure");
    expect(tags).toContain("TOC");
    expect(readFileSync(file, "latin1")).toContain(
      "/Alt (Area Risorse 88,9%, Settore Istruzione 66,9%)",
    );
    // A wrapped cell is one TD with all its words.
    expect(squash(struct)).toContain(
      `"3826 APPROVAZIONE PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027"`,
    );
  });

  it("has the metadata, is tagged and claims PDF/A-2a", () => {
    const info = run("pdfinfo", file);
    expect(info).toMatch(/^Title:\s+PIAO 2025-2027 — Città metropolitana di Bologna$/m);
    expect(info).toMatch(/^Author:\s+CITTA' METROPOLITANA DI BOLOGNA$/m);
    expect(info).toMatch(/^Subject:\s+Piano Integrato di Attività e Organizzazione$/m);
    expect(info).toMatch(/^Keywords:\s+PIAO, performance$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(pageCount(file)).toBeGreaterThan(3);
    const meta = run("pdfinfo", "-meta", file);
    expect(meta).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(meta).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
  });

  it("embeds its fonts, Titillium Web first", () => {
    const rows = run("pdffonts", file).split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name, , , , emb] = row.split(/\s+/);
      expect(emb, name).toBe("yes");
    }
    expect(rows.join("\n")).toContain("TitilliumWeb-Regular");
    expect(rows.join("\n")).toContain("TitilliumWeb-Bold");
    expect(rows.join("\n")).not.toMatch(/Helvetica|Times|Courier/);
  });

  it("has bookmarks nested by heading level", () => {
    const outline = bookmarks(file);
    expect(outline.map((b) => b.title)).toEqual([
      "Indice",
      ...headings.filter((h) => h.level === 1).map((h) => h.text),
    ]);
    const section2 = outline[2] as Bookmark;
    expect(section2.children.map((b) => b.title)).toEqual([
      "2.1 VALORE PUBBLICO",
      "2.2 PERFORMANCE",
    ]);
    expect(section2.children[1]?.children.map((b) => b.title)).toEqual([
      "Obiettivo 1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
    ]);
    for (const b of outline.slice(1)) expect(squash(text(file, b.page))).toContain(b.title);
  });

  it("has a table of contents whose page numbers are the headings' pages", () => {
    const toc = text(file, 2);
    expect(toc).toContain("Indice");
    for (const heading of headings.filter((h) => h.level <= 2)) {
      const line = toc.split("\n").find((l) => l.includes(heading.text));
      const page = Number(/(\d+)\s*$/.exec(line ?? "")?.[1]);
      expect(page, heading.text).toBeGreaterThan(2);
      expect(squash(onePage(file, page))).toContain(heading.text);
    }
    expect(toc).not.toContain("Obiettivo 1609");
  });

  it("starts level-1 headings on a new page, under the running header", () => {
    const pages = pageCount(file);
    for (let page = 3; page <= pages; page++) {
      const lines = text(file, page)
        .split("\n")
        .filter((l) => l.trim());
      expect(lines[0]?.trim()).toBe(report.metadata.title);
    }
    const outline = bookmarks(file);
    for (const h of headings.filter((h) => h.level === 1)) {
      const page = outline.find((b) => b.title === h.text)?.page as number;
      const lines = text(file, page)
        .split("\n")
        .filter((l) => l.trim());
      expect(squash(lines.slice(1, 3).join(" "))).toContain(
        h.text.split(" ").slice(0, 3).join(" "),
      );
    }
  });

  it("numbers every page but the cover", () => {
    const pages = pageCount(file);
    expect(text(file, 1)).not.toMatch(/Pagina/);
    for (let page = 2; page <= pages; page++) {
      expect(text(file, page)).toContain(`Pagina ${page} di ${pages}`);
    }
  });

  it("draws a page that pdftoppm can rasterise", () => {
    const png = join(dir, "page");
    run("pdftoppm", "-png", "-r", "50", "-f", "4", "-l", "4", "-singlefile", file, png);
    expect(statSync(`${png}.png`).size).toBeGreaterThan(5_000);
  });
});

const table = (rows: string[][], columns = [{ header: "Codice" }, { header: "Valore" }]) =>
  ({ type: "table", caption: "Tabella di prova", sheet: "Prova", columns, rows }) as Block;

describe.skipIf(noPoppler)("renderPdf on long and hostile content", () => {
  it("repeats a long table's header row on every page it spans", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`riga ${i + 1}`, `${i + 1},5`]);
    const file = await write(makeReport({ toc: false, blocks: [table(rows)] }));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(4);
    let seen = 0;
    for (let page = 2; page <= pages; page++) {
      const lines = text(file, page).split("\n");
      const rowLines = lines.filter((l) => /riga \d+/.test(l));
      if (rowLines.length === 0) continue;
      const header = lines.findIndex((l) => /Codice\s+Valore/.test(l));
      expect(header, `header on page ${page}`).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(lines.indexOf(rowLines[0] as string));
      for (const line of rowLines) {
        seen += 1;
        expect(line).toContain(`riga ${seen}`);
      }
    }
    expect(seen).toBe(300);
  });

  it("draws user text as text: markup, a 300-character word, glyphs no font has", async () => {
    const word = "ABCDEFGHIJ".repeat(30);
    const file = await write(
      makeReport({
        toc: false,
        blocks: [
          table([
            ["<script>alert('x')</script>", "<b>grassetto</b> &amp;"],
            [word, "✓ fatto — łódź, 中文"],
          ]),
          { type: "paragraph", text: `Parola lunga: ${word}` },
        ],
      }),
    );
    const all = text(file);
    expect(all).toContain("<script>alert('x')</script>");
    expect(all).toContain("<b>grassetto</b> &amp;");
    expect(all).toContain("✓ fatto — łódź, ??");
    const cells = all.slice(all.indexOf("<script>"), all.indexOf("Parola lunga"));
    expect(cells.replace(/[^A-J]/g, "")).toBe(word);
    // The word is broken over several lines.
    const wordLines = cells.split("\n").filter((l) => l.includes("ABCDEFGHIJ"));
    expect(wordLines.length).toBeGreaterThan(1);
    const paragraph = all.slice(all.indexOf("Parola lunga"), all.lastIndexOf("CITTA'"));
    expect(paragraph.replace(/[^A-J]/g, "")).toBe(word);
    expect(run("pdffonts", file)).toContain("DejaVuSans");
  });

  it("shows an empty table as its header and a row 'nessun dato'", async () => {
    const file = await write(makeReport({ toc: false, blocks: [table([])] }));
    expect(squash(text(file, 2))).toMatch(/Tabella di prova Codice Valore nessun dato/);
  });

  it("gives the same file for the same document", async () => {
    const report = makeReport();
    expect((await renderPdf(report)).equals(await renderPdf(report))).toBe(true);
    const info = run("pdfinfo", "-isodates", await write(report));
    expect(info).toMatch(/^CreationDate:\s+2025-02-13T00:00:00/m);
  });

  it("escapes the metadata in XMP", async () => {
    const base = makeReport();
    const file = await write({
      ...base,
      metadata: { ...base.metadata, title: "Piano <2025> & azioni", author: "A & B" },
    });
    expect(run("pdfinfo", file)).toMatch(/^Title:\s+Piano <2025> & azioni$/m);
    const meta = run("pdfinfo", "-meta", file);
    expect(meta).toContain("Piano &lt;2025&gt; &amp; azioni");
    expect(meta).toContain("A &amp; B");
  });

  it("gets the table of contents right when it takes several pages", async () => {
    const blocks: Block[] = [];
    for (let a = 1; a <= 6; a++) {
      blocks.push({ type: "heading", level: 1, text: `Area ${a}` });
      for (let o = 1; o <= 20; o++) {
        blocks.push({ type: "heading", level: 2, text: `Obiettivo ${a}.${o}` });
        blocks.push(table([[`indicatore ${a}.${o}`, "1"]]));
      }
    }
    const file = await write(makeReport({ blocks }));
    const pages = pageCount(file);
    const tocPages: string[] = [];
    for (let page = 2; page <= pages; page++) {
      const t = text(file, page);
      if (!/Obiettivo 1\.1\s+\d+\s*$|Area \d\s+\d+\s*$|Obiettivo \d\.\d+\s+\d+\s*$/m.test(t)) break;
      tocPages.push(t);
    }
    expect(tocPages.length).toBeGreaterThan(1);
    const entries = [
      ...tocPages.join("\n").matchAll(/^\s*((?:Area|Obiettivo) [\d.]+)\s+(\d+)\s*$/gm),
    ];
    expect(entries).toHaveLength(6 * 21);
    for (const [, title, page] of entries) {
      const lines = text(file, Number(page)).split("\n");
      expect(
        lines.some((l) => l.trim() === title),
        `${title} on page ${page}`,
      ).toBe(true);
    }
    const last = text(file, pages);
    expect(last).toContain(`Pagina ${pages} di ${pages}`);
  });
});

describe("the PDF layout helpers", () => {
  it("wraps at spaces, after hyphens, and breaks words longer than the line", () => {
    // At 10.5 pt "uno due" is 35.5 pt wide, "quattro" 32.9 pt, "tre-quattro" 50.1 pt.
    const lines = wrapText("uno due tre-quattro", STYLES.body, 34);
    expect(lines.map((l) => l.text)).toEqual(["uno", "due", "tre-", "quattro"]);
    expect(lines.map((l) => l.space)).toEqual([true, true, false, false]);
    const long = wrapText("x".repeat(500), STYLES.body, 100);
    expect(long.length).toBeGreaterThan(1);
    expect(long.every((l) => l.width <= 100)).toBe(true);
    expect(long.map((l) => l.text).join("")).toBe("x".repeat(500));
    expect(wrapText("", STYLES.body, 100)).toEqual([{ text: "", width: 0, space: false }]);
    expect(wrapText("a\nb", STYLES.body, 100).map((l) => l.text)).toEqual(["a", "b"]);
  });

  it("shares the width by the columns' relative widths", () => {
    const widths = columnWidths([{ header: "a", width: 3 }, { header: "b" }, { header: "c" }], 500);
    expect(widths).toEqual([300, 100, 100]);
    expect(columnWidths([{ header: "a" }], CONTENT_WIDTH)).toEqual([CONTENT_WIDTH]);
  });

  it("replaces what the chart font lacks in SVG text, and only in text", () => {
    const svg = '<svg><text x="1">≥ 90% 中 &#x4E2D; &amp; ok</text><rect fill="#fff"/></svg>';
    expect(sanitizeSvgText(svg)).toBe(
      '<svg><text x="1">? 90% ? ? &amp; ok</text><rect fill="#fff"/></svg>',
    );
  });
});
