/** Messages of the import of PIAO documents (src/import). */
import { type Catalog, registerCatalog } from "./translate.ts";

export const IMPORT_MESSAGES: Catalog = {
  // Decoding the file
  "import.empty": {
    it: "Il file è vuoto: non contiene testo da leggere.",
    en: "The file is empty: there is no text to read.",
  },
  "import.binary": {
    it: "Il file non è un testo (contiene byte nulli): sembra un file binario. Fornire il testo del PIAO in un file .txt.",
    en: "The file is not text (it contains NUL bytes): it looks like a binary file. Provide the text of the PIAO as a .txt file.",
  },
  "import.pdf": {
    it: "Il file è un PDF, non un testo. Estrarre il testo dal PDF (ad esempio con pdftotext o con «Salva come testo» del lettore PDF) e fornire il file di testo ottenuto.",
    en: 'The file is a PDF, not text. Extract the text from the PDF (e.g. with pdftotext or the PDF reader\'s "Save as text") and provide the resulting text file.',
  },
  "import.notUtf8": {
    it: "Il file non è codificato in UTF-8 (primo carattere non valido in questa riga): è stato letto come Windows-1252. Controllare che le lettere accentate risultino corrette.",
    en: "The file is not UTF-8 encoded (first invalid character on this line): it was read as Windows-1252. Check that accented letters came out right.",
  },
  "import.truncatedUtf8": {
    it: "Il file termina a metà di un carattere: sembra troncato. Il carattere incompleto è stato ignorato.",
    en: "The file ends in the middle of a character: it looks truncated. The incomplete character was ignored.",
  },
  "import.lineTooLong": {
    it: "Riga troppo lunga ({length} caratteri, limite {limit}): il file non sembra il testo di un PIAO, oppure le righe non sono separate da a capo.",
    en: "Line too long ({length} characters, limit {limit}): the file does not look like the text of a PIAO, or its lines are not separated by line breaks.",
  },
  "import.moreDiagnostics": {
    it: "…e altri {count} messaggi non mostrati.",
    en: "…and {count} more messages not shown.",
  },
  // Title, date, index, sections
  "import.notPiao": {
    it: "Il testo non sembra un PIAO: all'inizio manca la riga del titolo «PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE AAAA-AAAA».",
    en: 'The text does not look like a PIAO: the title line "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE YYYY-YYYY" is missing at the top.',
  },
  "import.badYears": {
    it: "Triennio non valido nel titolo: {start}-{end}.",
    en: "Invalid three-year period in the title: {start}-{end}.",
  },
  "import.badDocumentDate": {
    it: 'Data del documento non valida "{value}": scrivere una data esistente nel formato gg/mm/aaaa.',
    en: 'Invalid document date "{value}": write an existing date as dd/mm/yyyy.',
  },
  "import.noIndex": {
    it: "Indice (INDICE) non trovato dopo il titolo: le sezioni del documento non sono state riconosciute.",
    en: "No index (INDICE) after the title: the sections of the document were not recognised.",
  },
  "import.textBeforeSections": {
    it: "Testo prima della prima sezione riconosciuta: ignorato.",
    en: "Text before the first recognised section: ignored.",
  },
  // Scheda anagrafica
  "import.noAdministrationName": {
    it: "Manca la denominazione dell'ente: nella scheda anagrafica non c'è una riga ENTE o DENOMINAZIONE con il nome.",
    en: "The name of the administration is missing: the scheda anagrafica has no ENTE or DENOMINAZIONE row with the name.",
  },
  "import.missingValue": {
    it: 'Il campo "{field}" della scheda anagrafica è vuoto.',
    en: 'The field "{field}" of the scheda anagrafica is empty.',
  },
  "import.badFieldNumber": {
    it: 'Il campo "{field}" della scheda anagrafica deve essere un numero (es. 1.005.000 o 3.702,32): trovato "{value}".',
    en: 'The field "{field}" of the scheda anagrafica must be a number (e.g. 1.005.000 or 3.702,32): found "{value}".',
  },
  "import.badTaxCode": {
    it: '"{field}": "{value}" non è valido (servono 11 cifre con la cifra di controllo corretta).',
    en: '"{field}": "{value}" is not valid (11 digits with a correct check digit are required).',
  },
  "import.unknownField": {
    it: 'Voce "{label}" della scheda anagrafica non riconosciuta: ignorata.',
    en: 'Entry "{label}" of the scheda anagrafica not recognised: ignored.',
  },
  "import.duplicateField": {
    it: 'Il campo "{field}" compare di nuovo (già alla riga {firstLine}): resta valido il primo valore.',
    en: 'The field "{field}" appears again (already on line {firstLine}): the first value is kept.',
  },
  // Positive actions
  "import.actionWithoutObjectives": {
    it: 'L\'ambito di azione {action} "{title}" non ha obiettivi nel Piano Azioni Positive (documento incompleto?).',
    en: 'Action area {action} "{title}" has no objectives in the Piano Azioni Positive (incomplete document?).',
  },
  "import.actionsAnnouncedMismatch": {
    it: "Il documento annuncia {announced} ambiti di azione, ma ne sono stati trovati {found}.",
    en: "The document announces {announced} action areas, but {found} were found.",
  },
  // Objectives and units
  "import.objectiveNoCode": {
    it: 'Intestazione "Obiettivo Performance" senza il codice numerico dell\'obiettivo.',
    en: '"Obiettivo Performance" header without the numeric code of the objective.',
  },
  "import.objectiveNoTitle": {
    it: "L'obiettivo {objective} non ha un titolo.",
    en: "Objective {objective} has no title.",
  },
  "import.objectiveNoUnit": {
    it: "Per l'obiettivo {objective} non è indicata la struttura responsabile (Area, Settore, Servizio, Ufficio).",
    en: "Objective {objective} does not name the responsible unit (Area, Settore, Servizio, Ufficio).",
  },
  "import.duplicateObjective": {
    it: "Codice obiettivo {objective} ripetuto: è già usato alla riga {firstLine}.",
    en: "Objective code {objective} repeated: already used on line {firstLine}.",
  },
  "import.noIndicators": {
    it: 'L\'obiettivo {objective} non ha indicatori: manca la tabella "Codice e descrizione indicatore | Unità di misura | Obiettivo".',
    en: 'Objective {objective} has no indicators: the table "Codice e descrizione indicatore | Unità di misura | Obiettivo" is missing.',
  },
  "import.unknownUnitKind": {
    it: 'Tipo di struttura non riconosciuto per "{unit}" ("{word}" non è Area, Settore, Servizio o Ufficio): considerata un ufficio.',
    en: 'Unknown kind of unit for "{unit}" ("{word}" is not Area, Settore, Servizio or Ufficio): taken as an office.',
  },
  "import.unplacedText": {
    it: "Testo dopo la tabella degli indicatori dell'obiettivo {objective}, fuori da ogni obiettivo: aggiunto al testo della sezione.",
    en: "Text after the indicator table of objective {objective}, outside any objective: added to the text of the section.",
  },
  "import.noObjectives": {
    it: 'Nel documento non è stato trovato nessun obiettivo di performance ("Obiettivo Performance …").',
    en: 'No performance objective ("Obiettivo Performance …") was found in the document.',
  },
  // Indicator tables
  "import.tableWithoutObjective": {
    it: 'Tabella degli indicatori fuori da un obiettivo: manca la riga "Obiettivo Performance …" che la precede.',
    en: 'Indicator table outside any objective: the "Obiettivo Performance …" line before it is missing.',
  },
  "import.emptyTable": {
    it: "La tabella degli indicatori dell'obiettivo {objective} è vuota: dopo l'intestazione non c'è nessun indicatore (documento incompleto?).",
    en: "The indicator table of objective {objective} is empty: no indicator follows the header (incomplete document?).",
  },
  "import.indicatorMissingFields": {
    it: "Riga dell'indicatore {indicator} incompleta: mancano l'unità di misura e il valore obiettivo (documento incompleto?).",
    en: "Incomplete row for indicator {indicator}: the unit of measure and the target are missing (incomplete document?).",
  },
  "import.indicatorMissingUnit": {
    it: "Riga dell'indicatore {indicator} incompleta: manca l'unità di misura.",
    en: "Incomplete row for indicator {indicator}: the unit of measure is missing.",
  },
  "import.indicatorMissingTarget": {
    it: "Riga dell'indicatore {indicator} incompleta: manca il valore obiettivo dopo l'unità di misura \"{unit}\" (documento incompleto?).",
    en: 'Incomplete row for indicator {indicator}: the target after the unit of measure "{unit}" is missing (incomplete document?).',
  },
  "import.indicatorExtraCells": {
    it: 'La riga dell\'indicatore {indicator} ha colonne in più, ignorate: "{extra}".',
    en: 'The row of indicator {indicator} has extra columns, ignored: "{extra}".',
  },
  "import.duplicateIndicator": {
    it: "Codice indicatore {indicator} ripetuto: è già usato alla riga {firstLine}.",
    en: "Indicator code {indicator} repeated: already used on line {firstLine}.",
  },
  "import.unknownUnit": {
    it: 'Unità di misura "{value}" non riconosciuta per l\'indicatore {indicator}. Unità ammesse: {accepted}.',
    en: 'Unit of measure "{value}" not recognised for indicator {indicator}. Accepted units: {accepted}.',
  },
  // Targets
  "import.badDate": {
    it: 'Data non valida "{value}" per l\'indicatore {indicator}: scrivere la data nel formato gg/mm/aaaa (es. 31/12/2025).',
    en: 'Invalid date "{value}" for indicator {indicator}: write the date as dd/mm/yyyy (e.g. 31/12/2025).',
  },
  "import.badDateDay": {
    it: 'Data non valida "{value}" per l\'indicatore {indicator}: il giorno {day} non esiste a {monthIt}.',
    en: 'Invalid date "{value}" for indicator {indicator}: {monthEn} has no day {day}.',
  },
  "import.badDateMonth": {
    it: 'Data non valida "{value}" per l\'indicatore {indicator}: il mese {month} non esiste (i mesi vanno da 01 a 12).',
    en: 'Invalid date "{value}" for indicator {indicator}: there is no month {month} (months go from 01 to 12).',
  },
  "import.targetOutsidePlan": {
    it: "La scadenza {value} dell'indicatore {indicator} è fuori dal triennio {start}-{end} del piano.",
    en: "The deadline {value} of indicator {indicator} is outside the plan's period {start}-{end}.",
  },
  "import.badNumber": {
    it: 'Valore obiettivo "{value}" dell\'indicatore {indicator} non valido: non è un numero (esempi validi: 80, 1.234,5, 80%).',
    en: 'Invalid target "{value}" for indicator {indicator}: it is not a number (valid examples: 80, 1.234,5, 80%).',
  },
  "import.badNumberLetter": {
    it: 'Valore obiettivo "{value}" dell\'indicatore {indicator} non valido: non è un numero perché contiene la lettera "{letter}" (forse al posto della cifra {digit}?).',
    en: 'Invalid target "{value}" for indicator {indicator}: it is not a number because it contains the letter "{letter}" (perhaps instead of the digit {digit}?).',
  },
  "import.badBoolean": {
    it: 'Valore obiettivo "{value}" dell\'indicatore {indicator} non valido: per un indicatore Sì/No scrivere SI o NO.',
    en: 'Invalid target "{value}" for indicator {indicator}: a Yes/No indicator takes SI or NO.',
  },
};

registerCatalog(IMPORT_MESSAGES);
