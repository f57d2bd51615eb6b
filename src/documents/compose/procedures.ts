/**
 * The sub-parts of section 2.2 for letters e) and f) of art. 6 c. 2 DL
 * 80/2021: "Semplificazione" (procedures to simplify and re-engineer),
 * "Accessibilità" (physical and digital accessibility for citizens over 65
 * and with disabilities), and the catalogue of procedures with their
 * timeliness against the legal deadline.
 */
import { formatItalianDate } from "../../domain/format-value.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { timelinessRows, timelinessSummary } from "../../domain/public-value/timeliness.ts";
import type { Block } from "../model.ts";
import { percent, unitName } from "./common.ts";

const AUDIENCES = {
  over65: "cittadini ultrasessantacinquenni",
  disability: "persone con disabilità",
};
const KINDS = { physical: "fisica", digital: "digitale" };

const orDash = (items: string[]) => (items.length ? items.join(", ") : "—");
const number = (n: number, digits = 1) =>
  n.toLocaleString("it-IT", { maximumFractionDigits: digits });

function objectiveNames(doc: PlanDocument, codes: string[]): string {
  return orDash(codes.map((c) => doc.objectives.find((o) => o.code === c)?.code ?? c));
}

function simplificationBlocks(doc: PlanDocument): Block[] {
  const pr = doc.procedures;
  const listed = pr.procedures.filter((p) => p.onSimplificationList);
  return [
    { type: "heading", level: 3, text: "Semplificazione" },
    {
      type: "paragraph",
      text: "Elenco delle procedure da semplificare e reingegnerizzare ogni anno (art. 6 c. 2 lett. e DL 80/2021).",
    },
    pr.simplifications.length
      ? {
          type: "table",
          caption: "Azioni di semplificazione e reingegnerizzazione",
          sheet: "Semplificazione",
          columns: [
            { header: "Codice", width: 1 },
            { header: "Azione", width: 4 },
            { header: "Anno", width: 1, align: "center" },
            { header: "Procedimenti", width: 2 },
            { header: "Obiettivi di performance", width: 2 },
          ],
          rows: pr.simplifications.map((s) => [
            s.code,
            s.description.trim() ? `${s.title}. ${s.description}` : s.title,
            String(s.year),
            orDash(
              s.procedureCodes.map((c) => {
                const p = pr.procedures.find((x) => x.code === c);
                return p ? `${p.code} ${p.title}` : c;
              }),
            ),
            objectiveNames(doc, s.objectiveCodes),
          ]),
        }
      : { type: "missing", text: "Nessuna azione di semplificazione nel piano" },
    ...(listed.length
      ? [
          {
            type: "list" as const,
            items: listed.map((p) => `${p.code} ${p.title} (${unitName(doc, p.unitKey)})`),
          },
        ]
      : []),
  ];
}

function accessibilityBlocks(doc: PlanDocument): Block[] {
  const actions = doc.procedures.accessibility;
  return [
    { type: "heading", level: 3, text: "Accessibilità" },
    {
      type: "paragraph",
      text: "Azioni per la piena accessibilità, fisica e digitale, da parte dei cittadini ultrasessantacinquenni e delle persone con disabilità (art. 6 c. 2 lett. f DL 80/2021).",
    },
    actions.length
      ? {
          type: "table",
          caption: "Azioni per l'accessibilità fisica e digitale",
          sheet: "Accessibilità",
          columns: [
            { header: "Codice", width: 1 },
            { header: "Azione", width: 4 },
            { header: "Accessibilità", width: 1 },
            { header: "Destinatari", width: 2 },
            { header: "Scadenza", width: 1, align: "center" },
            { header: "Obiettivi di performance", width: 2 },
          ],
          rows: actions.map((a) => [
            a.code,
            a.description.trim() ? `${a.title}. ${a.description}` : a.title,
            KINDS[a.kind],
            orDash(a.audiences.map((x) => AUDIENCES[x])),
            a.deadline ? formatItalianDate(a.deadline) : "—",
            objectiveNames(doc, a.objectiveCodes),
          ]),
        }
      : { type: "missing", text: "Nessuna azione per l'accessibilità nel piano" },
  ];
}

function catalogueBlocks(doc: PlanDocument): Block[] {
  const procedures = doc.procedures.procedures;
  if (procedures.length === 0) return [];
  const rows = procedures.flatMap((p) => {
    const monitored = timelinessRows(p);
    const head = [
      p.code,
      p.title,
      unitName(doc, p.unitKey),
      String(p.legalDeadlineDays),
      p.onSimplificationList ? "sì" : "no",
    ];
    if (monitored.length === 0) return [[...head, "—", "—", "—", "—", "non monitorato"]];
    return monitored.map((t) => [
      ...head,
      String(t.year),
      t.concluded.toLocaleString("it-IT"),
      number(t.averageDays),
      percent(t.lateShare),
      t.overdue ? `oltre il termine (${number(t.ratio * 100, 0)}%)` : "entro il termine",
    ]);
  });
  const summary = timelinessSummary(procedures);
  return [
    { type: "heading", level: 3, text: "Catalogo dei procedimenti e tempi di conclusione" },
    {
      type: "table",
      caption: "Procedimenti amministrativi e monitoraggio dei tempi",
      sheet: "Procedimenti",
      columns: [
        { header: "Codice", width: 1 },
        { header: "Procedimento", width: 3 },
        { header: "Struttura responsabile", width: 3 },
        { header: "Termine (giorni)", width: 1, align: "right" },
        { header: "Da semplificare", width: 1, align: "center" },
        { header: "Anno", width: 1, align: "center" },
        { header: "Conclusi", width: 1, align: "right" },
        { header: "Durata media (giorni)", width: 1, align: "right" },
        { header: "In ritardo", width: 1, align: "right" },
        { header: "Tempi medi", width: 2 },
      ],
      rows,
    },
    ...(summary.length
      ? [
          {
            type: "table" as const,
            caption: "Tempi dei procedimenti: sintesi per anno",
            sheet: "Tempi per anno",
            columns: [
              { header: "Anno", width: 1 },
              { header: "Procedimenti monitorati", width: 1, align: "right" as const },
              { header: "Conclusi", width: 1, align: "right" as const },
              { header: "Conclusi in ritardo", width: 1, align: "right" as const },
              { header: "Quota in ritardo", width: 1, align: "right" as const },
              { header: "Con durata media oltre il termine", width: 1, align: "right" as const },
            ],
            rows: summary.map((s) => [
              String(s.year),
              String(s.procedures),
              s.concluded.toLocaleString("it-IT"),
              s.concludedLate.toLocaleString("it-IT"),
              percent(s.lateShare),
              String(s.overdue),
            ]),
          },
        ]
      : []),
  ];
}

/** Letters e) and f) with the catalogue; none when the plan has none of these records. */
export function procedureBlocks(doc: PlanDocument): Block[] {
  const pr = doc.procedures;
  if (pr.procedures.length + pr.simplifications.length + pr.accessibility.length === 0) return [];
  return [...simplificationBlocks(doc), ...accessibilityBlocks(doc), ...catalogueBlocks(doc)];
}
