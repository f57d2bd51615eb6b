import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { expectSeedStructure } from "../support/seed-assertions.ts";
import { ANNEX_TITLE, EXPECTED_INDEX, seedText } from "../support/seed-expected.ts";

/** The non-ASCII characters of the seed in Windows-1252 (✓ has none). */
const CP1252 = new Map<string, number>([
  ["à", 0xe0],
  ["è", 0xe8],
  ["é", 0xe9],
  ["ì", 0xec],
  ["ò", 0xf2],
  ["ù", 0xf9],
  ["À", 0xc0],
  ["È", 0xc8],
  ["Ì", 0xcc],
  ["Ò", 0xd2],
  ["Ù", 0xd9],
  ["¹", 0xb9],
  ["²", 0xb2],
  ["³", 0xb3],
  ["’", 0x92],
]);

function encodeCp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1252.get(ch);
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${ch}`);
    return byte;
  });
}

function read(input: string | Uint8Array): PlanDocument {
  const r = readPiaoText(input);
  if (!r.document) throw new Error(JSON.stringify(r.diagnostics, null, 1));
  return r.document;
}

/** Replaces one exact occurrence, failing when the text is not there. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not in the text: ${from.slice(0, 60)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const SEED = seedText();
const SETTORE = "Area Sviluppo Economico e Sociale - Settore Istruzione e Sviluppo Sociale";

describe("encodings and line ends", () => {
  it("reads the seed in Windows-1252 with CRLF as the same document", () => {
    const text = SEED.replaceAll("✓", "-");
    const r = readPiaoText(encodeCp1252(text.replaceAll("\n", "\r\n")));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["import.notUtf8", "import.missingValue"]);
    expect(r.diagnostics[0]?.line).toBe(18); // "PARITÀ" in the index
    expect(r.document).toEqual(read(text));
    expectSeedStructure(r.document as PlanDocument);
  });

  it("reads the curly apostrophe of Windows-1252 (0x92) as ’", () => {
    const text = SEED.replace("ENTE\tCITTA' METROPOLITANA", "ENTE\tCITTA’ METROPOLITANA");
    const doc = read(encodeCp1252(text.replaceAll("✓", "-")));
    expect(doc.administration.name).toBe("CITTA’ METROPOLITANA DI BOLOGNA");
  });

  it("reads the seed with CRLF or CR line ends as the same document", () => {
    const original = read(SEED);
    expect(read(SEED.replaceAll("\n", "\r\n"))).toEqual(original);
    expect(read(new TextEncoder().encode(SEED.replaceAll("\n", "\r")))).toEqual(original);
  });
});

/** The seed laid out differently: header forms swapped, tables re-flowed, page headers moved. */
function rearranged(): string {
  let t = SEED;
  // Index with page numbers and dot leaders.
  t = edit(t, "2.1 VALORE PUBBLICO\n", "2.1 VALORE PUBBLICO\t12\n");
  t = edit(
    t,
    "SEZIONE 3: ORGANIZZAZIONE E CAPITALE UMANO\n",
    "SEZIONE 3: ORGANIZZAZIONE E CAPITALE UMANO ....... 40\n",
  );
  // 1609: one line → one field per line.
  t = edit(
    t,
    "Obiettivo Performance 1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO) Area Risorse Programmazione e Organizzazione",
    "Obiettivo Performance\n\n1609\n\nPIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)\n\nArea Risorse Programmazione e Organizzazione",
  );
  // 3826: one field per line → one tab-separated row.
  t = edit(
    t,
    "3826 APPROVAZIONE PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027\n\nData\n\n31/01/2025",
    "3826\tAPPROVAZIONE PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027\tData\t31/01/2025",
  );
  // 3830: description and unit on one line, target on the next.
  t = edit(
    t,
    "(ALLEGATO AL RENDICONTO)\n\nData\n\n30/04/2025",
    "(ALLEGATO AL RENDICONTO)\tData\n30/04/2025",
  );
  // AZIONE 2 over three lines, AZIONE 3 on one.
  t = edit(t, "AZIONE 2 RAFFORZAMENTO", "AZIONE\n\n2\n\nRAFFORZAMENTO");
  t = edit(t, "AZIONE\n\n3\n\nORGANIZZAZIONE DEL LAVORO", "AZIONE 3 ORGANIZZAZIONE DEL LAVORO");
  // 1712: one field per line → tab cells with a rule row.
  t = edit(
    t,
    `Obiettivo Performance\n\n1712\n\nPROMOZIONE DELLA TRASPARENZA CON RIFERIMENTO ALLA PARITA' DI GENERE\n\n${SETTORE}`,
    `Obiettivo Performance\t1712\tPROMOZIONE DELLA TRASPARENZA CON RIFERIMENTO ALLA PARITA' DI GENERE\t${SETTORE}\n-----\t----\t--------\t--------`,
  );
  // 1722: tab rows → one field per line, with a page header in the middle of the table.
  t = edit(
    t,
    "4155\tCOSTITUZIONE DEI FONDI DELLE RISORSE DECENTRATE DESTINATE AI DIPENDENTI E AI DIRIGENTI\tData\t31/07/2025\n4156\tSOTTOSCRIZIONE ACCORDO FONDO DIRIGENTI 2025\tData\t31/12/2025\n",
    "4155 COSTITUZIONE DEI FONDI DELLE RISORSE DECENTRATE DESTINATE AI DIPENDENTI E AI DIRIGENTI\n\nData\n\n31/07/2025\n\nPIANO AZIONI POSITIVE\n\n2025-2027\n\n4156 SOTTOSCRIZIONE ACCORDO FONDO DIRIGENTI 2025\n\nData\n\n31/12/2025\n",
  );
  // 1628: tab cells + rule → one line; the page header before it removed.
  t = edit(
    t,
    `31/12/2025\n\nPIANO AZIONI POSITIVE\n\n2025-2027\n\nObiettivo Performance\t1628\tCURA NEI NUOVI INSEDIAMENTI URBANI E RIQUALIFICAZIONE URBANA DI GENERE\t${SETTORE}\n`,
    `31/12/2025\n\nObiettivo Performance 1628 CURA NEI NUOVI INSEDIAMENTI URBANI E RIQUALIFICAZIONE URBANA DI GENERE ${SETTORE}\n`,
  );
  // 1670: table header as three lines, rows as one field per line.
  t = edit(
    t,
    "Codice e descrizione indicatore\tUnità di misura\tObiettivo\n4004 MONITORAGGIO LAVORO AGILE\tNumero\t1\n4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1",
    "Codice e descrizione indicatore\n\nUnità di misura\n\nObiettivo\n\n4004 MONITORAGGIO LAVORO AGILE\n\nNumero\n\n1\n\n4005 REPORT DEMOGRAFIA ORGANIZZATIVA\n\nNumero\n\n1",
  );
  // 1715: bold title with the unit below → tab cells; the table header only once.
  t = edit(
    t,
    "Obiettivo Performance 1715 **ASSICURARE UNA CORRETTA ED EFFICACE GESTIONE DEI FABBISOGNI DI PERSONALE**\n\nArea Risorse Programmazione e Organizzazione",
    "Obiettivo Performance\t1715\tASSICURARE UNA CORRETTA ED EFFICACE GESTIONE DEI FABBISOGNI DI PERSONALE\tArea Risorse Programmazione e Organizzazione",
  );
  t = edit(
    t,
    "Codice e descrizione indicatore\n\nUnità di misura\n\nObiettivo\n\nCodice e descrizione indicatore\t",
    "Codice e descrizione indicatore\t",
  );
  return t;
}

describe("a rearranged edition", () => {
  const r = readPiaoText(rearranged());

  it("reads without new diagnostics", () => {
    expect(r.diagnostics.map((d) => d.code)).toEqual(["import.missingValue"]);
  });

  it("gives the same objectives, indicators, units and action areas", () => {
    const doc = r.document as PlanDocument;
    expectSeedStructure(doc);
    expect(doc.objectives.find((o) => o.code === "1712")?.description).toBe(
      "Implementazione della sezione del sito istituzionale dedicata alla parità di genere al fine di promuovere ulteriori livelli di trasparenza nell'ambito delle azioni del Piano per l'uguaglianza attraverso la pubblicazione di documenti, dati, informazioni, statistiche.",
    );
  });

  it("reads the index without page numbers and dot leaders", () => {
    const doc = r.document as PlanDocument;
    expect(doc.sections.map((s) => [s.code, s.title])).toEqual([
      ...EXPECTED_INDEX,
      [null, ANNEX_TITLE],
    ]);
  });
});

describe("what the seed does not show", () => {
  it("reads other labels and number formats of the scheda anagrafica", () => {
    let t = SEED;
    t = edit(
      t,
      "ENTE\tCITTA' METROPOLITANA DI BOLOGNA",
      "DENOMINAZIONE ENTE:\tCITTA' METROPOLITANA DI BOLOGNA\nTIPOLOGIA ENTE\tCittà metropolitana",
    );
    t = edit(
      t,
      "POPOLAZIONE RELATIVA ALL'ULTIMO CENSIMENTO ISTAT:\t",
      "POPOLAZIONE RESIDENTE:\t1.005.000",
    );
    t = edit(t, "3702.32", "3.702,32");
    t = edit(
      t,
      "PARTITA IVA\t03428581205",
      "PARTITA IVA: 03428581205\nCODICE IPA\tcm_bo\nNUMERO DIPENDENTI\t850\nEMAIL\tinfo@example.it\nSINDACO\tMario Rossi",
    );
    const r = readPiaoText(t);
    expect(r.diagnostics.map((d) => [d.line, d.code, d.params])).toEqual([
      [83, "import.unknownField", { label: "SINDACO" }],
    ]);
    expect(r.document?.administration).toMatchObject({
      name: "CITTA' METROPOLITANA DI BOLOGNA",
      kind: "Città metropolitana",
      population: 1_005_000,
      areaKm2: 3702.32,
      vatNumber: "03428581205",
      ipaCode: "cm_bo",
      employees: 850,
      email: "info@example.it",
    });
  });

  it("accepts Percentuale, %, SI/NO and Sì/No as units of measure", () => {
    let t = SEED;
    t = edit(
      t,
      "4004 MONITORAGGIO LAVORO AGILE\tNumero\t1",
      "4004 MONITORAGGIO LAVORO AGILE\tPercentuale\t80%",
    );
    t = edit(
      t,
      "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1",
      "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\t%\t12,5",
    );
    t = edit(
      t,
      "4176\tPREDISPOSIZIONE SEZIONE PIAO ORGANIZZAZIONE\tData\t31/01/2025",
      "4176\tPREDISPOSIZIONE SEZIONE PIAO ORGANIZZAZIONE\tSì/No\tSì",
    );
    t = edit(
      t,
      "4175\tAPPROVAZIONE DEL NUOVO MODELLO DI GESTIONE DELLA SICUREZZA DELL'ENTE\tData\t30/06/2025",
      "4175\tAPPROVAZIONE DEL NUOVO MODELLO\tSI-NO\tno",
    );
    const doc = read(t);
    const byCode = new Map(doc.objectives.flatMap((o) => o.indicators).map((i) => [i.code, i]));
    const view = (code: string) => {
      const i = byCode.get(code);
      return [i?.kind, i?.unitLabel, i?.targets];
    };
    expect(view("4004")).toEqual([
      "percent",
      "Percentuale",
      [{ year: 2025, value: { kind: "percent", value: 80 } }],
    ]);
    expect(view("4005")).toEqual([
      "percent",
      "%",
      [{ year: 2025, value: { kind: "percent", value: 12.5 } }],
    ]);
    expect(view("4176")).toEqual([
      "boolean",
      "Sì/No",
      [{ year: 2025, value: { kind: "boolean", value: true } }],
    ]);
    expect(view("4175")).toEqual([
      "boolean",
      "SI-NO",
      [{ year: 2025, value: { kind: "boolean", value: false } }],
    ]);
  });

  it("rejects a yes/no target that is neither SI nor NO", () => {
    const t = edit(
      SEED,
      "4004 MONITORAGGIO LAVORO AGILE\tNumero\t1",
      "4004 MONITORAGGIO LAVORO AGILE\tSI/NO\tforse",
    );
    const r = readPiaoText(t);
    expect(r.document).toBeNull();
    expect(r.diagnostics.find((d) => d.severity === "error")).toMatchObject({
      code: "import.badBoolean",
      line: 537,
    });
  });

  it("files an unknown kind of unit as an office, with a warning", () => {
    const t = edit(
      SEED,
      "Obiettivo Performance\t1670\tSTUDI E RILEVAZIONI SUL PERSONALE DELL'ENTE\tArea Risorse Programmazione e Organizzazione",
      "Obiettivo Performance\t1670\tSTUDI E RILEVAZIONI SUL PERSONALE DELL'ENTE\tArea Risorse Programmazione e Organizzazione - Gruppo Statistica - Ufficio Dati",
    );
    const r = readPiaoText(t);
    expect(r.diagnostics.filter((d) => d.code === "import.unknownUnitKind")).toEqual([
      {
        severity: "warning",
        code: "import.unknownUnitKind",
        line: 531,
        params: { unit: "Gruppo Statistica", word: "Gruppo" },
      },
    ]);
    const units = r.document?.units ?? [];
    const area = "Area Risorse Programmazione e Organizzazione";
    expect(units.slice(3)).toEqual([
      {
        key: `${area} - Gruppo Statistica`,
        name: "Gruppo Statistica",
        kind: "office",
        parentKey: area,
        head: null,
      },
      {
        key: `${area} - Gruppo Statistica - Ufficio Dati`,
        name: "Ufficio Dati",
        kind: "office",
        parentKey: `${area} - Gruppo Statistica`,
        head: null,
      },
    ]);
    expect(r.document?.objectives.find((o) => o.code === "1670")?.unitKey).toBe(
      `${area} - Gruppo Statistica - Ufficio Dati`,
    );
  });

  it("describes an action area from the text under its AZIONE heading when the list lacks it", () => {
    let t = edit(
      SEED,
      "5 POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE\n\nL'ambito riguarda",
      "L'ambito riguarda",
    );
    t = edit(
      t,
      "AZIONE 5 POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE\n",
      "AZIONE 5 POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE\n\nSelezioni e fabbisogni.\n",
    );
    const doc = read(t);
    expect(doc.positiveActions[4]).toEqual({
      number: 5,
      title: "POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE",
      description: "Selezioni e fabbisogni.",
    });
    expect(
      doc.positiveActions[3]?.description.endsWith(
        "L'ambito riguarda le politiche di reclutamento e gestione del personale, che hanno il compito di rimuovere i fattori che ostacolano le pari opportunità e promuovere la presenza equilibrata delle lavoratrici e dei lavoratori, anche nelle posizioni apicali. Occorre, inoltre, evitare penalizzazioni discriminatorie nell'assegnazione degli incarichi, siano essi riferiti alle elevate qualifiche, alla preposizione agli uffici di livello dirigenziale o ad attività rientranti nei compiti e doveri d'ufficio, e nella corresponsione dei relativi emolumenti. L'obiettivo specifico sulla gestione dei fabbisogni del personale prevede l'approvazione della sezione del PIAO PTFP 2025-2027 e l'adozione di tutti i provvedimenti per la pianificazione dei fabbisogni e il reclutamento, garantendo in ogni fase dell'attività il rispetto dei valori orientati alle pari opportunità e delle norme antidiscriminatorie, oltre che al benessere organizzativo.",
      ),
    ).toBe(true);
  });

  it("warns about text left after an indicator table, keeping it in the section", () => {
    const t = edit(
      SEED,
      "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1\n",
      "4005 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1\nNota: dati al 31 dicembre.\n",
    );
    const r = readPiaoText(t);
    expect(r.diagnostics.map((d) => [d.line, d.code, d.params])).toEqual([
      [72, "import.missingValue", expect.anything()],
      [539, "import.unplacedText", { objective: "1670" }],
    ]);
    expect(r.document?.sections[19]?.body.endsWith("Nota: dati al 31 dicembre.")).toBe(true);
  });
});
