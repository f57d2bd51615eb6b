import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Block } from "../../src/documents/model.ts";
import { renderDocx } from "../../src/documents/render/docx.ts";
import { makeReport } from "../support/report-factory.ts";
import { missingTools } from "../support/tools.ts";

const run = promisify(execFile);

const EXTRA: Block[] = [
  {
    type: "table",
    caption: "Celle da non interpretare",
    sheet: "Testo",
    columns: [{ header: "Testo" }, { header: "Nota" }],
    rows: [
      ["<script>alert(1)</script>", "=1+1 & <b>non grassetto</b>"],
      ["riga 1\nriga 2", "controllo\u0001\u0008 tolto"],
    ],
  },
  { type: "paragraph", text: `Parola${"lunga".repeat(40)} fine` },
];

const report = makeReport({}, EXTRA);

interface Para {
  style: string | null;
  text: string;
  xml: string;
}

function decode(xml: string): string {
  return xml
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

/** Paragraphs in document order, with their style id and text. */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map(([whole, inner = ""]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null,
    text: decode([...inner.matchAll(/<w:t\b[^>]*>(.*?)<\/w:t>/gs)].map((m) => m[1]).join("")),
    xml: whole,
  }));
}

describe("renderDocx", () => {
  let zip: JSZip;
  let documentXml: string;
  let paras: Para[];
  const part = (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the DOCX`);
    return file.async("string");
  };

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderDocx(report));
    documentXml = await part("word/document.xml");
    paras = paragraphs(documentXml);
  });

  it("writes every heading with Word's heading style, heading 1 on a new page", () => {
    const headings = report.blocks.filter((b) => b.type === "heading");
    expect(headings).toHaveLength(6);
    for (const heading of headings) {
      const found = paras.find(
        (p) => p.style === `Heading${heading.level}` && p.text === heading.text,
      );
      expect(found, heading.text).toBeDefined();
      expect(found?.xml.includes("<w:pageBreakBefore/>")).toBe(heading.level === 1);
    }
    expect(paras.find((p) => p.style === "Title")?.text).toBe(report.metadata.title);
  });

  it("defines the styles it uses: Title, Heading 1–3, Caption, the table style, bullets", async () => {
    const styles = await part("word/styles.xml");
    for (const id of ["Normal", "Title", "Heading1", "Heading2", "Heading3", "Caption"]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="PiaoTable">/);
    expect(styles).toContain('<w:lang w:val="it-IT"/>');
    expect(documentXml).toContain('<w:tblStyle w:val="PiaoTable"/>');
    const numbering = await part("word/numbering.xml");
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    const items = paras.filter((p) => p.xml.includes("<w:numPr>")).map((p) => p.text);
    expect(items).toEqual([
      "favorire la parità di trattamento",
      "garantire il benessere organizzativo",
    ]);
  });

  it("writes the table cells in order, with the header row repeated on every page", () => {
    const cells = paras
      .filter((p) => p.style === "TableText" || p.style === "TableHeading")
      .map((p) => p.text);
    const table = report.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table in the sample");
    const expected = [...table.columns.map((c) => c.header), ...table.rows.flat()];
    const start = cells.indexOf(expected[0] ?? "");
    expect(cells.slice(start, start + expected.length)).toEqual(expected);
    const tables = report.blocks.filter((b) => b.type === "table").length;
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
    expect(paras.find((p) => p.style === "Caption" && p.text === table.caption)).toBeDefined();
    // The fields block: a two-column table, labels and values.
    expect(cells.slice(0, 2)).toEqual(["Ente", "CITTA' METROPOLITANA DI BOLOGNA"]);
  });

  it("writes text as text: markup escaped, line breaks kept, control characters dropped", () => {
    expect(documentXml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(documentXml).not.toContain("<script>");
    expect(paras.some((p) => p.text === "=1+1 & <b>non grassetto</b>")).toBe(true);
    expect(paras.find((p) => p.text === "riga 1riga 2")?.xml).toContain("<w:br/>");
    expect(paras.some((p) => p.text === "controllo tolto")).toBe(true);
  });

  it("has a table of contents field that Word updates on opening", async () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(paras.filter((p) => p.style === "TOC1").map((p) => p.text)).toContain(
      "SEZIONE 1: SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
    );
    expect(await part("word/settings.xml")).toContain("<w:updateFields");
    const noToc = await JSZip.loadAsync(await renderDocx(makeReport({ toc: false })));
    expect(await noToc.file("word/document.xml")?.async("string")).not.toContain("TOC \\h");
  });

  it("numbers the pages in the footer, not on the cover", async () => {
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => part(name)),
    );
    const numbered = footers.filter((xml) => xml.includes("Pagina "));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toMatch(/PAGE.*di .*NUMPAGES/s);
    expect(documentXml).toContain("<w:titlePg/>");
  });

  it("shows what is missing, the chart with its alt text, the signature lines", () => {
    expect(paras.find((p) => p.style === "Missing")?.text).toBe("Sezione non presente nel piano");
    expect(documentXml).toContain('descr="Area Risorse 88,9%, Settore Istruzione 66,9%"');
    const media = Object.keys(zip.files).filter((name) => name.startsWith("word/media/"));
    expect(media.some((name) => name.endsWith(".svg"))).toBe(true);
    expect(media.some((name) => name.endsWith(".png"))).toBe(true);
    const signature = paras.filter((p) => p.style === "Signature").map((p) => p.text);
    expect(signature).toEqual(["Il Presidente del Nucleo di valutazione", "", "Data ____________"]);
  });

  it("leaves out a page break just before a heading 1 (no empty page)", () => {
    const breaks = paras.filter((p) => p.xml.includes("<w:pageBreakBefore/>"));
    // "Indice", and the three headings 1.
    expect(breaks.map((p) => p.style)).toEqual(["TOCHeading", "Heading1", "Heading1", "Heading1"]);
  });

  it("writes the document's properties with its language", async () => {
    const core = await part("docProps/core.xml");
    expect(core).toContain("<dc:title>PIAO 2025-2027 — Città metropolitana di Bologna</dc:title>");
    expect(core).toContain("<dc:language>it-IT</dc:language>");
    expect(core).toContain("<dc:creator>CITTA' METROPOLITANA DI BOLOGNA</dc:creator>");
    expect(core).toContain("<cp:keywords>PIAO, performance</cp:keywords>");
    expect(core).toContain("<dc:subject>Piano Integrato di Attività e Organizzazione</dc:subject>");
  });

  it("renders a chart whose SVG cannot be read as its description", async () => {
    const broken = makeReport({
      toc: false,
      blocks: [
        { type: "chart", title: "Rotto", svg: "<svg", alt: "Descrizione", width: 10, height: 10 },
      ],
    });
    const xml = await (await JSZip.loadAsync(await renderDocx(broken)))
      .file("word/document.xml")
      ?.async("string");
    expect(paragraphs(xml ?? "").find((p) => p.style === "Missing")?.text).toBe(
      "Grafico non disponibile. Descrizione",
    );
  });
});

const tools = !missingTools("libreoffice", "pdftotext");

describe("renderDocx opened by LibreOffice", () => {
  it.skipIf(!tools)(
    "converts to PDF with the headings, the table of contents and the cells",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "piao-docx-"));
      try {
        writeFileSync(join(dir, "report.docx"), await renderDocx(report));
        const profile = `file://${join(dir, "lo-profile")}`;
        await run(
          "libreoffice",
          [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf"].concat([
            "--outdir",
            dir,
            join(dir, "report.docx"),
          ]),
          { timeout: 240_000 },
        );
        await run("pdftotext", ["-layout", join(dir, "report.pdf"), join(dir, "report.txt")]);
        const text = readFileSync(join(dir, "report.txt"), "utf8");
        for (const block of report.blocks) {
          if (block.type === "heading") expect(text).toContain(block.text);
        }
        expect(text).toContain("Indice");
        expect(text).toContain("4160 EROGAZIONE FORMAZIONE OBBLIGATORIA");
        expect(text).toContain("31/01/2025");
        expect(text).toContain("<script>alert(1)</script>");
        expect(text).toMatch(/Pagina 2 di \d+/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
