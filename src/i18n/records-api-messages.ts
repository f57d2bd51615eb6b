/** Words of the section-record reads and writes: the API's records operations and `piao records`. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "apiDocs.tag.Section records": {
    it: "Record delle sezioni 2.1, 2.3 e 3",
    en: "Section records 2.1, 2.3 and 3",
  },
  "plan.audit.entity.section_records": { it: "record di sezione", en: "section records" },
  "records.group.publicValue": { it: "Valore pubblico (2.1)", en: "Public value (2.1)" },
  "records.group.procedures": {
    it: "Procedimenti, semplificazione e accessibilità (2.2, lettere e-f)",
    en: "Procedures, simplification and accessibility (2.2, letters e-f)",
  },
  "records.group.risk": {
    it: "Rischi corruttivi e trasparenza (2.3)",
    en: "Corruption risks and transparency (2.3)",
  },
  "records.group.organisation": {
    it: "Struttura organizzativa: personale (3.1)",
    en: "Organisation: staff (3.1)",
  },
  "records.group.agileWork": {
    it: "Organizzazione del lavoro agile (3.2)",
    en: "Agile work (3.2)",
  },
  "records.group.staffing": {
    it: "Fabbisogni di personale e formazione (3.3)",
    en: "Staffing needs and training (3.3)",
  },
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
  "cli.records.otherPart": {
    it: "{problem} (in un'altra parte del piano: {field})",
    en: "{problem} (in another part of the plan: {field})",
  },
});

/** Italian names of the groups in the API reference page's summaries, by operation id. */
const GROUP_NAMES: Record<string, [string, string]> = {
  PublicValue: ["Valore pubblico (2.1)", "Public value (2.1)"],
  Procedures: ["Procedimenti, semplificazione e accessibilità", "Procedures and accessibility"],
  Risk: ["Rischi corruttivi e trasparenza (2.3)", "Corruption risks and transparency (2.3)"],
  Organisation: ["Personale in servizio (3.1)", "Staff (3.1)"],
  AgileWork: ["Lavoro agile (3.2)", "Agile work (3.2)"],
  Staffing: ["Fabbisogni di personale e formazione (3.3)", "Staffing and training (3.3)"],
};

registerCatalog(
  Object.fromEntries(
    Object.entries(GROUP_NAMES).flatMap(([group, [it, en]]) => [
      [
        `apiDocs.op.get${group}Records`,
        {
          it: `${it}: i record dell'edizione in vigore`,
          en: `${en}: the current edition's records`,
        },
      ],
      [
        `apiDocs.op.put${group}Records`,
        {
          it: `${it}: sostituisce i record (nuova edizione)`,
          en: `${en}: replaces the records (a new edition)`,
        },
      ],
      [
        `apiDocs.op.getPublished${group}Records`,
        {
          it: `${it}: i record di un piano pubblicato`,
          en: `${en}: the records of a published plan`,
        },
      ],
    ]),
  ),
);
