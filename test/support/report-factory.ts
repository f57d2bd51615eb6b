/** A small report with every kind of block, for renderer tests. */
import type { Block, ReportDocument } from "../../src/documents/model.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">' +
  '<rect x="20" y="40" width="80" height="140" fill="#0066cc"/><rect x="140" y="100" width="80" height="80" fill="#008055"/>' +
  '<text x="20" y="30" font-size="14">Area Risorse 88,9%</text></svg>';

export function makeReport(
  overrides: Partial<ReportDocument> = {},
  extra: Block[] = [],
): ReportDocument {
  return {
    metadata: {
      title: "PIAO 2025-2027 — Città metropolitana di Bologna",
      author: "CITTA' METROPOLITANA DI BOLOGNA",
      subject: "Piano Integrato di Attività e Organizzazione",
      keywords: ["PIAO", "performance"],
      lang: "it-IT",
      date: "2025-02-13",
    },
    cover: ["CITTA' METROPOLITANA DI BOLOGNA", "Piano 2025-2027", "13/02/2025"],
    toc: true,
    blocks: [
      { type: "heading", level: 1, text: "SEZIONE 1: SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE" },
      {
        type: "fields",
        fields: [
          { label: "Ente", value: "CITTA' METROPOLITANA DI BOLOGNA" },
          { label: "Codice fiscale", value: "03428581205" },
          { label: "Popolazione", value: "—" },
        ],
      },
      {
        type: "heading",
        level: 1,
        text: "SEZIONE 2: VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
      },
      { type: "heading", level: 2, text: "2.1 VALORE PUBBLICO" },
      { type: "missing", text: "Sezione non presente nel piano" },
      { type: "heading", level: 2, text: "2.2 PERFORMANCE" },
      {
        type: "paragraph",
        text: "Il Piano ha durata triennale e viene aggiornato annualmente; parità di genere è un obiettivo trasversale.",
      },
      {
        type: "list",
        items: ["favorire la parità di trattamento", "garantire il benessere organizzativo"],
      },
      {
        type: "heading",
        level: 3,
        text: "Obiettivo 1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
      },
      {
        type: "table",
        caption: "Indicatori dell'obiettivo 1609",
        sheet: "Obiettivo 1609",
        columns: [
          { header: "Codice e descrizione indicatore", width: 3 },
          { header: "Unità di misura" },
          { header: "Obiettivo", align: "right" },
        ],
        rows: [
          [
            "3826 APPROVAZIONE PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027",
            "Data",
            "31/01/2025",
          ],
          ["4160 EROGAZIONE FORMAZIONE OBBLIGATORIA (PERCENTUALE)", "Numero", "100%"],
        ],
      },
      {
        type: "chart",
        title: "Grado di raggiungimento per struttura",
        svg: SVG,
        alt: "Area Risorse 88,9%, Settore Istruzione 66,9%",
        width: 400,
        height: 200,
      },
      { type: "paragraph", text: "Nota: i valori sono arrotondati.", style: "note" },
      { type: "pageBreak" },
      { type: "heading", level: 1, text: "VALIDAZIONE DEL NUCLEO DI VALUTAZIONE" },
      {
        type: "signature",
        lines: ["Il Presidente del Nucleo di valutazione", "Data ____________"],
      },
      ...extra,
    ],
    ...overrides,
  };
}
