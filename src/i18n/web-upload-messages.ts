/** The words of the import from the browser: upload, preview, confirmation. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "upload.title": { it: "Importa un file", en: "Import a file" },
  "upload.lead": {
    it: "Carica il testo del PIAO, un pacchetto JSON o il modulo delle rilevazioni compilato: prima di scrivere qualsiasi cosa viene mostrata un'anteprima da confermare.",
    en: "Upload the text of the PIAO, a JSON bundle or the filled sheet of figures: a preview is shown for confirmation before anything is written.",
  },
  "upload.kind": { it: "Che cosa contiene il file", en: "What the file holds" },
  "upload.kind.plan": { it: "Un piano (PIAO)", en: "A plan (PIAO)" },
  "upload.kind.planHint": {
    it: "Testo del PIAO (.txt, estratto dal PDF) o pacchetto JSON.",
    en: "Text of the PIAO (.txt, extracted from the PDF) or a JSON bundle.",
  },
  "upload.kind.figures": { it: "Rilevazioni di una campagna", en: "Figures of a campaign" },
  "upload.kind.figuresHint": {
    it: "Il modulo delle rilevazioni compilato, in formato Excel (.xlsx) o CSV.",
    en: "The filled sheet of figures, as Excel (.xlsx) or CSV.",
  },
  "upload.chooseKind": {
    it: "Indicare se il file contiene un piano o delle rilevazioni.",
    en: "Say whether the file holds a plan or figures.",
  },
  "upload.file": { it: "File", en: "File" },
  "upload.fileHint": { it: "Al massimo 20 MB.", en: "At most 20 MB." },
  "upload.noFile": { it: "Scegliere il file da caricare.", en: "Choose the file to upload." },
  "upload.campaign": { it: "Campagna (per le rilevazioni)", en: "Campaign (for figures)" },
  "upload.campaignFromFile": {
    it: "Quella indicata nel file (colonna «Campagna»)",
    en: 'The one the file names (column "Campagna")',
  },
  "upload.campaignHint": {
    it: "Solo le campagne aperte ricevono rilevazioni.",
    en: "Only open campaigns take figures.",
  },
  "upload.noCampaign": {
    it: "Il file non indica la campagna: sceglierla dall'elenco.",
    en: "The file does not name its campaign: choose it from the list.",
  },
  "upload.campaignMismatch": {
    it: "Il file è della campagna {file}, ma è stata scelta la campagna {given}.",
    en: "The file belongs to campaign {file}, but campaign {given} was chosen.",
  },
  "upload.submit": { it: "Carica e mostra l'anteprima", en: "Upload and preview" },
  "upload.unreadable": {
    it: "Il file non si può leggere, quindi non è stato caricato:",
    en: "The file cannot be read, so it was not uploaded:",
  },
  "upload.notFound": {
    it: "Il caricamento {id} non esiste, è scaduto (dopo un'ora) o è di un altro utente: caricare di nuovo il file.",
    en: "Upload {id} does not exist, has expired (after an hour) or belongs to another user: upload the file again.",
  },
  "upload.otherAdministration": {
    it: "Il file riguarda un'amministrazione diversa dalla propria: non si può importare.",
    en: "The file is about another administration than yours: it cannot be imported.",
  },
  "upload.previewTitle": { it: "Anteprima dell'importazione", en: "Import preview" },
  "upload.previewLead.plan": {
    it: "Piano dal file {file}: nulla è stato ancora scritto.",
    en: "Plan from the file {file}: nothing has been written yet.",
  },
  "upload.previewLead.figures": {
    it: "Rilevazioni dal file {file}: nulla è stato ancora scritto.",
    en: "Figures from the file {file}: nothing has been written yet.",
  },
  "upload.noProblems": {
    it: "Il file è stato letto senza problemi.",
    en: "The file was read without problems.",
  },
  "upload.problems": {
    it: "{n} segnalazioni, di cui {errors} errori",
    itOne: "1 segnalazione, di cui {errors} errori",
    en: "{n} notes, {errors} of them errors",
    enOne: "1 note, {errors} of them errors",
  },
  "upload.plan.created": {
    it: "Nuovo piano: {name}, PIAO {period}, con {objectives} obiettivi e {indicators} indicatori.",
    en: "New plan: {name}, PIAO {period}, with {objectives} objectives and {indicators} indicators.",
  },
  "upload.plan.unchanged": {
    it: "Nessuna modifica: il PIAO {period} di {name} è già uguale a questo file (edizione {edition}).",
    en: "No change: the PIAO {period} of {name} already matches this file (edition {edition}).",
  },
  "upload.plan.updated": {
    it: "Nuova edizione {edition} del PIAO {period} di {name} (la precedente resta consultabile).",
    en: "New edition {edition} of the PIAO {period} of {name} (the previous one is kept).",
  },
  "upload.diff.counts": {
    it: "{added} aggiunti, {removed} rimossi, {changed} modificati",
    en: "{added} added, {removed} removed, {changed} changed",
  },
  "upload.diff.change": { it: "Modifica", en: "Change" },
  "upload.diff.fields": { it: "Campi modificati", en: "Fields changed" },
  "upload.diff.added": { it: "aggiunto", en: "added" },
  "upload.diff.removed": { it: "rimosso", en: "removed" },
  "upload.diff.changed": { it: "modificato", en: "changed" },
  "upload.diff.none": { it: "Nessuna modifica.", en: "No change." },
  "upload.diff.parts": {
    it: "Altre parti modificate: {parts}.",
    en: "Other parts changed: {parts}.",
  },
  "upload.part.administration": { it: "scheda anagrafica", en: "administration details" },
  "upload.part.plan": { it: "dati del piano", en: "plan details" },
  "upload.part.sections": { it: "sezioni", en: "sections" },
  "upload.part.units": { it: "struttura organizzativa", en: "organisation" },
  "upload.part.positiveActions": { it: "ambiti di azione positiva", en: "positive-action areas" },
  "upload.figures.summary": {
    it: "Rilevazioni per la campagna {campaign}",
    en: "Figures for campaign {campaign}",
  },
  "upload.figures.byRow": { it: "Esito per riga", en: "Outcome by row" },
  "upload.figures.status": { it: "Esito", en: "Outcome" },
  "upload.figures.rows": { it: "Righe", en: "Rows" },
  "upload.figures.row": { it: "Riga", en: "Row" },
  "upload.figures.created": { it: "nuova rilevazione", en: "new figure" },
  "upload.figures.updated": { it: "rilevazione aggiornata", en: "figure updated" },
  "upload.figures.unchanged": { it: "invariata", en: "unchanged" },
  "upload.figures.empty": { it: "vuota (nessun valore)", en: "empty (no value)" },
  "upload.figures.invalid": { it: "con errori (escluse)", en: "with errors (left out)" },
  "upload.figures.noRows": { it: "Nessuna riga valida.", en: "No valid row." },
  "upload.confirm": { it: "Conferma l'importazione", en: "Confirm the import" },
  "upload.confirmValidOnly": {
    it: "Importa solo le righe valide",
    en: "Import the valid rows only",
  },
  "upload.cancel": { it: "Annulla", en: "Cancel" },
  "upload.cannotConfirmHint": {
    it: "Il file non si può importare così: correggerlo e caricarlo di nuovo.",
    en: "The file cannot be imported as it is: correct it and upload it again.",
  },
  "upload.cannotConfirm": {
    it: "Il file contiene {n} errori e non si può importare: correggerlo e caricarlo di nuovo.",
    itOne: "Il file contiene 1 errore e non si può importare: correggerlo e caricarlo di nuovo.",
    en: "The file has {n} errors and cannot be imported: correct it and upload it again.",
    enOne: "The file has 1 error and cannot be imported: correct it and upload it again.",
  },
  "upload.cancelled": {
    it: "Importazione annullata: nulla è stato scritto.",
    en: "Import cancelled: nothing was written.",
  },
  "upload.done.plan.created": {
    it: "Piano importato (edizione {edition}).",
    en: "Plan imported (edition {edition}).",
  },
  "upload.done.plan.updated": {
    it: "Piano aggiornato: nuova edizione {edition}.",
    en: "Plan updated: new edition {edition}.",
  },
  "upload.done.plan.unchanged": {
    it: "Nessuna modifica: il piano era già uguale al file.",
    en: "No change: the plan already matched the file.",
  },
  "upload.done.figures": {
    it: "Rilevazioni importate: {created} nuove, {updated} aggiornate, {unchanged} invariate.",
    en: "Figures imported: {created} new, {updated} updated, {unchanged} unchanged.",
  },
});
