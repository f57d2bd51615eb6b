/** Words of the section-record reads and writes: the API's records operations and `piao records`. */
import { registerCatalog } from "./translate.ts";

/** Each group's name (Italian, English), by its bundle field. */
const GROUP_LABELS: Record<string, [string, string]> = {
  publicValue: ["Valore pubblico (2.1)", "Public value (2.1)"],
  procedures: [
    "Procedimenti, semplificazione e accessibilità (2.2, lettere e-f)",
    "Procedures, simplification and accessibility (2.2, letters e-f)",
  ],
  risk: ["Rischi corruttivi e trasparenza (2.3)", "Corruption risks and transparency (2.3)"],
  organisation: ["Struttura organizzativa: personale (3.1)", "Organisation: staff (3.1)"],
  agileWork: ["Organizzazione del lavoro agile (3.2)", "Agile work (3.2)"],
  staffing: ["Fabbisogni di personale e formazione (3.3)", "Staffing needs and training (3.3)"],
};

const pascal = (group: string) => `${group[0]?.toUpperCase() ?? ""}${group.slice(1)}`;

registerCatalog(
  Object.fromEntries(
    Object.entries(GROUP_LABELS).flatMap(([group, [it, en]]) => [
      [`records.group.${group}`, { it, en }],
      // The summaries of the API reference page, by operation id.
      [
        `apiDocs.op.get${pascal(group)}Records`,
        {
          it: `${it}: i record dell'edizione in vigore`,
          en: `${en}: the current edition's records`,
        },
      ],
      [
        `apiDocs.op.put${pascal(group)}Records`,
        {
          it: `${it}: sostituisce i record (nuova edizione)`,
          en: `${en}: replaces the records (a new edition)`,
        },
      ],
      [
        `apiDocs.op.getPublished${pascal(group)}Records`,
        {
          it: `${it}: i record di un piano pubblicato`,
          en: `${en}: the records of a published plan`,
        },
      ],
    ]),
  ),
);

registerCatalog({
  "apiDocs.tag.Section records": {
    it: "Record delle sezioni 2.1, 2.3 e 3",
    en: "Section records 2.1, 2.3 and 3",
  },
  "plan.audit.entity.section_records": { it: "record di sezione", en: "section records" },
  "records.api.invalid": {
    it: "I record non rispettano le regole del piano: nulla è stato scritto",
    en: "The records break the plan's rules: nothing was written",
  },
  "cli.records.heading": {
    it: "{label} — piano {plan}, edizione {edition}",
    en: "{label} — plan {plan}, edition {edition}",
  },
  "cli.records.list": { it: "{list}: {n} record", en: "{list}: {n} records" },
  "cli.records.stored": {
    it: "Salvato: {label}, piano {plan}, nuova edizione {edition}",
    en: "Stored: {label}, plan {plan}, new edition {edition}",
  },
  "cli.records.unchanged": {
    it: "Nessuna modifica: {label}, piano {plan}, edizione {edition}",
    en: "No change: {label}, plan {plan}, edition {edition}",
  },
  "cli.records.rejected": {
    it: "{n} errori: non è stato scritto nulla nel database",
    en: "{n} errors: nothing was written to the database",
    itOne: "Un errore: non è stato scritto nulla nel database",
    enOne: "One error: nothing was written to the database",
  },
});
