/**
 * docProps/core.xml written here rather than by the docx package, which has
 * no dc:language: title, author, subject, keywords and language of the
 * document. The dates are the document's own date (or 1 January 1980), so the
 * same document gives the same properties.
 */

import type { DocumentMetadata } from "../../model.ts";
import { cleanText } from "./text.ts";

export const CORE_PATH = "docProps/core.xml";

export function coreXml(metadata: DocumentMetadata): string {
  const date = documentDate(metadata.date);
  const elements = [
    element("dc:title", metadata.title),
    element("dc:subject", metadata.subject),
    element("dc:creator", metadata.author),
    element("cp:keywords", metadata.keywords.join(", ")),
    element("dc:description", metadata.subject),
    element("dc:language", metadata.lang),
    element("cp:lastModifiedBy", metadata.author),
    "<cp:revision>1</cp:revision>",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `${elements.join("")}</cp:coreProperties>`
  );
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(cleanText(text))}</${name}>`;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function documentDate(iso: string | null): string {
  const date = iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  const valid = date && !Number.isNaN(date.getTime()) ? date : new Date(Date.UTC(1980, 0, 1));
  return valid.toISOString().replace(/\.\d{3}Z$/, "Z");
}
