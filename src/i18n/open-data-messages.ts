/** The words of the open data: files, the /trasparenza/dati page, the catalogue. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "openData.dataset.obiettivi": { it: "Obiettivi", en: "Objectives" },
  "openData.dataset.obiettivi.description": {
    it: "Gli obiettivi di performance del piano: codice, titolo, descrizione, struttura responsabile, ambito delle azioni positive, etichette e peso.",
    en: "The plan's performance objectives: code, title, description, responsible unit, positive-action area, tags and weight.",
  },
  "openData.dataset.indicatori": { it: "Indicatori", en: "Indicators" },
  "openData.dataset.indicatori.description": {
    it: "Gli indicatori di ogni obiettivo: tipo, unità di misura, polarità, valore di partenza e peso.",
    en: "The indicators of every objective: kind, unit of measure, polarity, baseline and weight.",
  },
  "openData.dataset.target": { it: "Target", en: "Targets" },
  "openData.dataset.target.description": {
    it: "I valori attesi di ogni indicatore per ciascun anno del piano, come approvati.",
    en: "The target of every indicator for each year of the plan, as approved.",
  },
  "openData.dataset.rilevazioni": { it: "Rilevazioni", en: "Measurements" },
  "openData.dataset.rilevazioni.description": {
    it: "I valori rilevati nei monitoraggi pubblicati, con il valore atteso vigente (segnalato se rimodulato).",
    en: "The values measured in the published monitoring campaigns, with the target in force (marked when re-programmed).",
  },
  "openData.dataset.risultati": { it: "Risultati", en: "Results" },
  "openData.dataset.risultati.description": {
    it: "Il grado di raggiungimento nei monitoraggi pubblicati: dell'ente, di ogni struttura, ambito, obiettivo e indicatore.",
    en: "The achievement in the published monitoring campaigns: of the administration, every unit, area, objective and indicator.",
  },
  "openData.linkLabel": { it: "{dataset} ({format})", en: "{dataset} ({format})" },
  "openData.unknownFile": {
    it: "Il file «{file}» non esiste. Gli insiemi di dati sono {datasets}; i formati {formats} (ad esempio obiettivi.csv).",
    en: "There is no file «{file}». The datasets are {datasets}; the formats {formats} (for example obiettivi.csv).",
  },
  "openData.badSeparator": {
    it: "Separatore non valido: indicare separatore=, oppure separatore=;",
    en: "Not a valid separator: give separatore=, or separatore=;",
  },
});

registerCatalog({
  "openData.page.title": { it: "Dati aperti", en: "Open data" },
  "openData.page.lead": {
    it: "Obiettivi, indicatori, target, rilevazioni e risultati dei PIAO pubblicati, da scaricare e riutilizzare in CSV, JSON e XLSX.",
    en: "Objectives, indicators, targets, measurements and results of the published PIAOs, to download and reuse as CSV, JSON and XLSX.",
  },
  "openData.page.license": { it: "Licenza", en: "Licence" },
  "openData.page.licenseText": {
    it: "I dati sono pubblicati con licenza {name}: si possono riutilizzare citando la fonte.",
    en: "The data are published under the licence {name}: they may be reused, crediting the source.",
  },
  "openData.page.catalogue": { it: "Catalogo DCAT-AP_IT", en: "DCAT-AP_IT catalogue" },
  "openData.page.catalogueText": {
    it: "Il catalogo descrive ogni insieme di dati secondo il profilo nazionale DCAT-AP_IT, in JSON-LD, e può essere raccolto da dati.gov.it:",
    en: "The catalogue describes every dataset in the national DCAT-AP_IT profile, as JSON-LD, and can be harvested by dati.gov.it:",
  },
  "openData.page.howToRead": { it: "Come leggere i file", en: "How to read the files" },
  "openData.page.encoding": {
    it: "Testo in UTF-8; i CSV iniziano con il BOM, così Excel riconosce le lettere accentate.",
    en: "Text is UTF-8; CSV files start with the BOM, so that Excel reads accented letters.",
  },
  "openData.page.dates": {
    it: "Le date sono scritte in tutti i formati secondo ISO 8601 (aaaa-mm-gg, ad esempio 2025-12-31).",
    en: "Dates are written in every format as ISO 8601 (yyyy-mm-dd, e.g. 2025-12-31).",
  },
  "openData.page.numbers": {
    it: "Nel CSV, di norma separato da virgole, i decimali hanno il punto; con separatore=; (per Excel in italiano) la virgola. Nel JSON i numeri hanno il punto; nell'XLSX sono numeri. Le percentuali sono scritte da 0 a 100.",
    en: "In the CSV, comma-separated by default, decimals have a point; with separatore=; (for Excel in Italian) a comma. In the JSON numbers have a point; in the XLSX they are numbers. Percentages go from 0 to 100.",
  },
  "openData.page.values": {
    it: "I valori attesi e rilevati sono una data, un numero o true/false secondo il tipo di indicatore; le voci di elenco sono codici stabili:",
    en: "Targets and measured values are a date, a number or true/false according to the indicator's kind; enumerated values are stable codes:",
  },
  "openData.page.formulas": {
    it: "Nel CSV e nell'XLSX un testo che inizia con =, +, - o @ è preceduto da un apostrofo, perché il foglio di calcolo non lo esegua come formula; il JSON riporta il testo esatto.",
    en: "In the CSV and the XLSX a text starting with =, +, - or @ is preceded by an apostrophe, so that the spreadsheet does not run it as a formula; the JSON has the exact text.",
  },
  "openData.page.stable": {
    it: "Gli indirizzi dei file non cambiano da un'edizione all'altra del piano: una nuova pubblicazione ne aggiorna il contenuto.",
    en: "The files' addresses do not change from one edition of the plan to the next: a new publication updates their content.",
  },
  "openData.page.none": {
    it: "Nessun piano è ancora pubblicato.",
    en: "No plan is published yet.",
  },
  "openData.page.planHeading": {
    it: "{administration} — PIAO {period}",
    en: "{administration} — PIAO {period}",
  },
  "openData.page.planMeta": {
    it: "Edizione {edition}, pubblicata il {date}.",
    en: "Edition {edition}, published on {date}.",
  },
  "openData.page.filesCaption": {
    it: "File di dati del PIAO {period} — {administration}",
    en: "Data files of PIAO {period} — {administration}",
  },
  "openData.page.dataset": { it: "Insieme di dati", en: "Dataset" },
  "openData.page.description": { it: "Contenuto", en: "Content" },
  "openData.page.rows": { it: "Righe", en: "Rows" },
  "openData.page.download": { it: "Scarica", en: "Download" },
  "openData.page.csvSemicolon": { it: "CSV (;)", en: "CSV (;)" },
  "openData.page.fileLabel": {
    it: "{dataset}, PIAO {period}, in formato {format}",
    en: "{dataset}, PIAO {period}, as {format}",
  },
  "openData.page.columns": { it: "Colonne", en: "Columns" },
  "openData.page.columnsCaption": {
    it: "Colonne dell'insieme «{dataset}»",
    en: "Columns of the dataset «{dataset}»",
  },
  "openData.page.header": { it: "Intestazione (CSV, XLSX)", en: "Header (CSV, XLSX)" },
  "openData.page.name": { it: "Nome (JSON)", en: "Name (JSON)" },
  "openData.page.type": { it: "Tipo", en: "Type" },
  "openData.page.codesCaption": { it: "Codici usati nei file", en: "Codes used in the files" },
  "openData.page.column": { it: "Colonna", en: "Column" },
  "openData.page.codes": { it: "Codici", en: "Codes" },
  "openData.type.text": { it: "testo", en: "text" },
  "openData.type.integer": { it: "numero intero", en: "integer" },
  "openData.type.number": { it: "numero", en: "number" },
  "openData.type.date": { it: "data (aaaa-mm-gg)", en: "date (yyyy-mm-dd)" },
  "openData.type.boolean": { it: "true/false", en: "true/false" },
  "openData.type.value": {
    it: "data, numero o true/false secondo il tipo",
    en: "date, number or true/false by kind",
  },
  "openData.type.list": { it: "elenco di codici separati da virgola", en: "comma-separated codes" },
  "openData.code.deadline": { it: "scadenza (data)", en: "deadline (date)" },
  "openData.code.number": { it: "numero", en: "number" },
  "openData.code.percent": { it: "percentuale", en: "percentage" },
  "openData.code.boolean": { it: "sì/no", en: "yes/no" },
  "openData.code.higher": { it: "meglio se più alto", en: "higher is better" },
  "openData.code.lower": { it: "meglio se più basso", en: "lower is better" },
  "openData.code.midyear": { it: "monitoraggio infrannuale", en: "mid-year monitoring" },
  "openData.code.yearend": { it: "monitoraggio a consuntivo", en: "year-end monitoring" },
  "openData.code.measured": { it: "rilevato", en: "measured" },
  "openData.code.not_yet": { it: "scadenza non ancora raggiunta", en: "deadline not yet met" },
  "openData.code.not_measured": { it: "non rilevato", en: "not measured" },
  "openData.code.administration": { it: "ente", en: "administration" },
  "openData.code.unit": { it: "struttura organizzativa", en: "organisational unit" },
  "openData.code.area": { it: "ambito delle azioni positive", en: "positive-action area" },
  "openData.code.objective": { it: "obiettivo", en: "objective" },
  "openData.code.indicator": {
    it: "indicatore (chiave: obiettivo/indicatore)",
    en: "indicator (key: objective/indicator)",
  },
  "openData.code.scored": { it: "valutato", en: "scored" },
  "openData.code.in_progress": { it: "in corso", en: "in progress" },
  "openData.code.neutralised": {
    it: "neutralizzato dal Nucleo di valutazione",
    en: "neutralised by the evaluation unit",
  },
  "openData.code.no_target": { it: "senza valore atteso", en: "no target" },
  "openData.code.gender_equality": { it: "parità di genere", en: "gender equality" },
  "openData.code.digitalisation": { it: "digitalizzazione", en: "digitalisation" },
  "openData.code.accessibility": { it: "accessibilità", en: "accessibility" },
  "openData.code.simplification": { it: "semplificazione", en: "simplification" },
});
