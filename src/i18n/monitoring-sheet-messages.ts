/** Messages of the monitoring spreadsheet (src/import/monitoring-sheet, src/documents/monitoring-template.ts). */
import { type Catalog, registerCatalog } from "./translate.ts";

export const MONITORING_SHEET_MESSAGES: Catalog = {
  // The file
  "sheet.empty": {
    it: "Il file è vuoto: non contiene righe da leggere.",
    en: "The file is empty: there are no rows to read.",
  },
  "sheet.tooLarge": {
    it: "Il file è troppo grande ({size} MB, limite {limit} MB): dividere le rilevazioni in più file.",
    en: "The file is too large ({size} MB, limit {limit} MB): split the figures into several files.",
  },
  "sheet.tooManyRows": {
    it: "Il foglio ha troppe righe ({count}, limite {limit}): dividere le rilevazioni in più file.",
    en: "The sheet has too many rows ({count}, limit {limit}): split the figures into several files.",
  },
  "sheet.pdf": {
    it: "Il file è un PDF, non un foglio di calcolo: caricare il modello compilato in formato Excel (.xlsx) o CSV.",
    en: "The file is a PDF, not a spreadsheet: upload the filled template as Excel (.xlsx) or CSV.",
  },
  "sheet.binary": {
    it: "Il file non è un foglio Excel (.xlsx) né un testo CSV (contiene byte nulli): caricare il modello compilato in formato .xlsx o .csv.",
    en: "The file is neither an Excel sheet (.xlsx) nor CSV text (it contains NUL bytes): upload the filled template as .xlsx or .csv.",
  },
  "sheet.oldXls": {
    it: "Il file è nel vecchio formato Excel 97-2003 (.xls): aprirlo con Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
    en: 'The file is in the old Excel 97-2003 format (.xls): open it in Excel and save it as "Excel Workbook (.xlsx)".',
  },
  "sheet.ods": {
    it: "Il file è un foglio OpenDocument (.ods): salvarlo in formato Excel (.xlsx) con «Salva con nome» e caricare quello.",
    en: 'The file is an OpenDocument spreadsheet (.ods): save it as Excel (.xlsx) with "Save as" and upload that one.',
  },
  "sheet.corruptXlsx": {
    it: "Il file Excel è danneggiato e non si può leggere: riaprirlo con Excel, salvarlo di nuovo in formato .xlsx e ricaricarlo. (Dettaglio tecnico: {detail})",
    en: "The Excel file is damaged and cannot be read: open it in Excel again, save it as .xlsx and upload it again. (Technical detail: {detail})",
  },
  "sheet.zipTooLarge": {
    it: "Il file Excel una volta decompresso è troppo grande ({size} MB, limite {limit} MB): dividere le rilevazioni in più file.",
    en: "The Excel file is too large once uncompressed ({size} MB, limit {limit} MB): split the figures into several files.",
  },
  "sheet.noDataSheet": {
    it: "Il file Excel non contiene il foglio «Rilevazioni» né altri fogli con le rilevazioni.",
    en: 'The Excel file has no sheet "Rilevazioni" nor any other sheet with the figures.',
  },
  "sheet.csvSyntax": {
    it: 'Il file CSV non è leggibile: controllare le virgolette (ogni testo aperto con " va chiuso). (Dettaglio tecnico: {detail})',
    en: 'The CSV file cannot be read: check the quotes (every text opened with " must be closed). (Technical detail: {detail})',
  },
  // The header
  "sheet.missingColumns": {
    it: "Mancano le colonne {columns}: la prima riga del foglio deve avere le intestazioni del modello (le colonne si possono spostare, ma non rinominare).",
    itOne:
      "Manca la colonna {columns}: la prima riga del foglio deve avere le intestazioni del modello (le colonne si possono spostare, ma non rinominare).",
    en: "The columns {columns} are missing: the first row of the sheet must hold the template's headers (columns may be moved, not renamed).",
    enOne:
      "The column {columns} is missing: the first row of the sheet must hold the template's headers (columns may be moved, not renamed).",
  },
  "sheet.duplicateColumn": {
    it: 'La colonna "{header}" compare due volte (colonne {first} e {second}): eliminare quella in più.',
    en: 'The column "{header}" appears twice (columns {first} and {second}): delete the extra one.',
  },
  // The campaign
  "sheet.badCampaignId": {
    it: 'Identificativo della campagna non valido "{value}": deve essere il numero scritto nel modello; non modificarlo.',
    en: 'Invalid campaign id "{value}": it must be the number written in the template; do not change it.',
  },
  "sheet.campaignMismatch": {
    it: "Questa riga è della campagna {value}, le precedenti della campagna {first}: un file deve contenere le rilevazioni di una sola campagna.",
    en: "This row belongs to campaign {value}, the previous ones to campaign {first}: a file must hold the figures of one campaign only.",
  },
  // Rows
  "sheet.missingCode": {
    it: 'La cella "{header}" è vuota: senza il codice la riga non si può collegare al piano.',
    en: 'The cell "{header}" is empty: without the code the row cannot be matched to the plan.',
  },
  "sheet.duplicateRow": {
    it: "L'indicatore {indicator} dell'obiettivo {objective} compare già alla riga {first}: lasciare una sola riga per indicatore.",
    en: "Indicator {indicator} of objective {objective} already appears on row {first}: keep one row per indicator.",
  },
  "sheet.missingUnit": {
    it: "Manca l'unità di misura: scrivere una tra {accepted}.",
    en: "The unit of measure is missing: write one of {accepted}.",
  },
  "sheet.unknownUnit": {
    it: 'Unità di misura non riconosciuta "{value}": scrivere una tra {accepted}.',
    en: 'Unit of measure not recognised "{value}": write one of {accepted}.',
  },
  "sheet.cellError": {
    it: "La cella contiene l'errore di Excel {value}: scrivere il valore rilevato.",
    en: "The cell holds the Excel error {value}: write the measured value.",
  },
  "sheet.formulaNoResult": {
    it: 'La cella contiene la formula "{value}" senza un risultato salvato: scrivere il valore, oppure aprire il file con Excel e salvarlo di nuovo.',
    en: 'The cell holds the formula "{value}" with no saved result: write the value, or open the file in Excel and save it again.',
  },
  // Values
  "sheet.dateFormat": {
    it: 'Data non valida "{value}": scrivere la data come gg/mm/aaaa (ad es. 15/09/2025), oppure «non ancora».',
    en: 'Invalid date "{value}": write the date as dd/mm/yyyy (e.g. 15/09/2025), or "non ancora" (not yet).',
  },
  "sheet.dateDay": {
    it: 'Data non valida "{value}": il giorno {day} non esiste a {monthIt}.',
    en: 'Invalid date "{value}": {monthEn} has no day {day}.',
  },
  "sheet.dateMonth": {
    it: 'Data non valida "{value}": il mese {month} non esiste.',
    en: 'Invalid date "{value}": there is no month {month}.',
  },
  "sheet.dateIsNumber": {
    it: "Il valore {value} è un numero, non una data: scrivere la data come gg/mm/aaaa, oppure «non ancora».",
    en: 'The value {value} is a number, not a date: write the date as dd/mm/yyyy, or "non ancora" (not yet).',
  },
  "sheet.notNumber": {
    it: '"{value}" non è un numero: scrivere ad esempio 1234, 1.234,5 oppure 80%.',
    en: '"{value}" is not a number: write e.g. 1234, 1.234,5 or 80%.',
  },
  "sheet.numberLetterO": {
    it: '"{value}" non è un numero: c\'è una lettera O al posto dello zero?',
    en: '"{value}" is not a number: is there a letter O instead of a zero?',
  },
  "sheet.numberIsDate": {
    it: "Excel ha trasformato il valore in una data ({value}): formattare la cella come Numero e riscrivere il valore.",
    en: "Excel turned the value into a date ({value}): format the cell as Number and type the value again.",
  },
  "sheet.notYesNo": {
    it: '"{value}" non è una risposta sì/no: scrivere SÌ oppure NO.',
    en: '"{value}" is not a yes/no answer: write SÌ (yes) or NO.',
  },
};

registerCatalog(MONITORING_SHEET_MESSAGES);
