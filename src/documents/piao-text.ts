/**
 * Writes a plan in the PIAO text format that src/import/piao-text reads: the
 * layout of the seed document (title and date, INDICE, sections with their
 * text, the scheda anagrafica as label⇥value rows, the positive-action annex
 * with its "AZIONE n" areas, objectives and tab-separated indicator tables).
 * What the format cannot carry (weights, polarity, baselines, targets beyond
 * one per indicator, unit heads, tags other than the annex's) is in the JSON bundle.
 */

import { formatItalianDate } from "../domain/format-value.ts";
import type {
  Administration,
  Indicator,
  Objective,
  PlanDocument,
  Section,
  TargetValue,
} from "../domain/plan.ts";

const ANAGRAFICA: [keyof Administration, string][] = [
  ["name", "ENTE"],
  ["kind", "TIPOLOGIA"],
  ["region", "REGIONE:"],
  ["legalSeat", "SEDE LEGALE:"],
  ["population", "POPOLAZIONE RELATIVA ALL'ULTIMO CENSIMENTO ISTAT:"],
  ["areaKm2", "SUPERFICIE RELATIVA ALL'ULTIMO CENSIMENTO ISTAT:"],
  ["website", "SITO INTERNET ISTITUZIONALE"],
  ["phone", "TELEFONO (CENTRALINO)"],
  ["pec", "EMAIL PEC"],
  ["email", "EMAIL"],
  ["taxCode", "CODICE FISCALE"],
  ["vatNumber", "PARTITA IVA"],
  ["ipaCode", "CODICE IPA"],
  ["employees", "NUMERO DIPENDENTI"],
];

/** Always written even when empty, so a missing value stays visible. */
const ALWAYS = new Set<keyof Administration>([
  "name",
  "region",
  "population",
  "taxCode",
  "vatNumber",
]);

export const ANNEX_HEADER = "PIANO AZIONI POSITIVE";

function headingText(section: Pick<Section, "code" | "title">): string {
  if (section.code === null) return section.title;
  return section.code.includes(".")
    ? `${section.code} ${section.title}`
    : `SEZIONE ${section.code}: ${section.title}`;
}

function anagraficaRows(a: Administration): string[] {
  return ANAGRAFICA.filter(
    ([field]) => ALWAYS.has(field) || (a[field] !== null && a[field] !== ""),
  ).map(([field, label]) => `${label}\t${a[field] === null ? "" : String(a[field])}`);
}

function targetText(value: TargetValue | undefined): string {
  if (!value) return "";
  switch (value.kind) {
    case "deadline":
      return formatItalianDate(value.date);
    case "number":
    case "percent":
      return String(value.value).replace(".", ",");
    case "boolean":
      return value.value ? "SI" : "NO";
  }
}

function indicatorRow(i: Indicator): string {
  return `${i.code} ${i.description}\t${i.unitLabel}\t${targetText(i.targets[0]?.value)}`;
}

function objectiveBlock(o: Objective): string[] {
  const out = [`Obiettivo Performance\t${o.code}\t${o.title}\t${o.unitKey ?? ""}`, ""];
  for (const p of o.description.split("\n\n").filter(Boolean)) out.push(p, "");
  out.push("Codice e descrizione indicatore\tUnità di misura\tObiettivo");
  for (const i of o.indicators) out.push(indicatorRow(i));
  out.push("");
  return out;
}

function paragraphs(body: string): string[] {
  return body
    .split("\n\n")
    .filter((p) => p.trim() !== "")
    .flatMap((p) => [p, ""]);
}

/** The annex: its text, the list of action areas, then each area with its objectives. */
function annex(doc: PlanDocument, section: Section | undefined): string[] {
  const out: string[] = [];
  if (section) out.push(section.title, "", ...paragraphs(section.body));
  if (!/AMBITI DI AZIONE/i.test(section?.body ?? "")) {
    out.push(
      `Per raggiungere tali finalità si prevedono ${doc.positiveActions.length} AMBITI DI AZIONE:`,
      "",
    );
  }
  for (const a of doc.positiveActions)
    out.push(`${a.number} ${a.title}`, "", ...paragraphs(a.description));
  const period = `${doc.plan.startYear}-${doc.plan.endYear}`;
  for (const a of doc.positiveActions) {
    out.push(ANNEX_HEADER, "", period, "", `AZIONE ${a.number} ${a.title}`, "");
    for (const o of doc.objectives.filter((x) => x.positiveAction === a.number))
      out.push(...objectiveBlock(o));
  }
  return out;
}

export function renderPiaoText(doc: PlanDocument): string {
  const out: string[] = ["", doc.plan.title, ""];
  if (doc.plan.documentDate) out.push(formatItalianDate(doc.plan.documentDate), "");
  const indexed = doc.sections.filter((s) => s.inIndex);
  out.push("INDICE", "", ...indexed.map(headingText), "");
  const anagraficaIn = indexed.find((s) => s.code === "1.1") ?? indexed.find((s) => s.code === "1");
  const loose = doc.objectives.filter((o) => o.positiveAction === null);
  for (const s of indexed) {
    out.push(headingText(s), "");
    if (s === anagraficaIn) out.push(...anagraficaRows(doc.administration), "");
    out.push(...paragraphs(s.body));
    if (s.code === "2.2") for (const o of loose) out.push(...objectiveBlock(o));
  }
  if (!anagraficaIn) out.push(...anagraficaRows(doc.administration), "");
  const annexSection = doc.sections.find((s) => !s.inIndex);
  if (annexSection || doc.positiveActions.length > 0) out.push(...annex(doc, annexSection));
  return `${out.join("\n")}\n`;
}
