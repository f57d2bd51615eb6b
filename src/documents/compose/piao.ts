/**
 * The PIAO in the order of the schema tipo (DM 132/2022): section 1 and its
 * scheda anagrafica, 2.1–2.3, 3.1–3.3, 4, then the annexes; each section with
 * its narrative and the tables of its records; what is missing shown as missing.
 */
import type { CheckReport } from "../../domain/check.ts";
import type { Administration, PlanDocument, Section } from "../../domain/plan.ts";
import { SCHEMA_TIPO } from "../../domain/schema-tipo.ts";
import type { Block, ReportDocument } from "../model.ts";
import { coverLines, metadata, paragraphs } from "./common.ts";
import { peopleBlocks } from "./people.ts";
import { positiveActionBlocks } from "./positive-actions.ts";
import { procedureBlocks } from "./procedures.ts";
import { publicValueBlocks } from "./public-value.ts";
import { riskBlocks } from "./risk.ts";

const TOP_TITLES: Record<string, string> = {
  "1": "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
  "2": "VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
  "3": "ORGANIZZAZIONE E CAPITALE UMANO",
  "4": "MONITORAGGIO",
};

const FIELD_LABELS: [keyof Administration, string][] = [
  ["name", "Ente"],
  ["kind", "Tipologia"],
  ["region", "Regione"],
  ["legalSeat", "Sede legale"],
  ["population", "Popolazione (ultimo censimento ISTAT)"],
  ["areaKm2", "Superficie (km²)"],
  ["website", "Sito internet istituzionale"],
  ["phone", "Telefono"],
  ["pec", "PEC"],
  ["email", "E-mail"],
  ["taxCode", "Codice fiscale"],
  ["vatNumber", "Partita IVA"],
  ["ipaCode", "Codice IPA"],
  ["employees", "Dipendenti"],
];

function anagrafica(a: Administration): Block {
  return {
    type: "fields",
    fields: FIELD_LABELS.map(([field, label]) => {
      const v = a[field];
      const value =
        v === null || v === ""
          ? "dato non indicato"
          : typeof v === "number"
            ? v.toLocaleString("it-IT")
            : v;
      return { label, value };
    }),
  };
}

function sectionsWith(doc: PlanDocument, code: string): Section[] {
  return doc.sections.filter(
    (s) =>
      s.code === code ||
      (s.code?.startsWith(`${code}.`) && !SCHEMA_TIPO.some((t) => t.code === s.code)),
  );
}

function body(doc: PlanDocument, code: string): Block[] {
  return sectionsWith(doc, code).flatMap((s) => paragraphs(s.body));
}

function objectivesTable(doc: PlanDocument): Block {
  return {
    type: "table",
    caption: "Obiettivi di performance",
    sheet: "Obiettivi",
    columns: [
      { header: "Codice", width: 1 },
      { header: "Obiettivo", width: 4 },
      { header: "Struttura responsabile", width: 3 },
      { header: "Ambito azioni positive", width: 1, align: "center" },
      { header: "Indicatori", width: 1, align: "right" },
    ],
    rows: doc.objectives.map((o) => [
      o.code,
      o.title,
      o.unitKey ?? "—",
      o.positiveAction === null ? "—" : String(o.positiveAction),
      String(o.indicators.length),
    ]),
  };
}

function unitsTable(doc: PlanDocument): Block {
  const kinds = { area: "Area", sector: "Settore", office: "Ufficio" } as const;
  return {
    type: "table",
    caption: "Strutture organizzative",
    sheet: "Strutture",
    columns: [
      { header: "Struttura", width: 4 },
      { header: "Tipo", width: 1 },
      { header: "Responsabile", width: 2 },
    ],
    rows: doc.units.map((u) => [u.key, kinds[u.kind], u.head ?? "—"]),
  };
}

function records(doc: PlanDocument, code: string): Block[] {
  if (code === "1") return [anagrafica(doc.administration)];
  if (code === "2.1") return publicValueBlocks(doc);
  if (code === "2.2" && doc.objectives.length > 0) {
    return [
      objectivesTable(doc),
      {
        type: "paragraph",
        text: "Il dettaglio di obiettivi, indicatori e target è nell'allegato Piano Azioni Positive.",
        style: "note",
      },
      ...procedureBlocks(doc),
    ];
  }
  if (code === "2.2") return procedureBlocks(doc);
  if (code === "2.3") return riskBlocks(doc);
  if (code === "3.1")
    return [...(doc.units.length ? [unitsTable(doc)] : []), ...peopleBlocks(doc, code)];
  if (code === "3.2" || code === "3.3") return peopleBlocks(doc, code);
  return [];
}

function schemaSection(doc: PlanDocument, code: string, check: CheckReport): Block[] {
  const entry = SCHEMA_TIPO.find((s) => s.code === code);
  const own = doc.sections.find((s) => s.code === code);
  const title = own?.title ?? entry?.title.toUpperCase() ?? code;
  const level = code.includes(".") ? 2 : 1;
  const heading: Block = {
    type: "heading",
    level,
    text: level === 1 ? `SEZIONE ${code}: ${title}` : `${code} ${title}`,
  };
  const content = [...body(doc, code), ...records(doc, code)];
  const status = check.sections.find((s) => s.id === code);
  // The simplified PIAO shows only the sections it requires (art. 6 DM 132/2022).
  if (status?.required === false) return [];
  if (status?.status === "present") return [heading, ...content];
  const text = "Sezione non presente nel piano";
  // Records the plan has all the same (e.g. the units responsible for objectives) follow the note.
  return [heading, { type: "missing", text }, ...content];
}

export const SIMPLIFIED_NOTE = "PIAO semplificato (meno di 50 dipendenti)";

function lawContents(check: CheckReport): Block {
  return {
    type: "table",
    caption: "Contenuti richiesti dall'art. 6 c. 2 DL 80/2021",
    sheet: "Completezza",
    columns: [
      { header: "Lettera", width: 1 },
      { header: "Contenuto", width: 6 },
      { header: "Nel piano", width: 2 },
    ],
    rows: check.lawContents.map((l) => [
      `${l.id})`,
      l.title,
      l.status === "present" ? "presente" : "MANCANTE",
    ]),
  };
}

export function composePiao(doc: PlanDocument, check: CheckReport): ReportDocument {
  const period = `${doc.plan.startYear}-${doc.plan.endYear}`;
  const blocks: Block[] = [];
  for (const s of doc.sections.filter(
    (x) => x.code === null && x.inIndex && x.body.trim() !== "",
  )) {
    blocks.push({ type: "heading", level: 1, text: s.title }, ...paragraphs(s.body));
  }
  if (check.simplified) blocks.push({ type: "paragraph", text: SIMPLIFIED_NOTE, style: "note" });
  for (const top of ["1", "2", "3", "4"]) {
    const subs = SCHEMA_TIPO.filter((s) => s.code.startsWith(`${top}.`));
    if (subs.length === 0) {
      blocks.push(...schemaSection(doc, top, check));
      continue;
    }
    const own = doc.sections.find((s) => s.code === top);
    blocks.push({
      type: "heading",
      level: 1,
      text: `SEZIONE ${top}: ${own?.title ?? TOP_TITLES[top]}`,
    });
    blocks.push(...paragraphs(own?.body ?? ""));
    for (const sub of subs) blocks.push(...schemaSection(doc, sub.code, check));
  }
  const annex = doc.sections.find((s) => !s.inIndex);
  // The positive-action annex belongs to 2.2, which the simplified PIAO does not require.
  if (!(check.simplified && !annex && doc.positiveActions.length === 0)) {
    blocks.push({
      type: "heading",
      level: 1,
      text: annex?.title ?? "ALLEGATO: PIANO AZIONI POSITIVE",
    });
    if (annex) blocks.push(...paragraphs(annex.body));
    blocks.push(...positiveActionBlocks(doc, 2));
  }
  if (!check.simplified) {
    blocks.push({ type: "heading", level: 1, text: "VERIFICA DI COMPLETEZZA" }, lawContents(check));
  }
  return {
    metadata: metadata(doc, `${doc.plan.title}`, `PIAO ${period} di ${doc.administration.name}`),
    cover: coverLines(doc, ["Piano Integrato di Attività e Organizzazione"]),
    toc: true,
    blocks,
  };
}
