/**
 * A report document as a Word file (DOCX), built with the docx package: Word's
 * own styles (Title, Heading 1–3, Normal, Caption, List Paragraph, TOC 1–3)
 * and ours (styles.ts); a cover; the table of contents as a TOC field, its
 * entries written from the headings and its page numbers left to Word, which
 * updates the fields on opening (LibreOffice shows the entries, without page
 * numbers, until its index is updated); every heading 1 on a new page; "Pagina
 * N di M" in the footer (not on the cover); the document's properties and
 * language. Pure: the model in, bytes out.
 */

import { Document, Footer, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { ReportDocument } from "../model.ts";
import { bodyChildren, frontMatter } from "./docx/blocks.ts";
import { CORE_PATH, coreXml } from "./docx/properties.ts";
import { documentStyles, EXTERNAL_STYLES, NUMBERING, PAGE, STYLE } from "./docx/styles.ts";
import { cleanText } from "./docx/text.ts";

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(createDocument(doc), false, [
    { path: CORE_PATH, data: coreXml(doc.metadata) },
  ]);
}

/** The docx package's document, before packing (core.xml is replaced when packing). */
export function createDocument(doc: ReportDocument): Document {
  const { metadata } = doc;
  return new Document({
    title: cleanText(metadata.title),
    subject: cleanText(metadata.subject),
    creator: cleanText(metadata.author),
    keywords: cleanText(metadata.keywords.join(", ")),
    description: cleanText(metadata.subject),
    lastModifiedBy: cleanText(metadata.author),
    features: doc.toc ? { updateFields: true } : undefined,
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(metadata.lang),
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginY,
              bottom: PAGE.marginY,
              left: PAGE.marginX,
              right: PAGE.marginX,
              footer: PAGE.footer,
            },
          },
        },
        footers: {
          default: pageNumberFooter(),
          first: new Footer({ children: [new Paragraph({ style: STYLE.footer })] }),
        },
        children: [...frontMatter(doc), ...bodyChildren(doc.blocks)],
      },
    ],
  });
}

/** "Pagina N di M", with Word's PAGE and NUMPAGES fields. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun({
            children: ["Pagina ", PageNumber.CURRENT, " di ", PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
