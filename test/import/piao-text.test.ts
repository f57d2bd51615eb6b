import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { formatDiagnostic } from "../../src/i18n/translate.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { expectSeedStructure } from "../support/seed-assertions.ts";
import { ANNEX_TITLE, EXPECTED_INDEX, seedBytes, seedText } from "../support/seed-expected.ts";

const result = readPiaoText(seedBytes());
const doc = result.document as PlanDocument;

function section(code: string | null, title: string) {
  const found = doc.sections.find((s) => s.code === code && s.title === title);
  if (!found) throw new Error(`no section ${code} ${title}`);
  return found;
}

describe("readPiaoText on the seed", () => {
  it("reads it with a single warning: the empty POPOLAZIONE on line 72", () => {
    expect(doc).not.toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "import.missingValue",
        line: 72,
        params: { field: "POPOLAZIONE RELATIVA ALL'ULTIMO CENSIMENTO ISTAT" },
      },
    ]);
    const [warning] = result.diagnostics;
    if (!warning) throw new Error("no warning");
    expect(formatDiagnostic(warning, "it")).toBe(
      'AVVISO riga 72: Il campo "POPOLAZIONE RELATIVA ALL\'ULTIMO CENSIMENTO ISTAT" della scheda anagrafica è vuoto.',
    );
  });

  it("gives the same document from a string as from bytes", () => {
    expect(readPiaoText(seedText())).toEqual(result);
  });

  it("reads the scheda anagrafica (lines 69-78)", () => {
    expect(doc.administration).toEqual({
      name: "CITTA' METROPOLITANA DI BOLOGNA",
      kind: null,
      region: "EMILIA ROMAGNA",
      legalSeat: "Via Zamboni, 13 40126 Bologna",
      population: null,
      areaKm2: 3702.32,
      website: "https://www.cittametropolitana.bo.it",
      phone: "051 659 8111",
      pec: "cm.bo@cert.cittametropolitana.bo.it",
      email: null,
      taxCode: "03428581205",
      vatNumber: "03428581205",
      ipaCode: null,
      employees: null,
    });
  });

  it("reads the title and the date under it (lines 5-7)", () => {
    expect(doc.plan).toEqual({
      title: "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027",
      startYear: 2025,
      endYear: 2027,
      documentDate: "2025-02-13",
      adoptionDate: null,
      status: "draft",
    });
  });

  it("lists the INDICE entries in order, then the annex that is not in it", () => {
    expect(doc.sections.map((s) => [s.code, s.title])).toEqual([
      ...EXPECTED_INDEX,
      [null, ANNEX_TITLE],
    ]);
    expect(doc.sections.map((s) => s.position)).toEqual([...Array(20).keys()]);
    expect(doc.sections.map((s) => s.inIndex)).toEqual([...Array(19).fill(true), false]);
  });

  it("gives each section the text under its heading, without bold markers", () => {
    const premessa = section(null, "PREMESSA E RIFERIMENTI NORMATIVI").body.split("\n\n");
    expect(premessa).toHaveLength(18); // lines 33-63
    expect(premessa[0]).toBe("PREMESSA");
    expect(premessa[2]).toBe(
      "Per dare corpo a tali cambiamenti, la Pubblica Amministrazione deve promuovere una maggiore finalizzazione verso la creazione di Valore Pubblico, disegnando un modello di Amministrazione che preveda:",
    );
    expect(premessa[3]).toBe(
      "- ✓ una più efficace integrazione tra la programmazione strategica (DUP), gli obiettivi della performance e gli impatti attesi sul territorio;",
    );
    expect(premessa[9]).toBe("RIFERIMENTI NORMATIVI");
    expect(premessa[17]).toBe(
      "³ in applicazione dell'articolo 6 del citato decreto-legge 9 giugno 2021, n. 80, convertito, con modificazioni, dalla legge 6 agosto 2021, n.113;",
    );
    for (const s of doc.sections) expect(s.body).not.toContain("**");
  });

  it("keeps the anagrafica rows and the annex out of section 1.1", () => {
    expect(section("1", "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE").body).toBe("");
    const body = section("1.1", "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE").body.split("\n\n");
    expect(body).toHaveLength(2); // lines 80 and 82
    expect(body[0]).toBe(
      "Le informazioni relative al TERRITORIO E ALLE TENDENZE DEMOGRAFICHE sono illustrate nella NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE 2024-2026 (Volume I: Sezione strategica) pubblicato al seguente indirizzo:",
    );
    expect(body[1]?.startsWith("[https://www.cittametropolitana.bo.it/portale/")).toBe(true);
  });

  it("gives the annex its introduction (lines 86-98), not the action list nor objectives", () => {
    const annex = section(null, ANNEX_TITLE).body.split("\n\n");
    expect(annex).toHaveLength(8);
    expect(
      annex[0]?.startsWith("La sezione azioni positive 2025-2027 della Città metropolitana"),
    ).toBe(true);
    expect(annex[3]).toBe(
      "- ✓ favorire la parità di trattamento sul lavoro e la cultura delle pari opportunità all'interno dell'Ente, anche riequilibrando le opportunità e valorizzando le differenze;",
    );
    expect(annex[7]).toBe("Per raggiungere tali finalità si prevedono 5 AMBITI DI AZIONE:");
  });

  it("leaves empty the sections the seed has no text for", () => {
    const withText = doc.sections.filter((s) => s.body !== "").map((s) => s.code ?? s.title);
    expect(withText).toEqual(["PREMESSA E RIFERIMENTI NORMATIVI", "1.1", ANNEX_TITLE]);
  });

  it("reads objectives, indicators, targets and units as the seed writes them", () => {
    expectSeedStructure(doc);
    const indicators = doc.objectives.flatMap((o) => o.indicators);
    expect(indicators).toHaveLength(40);
    expect(indicators.filter((i) => i.kind === "deadline")).toHaveLength(27);
    expect(indicators.filter((i) => i.unitLabel === "Numero")).toHaveLength(13);
    expect(indicators.filter((i) => i.kind === "percent").map((i) => i.code)).toEqual([
      "4160",
      "4127",
    ]);
  });

  it("reads indicator descriptions in all three row layouts", () => {
    const byCode = new Map(doc.objectives.flatMap((o) => o.indicators).map((i) => [i.code, i]));
    expect(byCode.get("3826")?.description).toBe(
      "APPROVAZIONE PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027",
    );
    expect(byCode.get("4155")?.description).toBe(
      "COSTITUZIONE DEI FONDI DELLE RISORSE DECENTRATE DESTINATE AI DIPENDENTI E AI DIRIGENTI",
    );
    expect(byCode.get("4004")?.description).toBe("MONITORAGGIO LAVORO AGILE");
    expect(byCode.get("4078")?.description).toBe(
      'CLASSI COINVOLTE NEL PROGETTO "MANUALE PER ATTIVISTI CONTRO LE DISCRIMINAZIONI VOLUME 8"',
    );
    expect(byCode.get("4160")?.description).toBe(
      "EROGAZIONE FORMAZIONE OBBLIGATORIA IN MATERIA DI SICUREZZA SUI LUOGHI DI LAVORO (D.LGS. 81/08 E S.M.I.) NEI TERMINI PREVISTI (PERCENTUALE)",
    );
  });

  it("takes the description of an objective from the text between header and table", () => {
    const byCode = new Map(doc.objectives.map((o) => [o.code, o]));
    expect(byCode.get("1742")?.description).toBe(
      "Laboratorio per la parità di genere finalizzato alla sensibilizzazione, al rispetto delle differenze e all'uguaglianza dei diritti.",
    );
    expect(byCode.get("1712")?.description).toBe(
      "Implementazione della sezione del sito istituzionale dedicata alla parità di genere al fine di promuovere ulteriori livelli di trasparenza nell'ambito delle azioni del Piano per l'uguaglianza attraverso la pubblicazione di documenti, dati, informazioni, statistiche.",
    );
    expect(byCode.get("1731")?.description).toBe(
      "Adeguamento dell'assetto organizzativo e funzionale, dei processi interni e delle procedure operative tramite analisi mirate, elaborate in funzione degli obiettivi di organizzazione definiti all'interno del PIAO.",
    );
    const piao = byCode.get("1609")?.description ?? "";
    expect(
      piao.startsWith("Il Piano Integrato di Attività e Organizzazione (PIAO) ha durata"),
    ).toBe(true);
    expect(
      piao.endsWith(
        "g) le modalità e le azioni finalizzate al pieno rispetto della parità di genere.",
      ),
    ).toBe(true);
    const fabbisogni = byCode.get("1715")?.description ?? "";
    expect(fabbisogni.startsWith("Raccolta dei fabbisogni dirigenziali")).toBe(true);
    expect(fabbisogni.endsWith("sulla base delle necessità di ente; adempimenti")).toBe(true);
    for (const o of doc.objectives) {
      expect(o.description).not.toContain("\n");
      expect(o.description).not.toMatch(/^Area |Codice e descrizione|PIANO AZIONI POSITIVE/);
    }
  });

  it("describes the action areas from the list after '5 AMBITI DI AZIONE' (lines 100-136)", () => {
    const [one, two, three, four, five] = doc.positiveActions.map((a) => a.description);
    expect(one).toBe(
      "L'azione riguarda la predisposizione della Sezione Azioni Positive, quale parte integrante del PIAO, in quanto la promozione della parità e delle pari opportunità necessita di un'adeguata attività di pianificazione complessiva, che deve essere integrata e coordinata con tutti gli strumenti di programmazione strategica della Città metropolitana: Programma di mandato, DUP, Piano e Relazione sulla performance.",
    );
    expect(two?.startsWith("Più che le azioni di rafforzamento del CUG")).toBe(true);
    expect(two).toContain("in materia di discriminazione diretta o indiretta in ambito lavorativo");
    const organisation = three?.split("\n\n") ?? [];
    expect(organisation).toHaveLength(8); // lines 110-121
    expect(organisation[5]).toBe(
      "- ✓ nell'ambito delle relazioni sindacali, la gestione della contrattazione collettiva volta alla sottoscrizione degli accordi sulla distribuzione dei fondi e",
    );
    expect(four?.split("\n\n")).toHaveLength(6); // lines 125-132
    expect(
      five?.startsWith("L'ambito riguarda le politiche di reclutamento e gestione del personale,"),
    ).toBe(true);
    expect(five?.endsWith("oltre che al benessere organizzativo.")).toBe(true);
  });
});
