/**
 * A complete PIAO for a fictitious administration, every section filled
 * (Comune di Valle Serena, 180 employees), and the simplified PIAO of a
 * fictitious small one (Comune di Borgo Quieto, 32 employees). Tests of
 * every section build on these; the end-to-end test builds the same plan
 * through the API and checks it is complete.
 */
import type { PlanDocument, TargetValue } from "../../src/domain/plan.ts";
import { emptySectionRecords } from "../../src/domain/sections/index.ts";
import type { SectionIndicator } from "../../src/domain/sections/indicators.ts";
import { defaultRiskMatrix } from "../../src/domain/sections/risk.ts";

const AREA_AMM = "Area Amministrativa";
const SETT_PERS = "Area Amministrativa - Settore Personale";
const AREA_TEC = "Area Tecnica";
const SETT_LLPP = "Area Tecnica - Settore Lavori Pubblici";

const num = (value: number): TargetValue => ({ kind: "number", value });
const pct = (value: number): TargetValue => ({ kind: "percent", value });

function impactIndicator(
  code: string,
  description: string,
  baseline: number,
  targets: number[],
  measured: number[] = [],
): SectionIndicator {
  return {
    code,
    description,
    kind: "percent",
    unitLabel: "Percentuale",
    polarity: "higher",
    baseline: pct(baseline),
    baselineYear: 2023,
    targets: targets.map((v, i) => ({ year: 2025 + i, value: pct(v) })),
    source: "ISTAT BES",
    measurements: measured.map((v, i) => ({ year: 2025 + i, value: pct(v) })),
  };
}

const SECTION_TITLES: [string, string, string][] = [
  ["1", "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", ""],
  ["2.1", "VALORE PUBBLICO", "Il valore pubblico che il Comune intende generare nel triennio."],
  ["2.2", "PERFORMANCE", "Gli obiettivi di performance, con indicatori e target."],
  ["2.3", "RISCHI CORRUTTIVI E TRASPARENZA", "La gestione del rischio corruttivo."],
  ["3.1", "STRUTTURA ORGANIZZATIVA", "L'organizzazione dell'ente in aree e settori."],
  ["3.2", "ORGANIZZAZIONE DEL LAVORO AGILE", "Condizioni e obiettivi del lavoro agile."],
  ["3.3", "PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE", "Fabbisogni e formazione."],
  ["4", "MONITORAGGIO", "Monitoraggio infrannuale al 30 giugno e a consuntivo al 31 dicembre."],
];

export function completePlanDocument(): PlanDocument {
  return {
    administration: {
      name: "COMUNE DI VALLE SERENA",
      kind: "Comune",
      region: "TOSCANA",
      legalSeat: "Piazza del Municipio 1, Valle Serena",
      population: 24500,
      areaKm2: 88.4,
      website: "https://www.comune.valleserena.example.it",
      phone: "0550000000",
      pec: "protocollo@pec.comune.valleserena.example.it",
      email: "info@comune.valleserena.example.it",
      taxCode: "01234567897",
      vatNumber: "01234567897",
      ipaCode: "c_vs001",
      employees: 180,
    },
    plan: {
      title: "PIANO INTEGRATO DI ATTIVITA' E ORGANIZZAZIONE 2025-2027",
      startYear: 2025,
      endYear: 2027,
      documentDate: "2025-01-28",
      adoptionDate: null,
      status: "draft",
    },
    sections: SECTION_TITLES.map(([code, title, body], position) => ({
      code,
      title,
      position,
      body,
      inIndex: true,
    })),
    units: [
      { key: AREA_AMM, name: AREA_AMM, kind: "area", parentKey: null, head: "Giulia Neri" },
      { key: AREA_TEC, name: AREA_TEC, kind: "area", parentKey: null, head: "Paolo Verdi" },
      {
        key: SETT_PERS,
        name: "Settore Personale",
        kind: "sector",
        parentKey: AREA_AMM,
        head: "Marco Bianchi",
      },
      {
        key: SETT_LLPP,
        name: "Settore Lavori Pubblici",
        kind: "sector",
        parentKey: AREA_TEC,
        head: "Anna Gialli",
      },
    ],
    positiveActions: [
      { number: 1, title: "CONCILIAZIONE VITA-LAVORO", description: "Misure di conciliazione." },
    ],
    objectives: [
      {
        code: "101",
        title: "SPORTELLO UNICO DIGITALE",
        description: "Portare online le istanze edilizie.",
        unitKey: SETT_LLPP,
        positiveAction: null,
        weight: null,
        tags: ["digitalisation", "simplification"],
        indicators: [
          {
            code: "1011",
            description: "ISTANZE PRESENTATE ONLINE (PERCENTUALE)",
            kind: "percent",
            unitLabel: "Percentuale",
            polarity: "higher",
            baseline: pct(40),
            targets: [
              { year: 2025, value: pct(70) },
              { year: 2026, value: pct(85) },
              { year: 2027, value: pct(95) },
            ],
            weight: null,
          },
        ],
      },
      {
        code: "102",
        title: "ACCESSIBILITA' DEGLI UFFICI",
        description: "Abbattere le barriere negli uffici aperti al pubblico.",
        unitKey: AREA_TEC,
        positiveAction: null,
        weight: null,
        tags: ["accessibility"],
        indicators: [
          {
            code: "1021",
            description: "SEDI SENZA BARRIERE",
            kind: "number",
            unitLabel: "Numero",
            polarity: "higher",
            baseline: num(2),
            targets: [{ year: 2025, value: num(4) }],
            weight: null,
          },
        ],
      },
      {
        code: "103",
        title: "BENESSERE ORGANIZZATIVO E PARITA' DI GENERE",
        description: "Conciliazione e formazione per il personale.",
        unitKey: SETT_PERS,
        positiveAction: 1,
        weight: null,
        tags: ["gender_equality"],
        indicators: [
          {
            code: "1031",
            description: "APPROVAZIONE DEL REGOLAMENTO SUL LAVORO AGILE",
            kind: "deadline",
            unitLabel: "Data",
            polarity: "higher",
            baseline: null,
            targets: [{ year: 2025, value: { kind: "deadline", date: "2025-06-30" } }],
            weight: null,
          },
        ],
      },
    ],
    publicValue: {
      stakeholders: [
        { key: "cittadini", name: "Cittadini residenti", category: "cittadini" },
        { key: "imprese", name: "Imprese edili e professionisti", category: "imprese" },
        { key: "personale", name: "Personale del Comune", category: "personale" },
      ],
      strategicObjectives: [
        {
          code: "DUP-1",
          title: "Un Comune digitale e semplice",
          programme: "Missione 01 - Programma 08",
        },
        {
          code: "DUP-2",
          title: "Una città accessibile a tutte e tutti",
          programme: "Missione 12 - Programma 02",
        },
      ],
      objectives: [
        {
          code: "VP1",
          title: "Servizi digitali accessibili e veloci",
          description: "Ridurre tempi e costi di accesso ai servizi.",
          strategicObjectiveCodes: ["DUP-1"],
          stakeholderKeys: ["cittadini", "imprese"],
          objectiveCodes: ["101"],
          impactIndicators: [
            impactIndicator(
              "VP1.1",
              "FAMIGLIE CHE USANO SERVIZI ONLINE DELLA PA",
              38,
              [45, 52, 60],
              [47],
            ),
          ],
        },
        {
          code: "VP2",
          title: "Pari opportunità e inclusione",
          description: "Una città e un'organizzazione inclusive.",
          strategicObjectiveCodes: ["DUP-2"],
          stakeholderKeys: ["cittadini", "personale"],
          objectiveCodes: ["102", "103"],
          impactIndicators: [
            impactIndicator(
              "VP2.1",
              "PERSONE CON DISABILITA' CHE USANO I SERVIZI",
              20,
              [25, 30, 35],
            ),
          ],
        },
      ],
    },
    procedures: {
      procedures: [
        {
          code: "PRC-01",
          title: "Permesso di costruire",
          unitKey: SETT_LLPP,
          legalDeadlineDays: 60,
          legalBasis: "DPR 380/2001 art. 20",
          onSimplificationList: true,
          timeliness: [{ year: 2024, concluded: 120, averageDays: 72, concludedLate: 30 }],
        },
        {
          code: "PRC-02",
          title: "Accesso agli atti",
          unitKey: AREA_AMM,
          legalDeadlineDays: 30,
          legalBasis: "L. 241/1990 art. 25",
          onSimplificationList: false,
          timeliness: [{ year: 2024, concluded: 300, averageDays: 18, concludedLate: 6 }],
        },
      ],
      simplifications: [
        {
          code: "SEM-1",
          title: "Permesso di costruire interamente digitale",
          description: "Istanza, integrazioni e rilascio sul portale.",
          year: 2025,
          procedureCodes: ["PRC-01"],
          objectiveCodes: ["101"],
        },
      ],
      accessibility: [
        {
          code: "ACC-1",
          title: "Rampe e percorsi tattili nelle sedi",
          description: "Accesso fisico agli uffici aperti al pubblico.",
          kind: "physical",
          audiences: ["over65", "disability"],
          deadline: "2025-12-31",
          objectiveCodes: ["102"],
        },
        {
          code: "ACC-2",
          title: "Sito conforme alle linee guida AgID",
          description: "Accessibilità digitale del sito istituzionale.",
          kind: "digital",
          audiences: ["disability"],
          deadline: "2025-09-30",
          objectiveCodes: ["101"],
        },
      ],
    },
    risk: {
      matrix: defaultRiskMatrix(),
      indicators: [
        { code: "P1", dimension: "probability", title: "Livello di interesse esterno" },
        { code: "P2", dimension: "probability", title: "Grado di discrezionalità" },
        { code: "I1", dimension: "impact", title: "Impatto sull'immagine dell'ente" },
      ],
      areas: [
        {
          code: "A",
          title: "Autorizzazioni e concessioni",
          general: true,
          lawArea: "authorisations",
        },
        { code: "B", title: "Contratti pubblici", general: true, lawArea: "contracts" },
        { code: "C", title: "Sovvenzioni e contributi", general: true, lawArea: "grants" },
        {
          code: "D",
          title: "Acquisizione e gestione del personale",
          general: true,
          lawArea: "recruitment",
        },
      ],
      macroProcesses: [
        { code: "A.1", areaCode: "A", title: "Titoli edilizi" },
        { code: "B.1", areaCode: "B", title: "Affidamento di lavori" },
        { code: "C.1", areaCode: "C", title: "Contributi ad associazioni" },
        { code: "D.1", areaCode: "D", title: "Reclutamento" },
      ],
      processes: [
        {
          code: "A.1.1",
          macroProcessCode: "A.1",
          title: "Rilascio del permesso di costruire",
          unitKey: SETT_LLPP,
          phases: [
            { code: "istruttoria", title: "Istruttoria", unitKey: null },
            { code: "rilascio", title: "Rilascio", unitKey: AREA_TEC },
          ],
        },
        {
          code: "B.1.1",
          macroProcessCode: "B.1",
          title: "Affidamento diretto di lavori",
          unitKey: SETT_LLPP,
          phases: [],
        },
        {
          code: "C.1.1",
          macroProcessCode: "C.1",
          title: "Concessione di contributi",
          unitKey: AREA_AMM,
          phases: [],
        },
        {
          code: "D.1.1",
          macroProcessCode: "D.1",
          title: "Concorso pubblico",
          unitKey: SETT_PERS,
          phases: [],
        },
      ],
      events: [
        {
          code: "E1",
          processCode: "A.1.1",
          phaseCode: "istruttoria",
          description: "Istruttoria compiacente in cambio di utilità",
        },
        {
          code: "E2",
          processCode: "B.1.1",
          phaseCode: null,
          description: "Frazionamento artificioso per evitare la gara",
        },
      ],
      assessments: [
        {
          eventCode: "E1",
          before: {
            ratings: [
              { indicatorCode: "P1", level: 3, motivation: "Interessi economici rilevanti" },
              { indicatorCode: "P2", level: 2, motivation: "Discrezionalità tecnica limitata" },
              { indicatorCode: "I1", level: 2, motivation: "Eco sulla stampa locale" },
            ],
          },
          after: {
            ratings: [
              { indicatorCode: "P1", level: 2, motivation: "Controlli a campione" },
              { indicatorCode: "P2", level: 1, motivation: "Check-list istruttoria" },
              { indicatorCode: "I1", level: 2, motivation: "Invariato" },
            ],
          },
        },
        {
          eventCode: "E2",
          before: {
            ratings: [
              { indicatorCode: "P1", level: 3, motivation: "Molti operatori interessati" },
              { indicatorCode: "I1", level: 3, motivation: "Danno erariale possibile" },
            ],
          },
          after: null,
        },
      ],
      measures: [
        {
          code: "MG-01",
          kind: "general",
          generalMeasure: "code_of_conduct",
          specificType: null,
          title: "Codice di comportamento",
          description: "Aggiornamento e diffusione del codice.",
          unitKey: SETT_PERS,
          deadline: "2025-12-31",
          indicator: "Codice aggiornato",
          target: "Sì",
          eventCodes: [],
          publicValueCodes: ["VP2"],
        },
        {
          code: "MS-01",
          kind: "specific",
          generalMeasure: null,
          specificType: "control",
          title: "Controlli a campione sui titoli edilizi",
          description: "Estrazione mensile del 10% delle pratiche.",
          unitKey: AREA_TEC,
          deadline: "2025-12-31",
          indicator: "Pratiche controllate sul totale",
          target: "10%",
          eventCodes: ["E1"],
          publicValueCodes: ["VP1"],
        },
      ],
      obligations: [
        {
          code: "OB-01",
          titulus: "01.01",
          obligation: "Piano triennale per la prevenzione della corruzione e della trasparenza",
          legalReference: "D.lgs. 33/2013 art. 10 c. 8 lett. a",
          producerUnitKey: AREA_AMM,
          publisherUnitKey: AREA_AMM,
          frequency: "yearly",
          status: "published",
        },
        {
          code: "OB-02",
          titulus: "10.02",
          obligation: "Atti delle procedure di affidamento",
          legalReference: "D.lgs. 33/2013 art. 37",
          producerUnitKey: SETT_LLPP,
          publisherUnitKey: AREA_AMM,
          frequency: "timely",
          status: "partly_published",
        },
      ],
    },
    organisation: {
      staffDate: "2024-12-31",
      staff: [
        {
          unitKey: AREA_AMM,
          jobArea: "managers",
          gender: "female",
          ageBand: "50_59",
          role: "manager",
          partTime: false,
          headcount: 1,
        },
        {
          unitKey: SETT_PERS,
          jobArea: "officials",
          gender: "male",
          ageBand: "40_49",
          role: "eq_holder",
          partTime: false,
          headcount: 1,
        },
        {
          unitKey: SETT_PERS,
          jobArea: "instructors",
          gender: "female",
          ageBand: "30_39",
          role: "staff",
          partTime: true,
          headcount: 14,
        },
        {
          unitKey: SETT_PERS,
          jobArea: "instructors",
          gender: "male",
          ageBand: "50_59",
          role: "staff",
          partTime: false,
          headcount: 9,
        },
        {
          unitKey: AREA_TEC,
          jobArea: "managers",
          gender: "male",
          ageBand: "60_over",
          role: "manager",
          partTime: false,
          headcount: 1,
        },
        {
          unitKey: SETT_LLPP,
          jobArea: "officials",
          gender: "female",
          ageBand: "40_49",
          role: "eq_holder",
          partTime: false,
          headcount: 1,
        },
        {
          unitKey: SETT_LLPP,
          jobArea: "expert_operators",
          gender: "male",
          ageBand: "under_30",
          role: "staff",
          partTime: false,
          headcount: 40,
        },
        {
          unitKey: SETT_LLPP,
          jobArea: "operators",
          gender: "female",
          ageBand: "50_59",
          role: "staff",
          partTime: true,
          headcount: 50,
        },
        {
          unitKey: AREA_AMM,
          jobArea: "instructors",
          gender: "female",
          ageBand: "40_49",
          role: "staff",
          partTime: false,
          headcount: 63,
        },
      ],
    },
    agileWork: {
      conditions: [
        {
          code: "CA-1",
          kind: "technological",
          description: "VPN e portatili per chi lavora in agile",
          met: true,
        },
        {
          code: "CA-2",
          kind: "organisational",
          description: "Regolamento e accordi individuali",
          met: false,
        },
      ],
      objectives: [
        {
          code: "LA-1",
          title: "Estendere il lavoro agile alle attività compatibili",
          description: "Accordi individuali per chi svolge attività compatibili.",
          indicators: [
            {
              code: "LA-1.1",
              description: "PERSONALE CON ACCORDO DI LAVORO AGILE (PERCENTUALE)",
              kind: "percent",
              unitLabel: "Percentuale",
              polarity: "higher",
              baseline: pct(15),
              baselineYear: 2024,
              targets: [{ year: 2025, value: pct(25) }],
              source: "Sistema informativo del personale",
              measurements: [],
            },
          ],
        },
      ],
      staff: [
        { unitKey: SETT_PERS, gender: "female", mode: "agile", headcount: 8 },
        { unitKey: SETT_PERS, gender: "male", mode: "agile", headcount: 3 },
        { unitKey: AREA_AMM, gender: "female", mode: "remote", headcount: 2 },
      ],
    },
    staffing: {
      establishment: [
        { profile: "Istruttore amministrativo", jobArea: "instructors", posts: 90, filled: 86 },
        { profile: "Istruttore direttivo tecnico", jobArea: "officials", posts: 4, filled: 2 },
        { profile: "Operaio specializzato", jobArea: "expert_operators", posts: 45, filled: 40 },
        { profile: "Operatore", jobArea: "operators", posts: 50, filled: 50 },
        { profile: "Dirigente", jobArea: "managers", posts: 2, filled: 2 },
      ],
      departures: [
        {
          year: 2025,
          profile: "Istruttore amministrativo",
          jobArea: "instructors",
          count: 3,
          reason: "retirement",
        },
        {
          year: 2026,
          profile: "Operaio specializzato",
          jobArea: "expert_operators",
          count: 2,
          reason: "retirement",
        },
      ],
      hires: [
        {
          code: "H-2025-1",
          year: 2025,
          profile: "Istruttore direttivo tecnico",
          jobArea: "officials",
          count: 2,
          channel: "competition",
          annualCost: 76000,
          unitKey: SETT_LLPP,
        },
        {
          code: "H-2025-2",
          year: 2025,
          profile: "Istruttore amministrativo",
          jobArea: "instructors",
          count: 1,
          channel: "protected_categories",
          annualCost: 33000,
          unitKey: SETT_PERS,
        },
        {
          code: "H-2026-1",
          year: 2026,
          profile: "Operaio specializzato",
          jobArea: "expert_operators",
          count: 2,
          channel: "mobility",
          annualCost: 62000,
          unitKey: SETT_LLPP,
        },
      ],
      spendingLimits: [
        {
          code: "LIM-557",
          title: "Spesa di personale entro la media 2011-2013",
          legalReference: "L. 296/2006 art. 1 c. 557-quater",
          basis: "staff_spending",
          year: null,
          limit: 6500000,
          committed: 6200000,
        },
        {
          code: "LIM-DL34",
          title: "Capacità assunzionale",
          legalReference: "DL 34/2019 art. 33 c. 2",
          basis: "planned_hires",
          year: 2025,
          limit: 150000,
          committed: 0,
        },
      ],
      training: [
        {
          code: "F-01",
          title: "Sicurezza sui luoghi di lavoro (D.lgs. 81/2008)",
          year: 2025,
          hours: 8,
          mandatorySafety: true,
          participantsFemale: 60,
          participantsMale: 45,
        },
        {
          code: "F-02",
          title: "Competenze digitali di base (Syllabus)",
          year: 2025,
          hours: 12,
          mandatorySafety: false,
          participantsFemale: 40,
          participantsMale: 22,
        },
        {
          code: "F-03",
          title: "Aggiornamento sicurezza per preposti",
          year: 2026,
          hours: 6,
          mandatorySafety: true,
          participantsFemale: 12,
          participantsMale: 18,
        },
        {
          code: "F-04",
          title: "Aggiornamento sicurezza per lavoratori",
          year: 2027,
          hours: 6,
          mandatorySafety: true,
          participantsFemale: 70,
          participantsMale: 50,
        },
      ],
    },
  };
}

/** A simplified PIAO (fewer than 50 employees): section 1, 2.3 and a simplified section 3. */
export function simplifiedPlanDocument(): PlanDocument {
  const full = completePlanDocument();
  const records = emptySectionRecords();
  return {
    ...records,
    administration: {
      ...full.administration,
      name: "COMUNE DI BORGO QUIETO",
      population: 2100,
      areaKm2: 31.2,
      website: "https://www.comune.borgoquieto.example.it",
      pec: "protocollo@pec.comune.borgoquieto.example.it",
      email: null,
      taxCode: "98765432103",
      vatNumber: "98765432103",
      ipaCode: "c_bq001",
      employees: 32,
    },
    plan: { ...full.plan },
    sections: full.sections.filter((s) => ["1", "2.3", "3.1", "3.2", "3.3"].includes(s.code ?? "")),
    units: [
      { key: "Area Unica", name: "Area Unica", kind: "area", parentKey: null, head: "Sara Rosa" },
    ],
    positiveActions: [],
    objectives: [],
    risk: {
      ...full.risk,
      processes: full.risk.processes.map((p) => ({
        ...p,
        unitKey: "Area Unica",
        phases: p.phases.map((ph) => ({ ...ph, unitKey: null })),
      })),
      measures: full.risk.measures.map((m) => ({
        ...m,
        unitKey: "Area Unica",
        publicValueCodes: [],
      })),
      obligations: full.risk.obligations.map((o) => ({
        ...o,
        producerUnitKey: "Area Unica",
        publisherUnitKey: "Area Unica",
      })),
    },
    organisation: {
      staffDate: "2024-12-31",
      staff: [
        {
          unitKey: "Area Unica",
          jobArea: "officials",
          gender: "female",
          ageBand: "50_59",
          role: "eq_holder",
          partTime: false,
          headcount: 2,
        },
        {
          unitKey: "Area Unica",
          jobArea: "instructors",
          gender: "male",
          ageBand: "40_49",
          role: "staff",
          partTime: false,
          headcount: 30,
        },
      ],
    },
    agileWork: {
      conditions: [
        { code: "CA-1", kind: "organisational", description: "Accordi individuali", met: true },
      ],
      objectives: [],
      staff: [{ unitKey: "Area Unica", gender: "female", mode: "agile", headcount: 2 }],
    },
    staffing: {
      establishment: [
        { profile: "Istruttore amministrativo", jobArea: "instructors", posts: 32, filled: 30 },
      ],
      departures: [],
      hires: [
        {
          code: "H-2025-1",
          year: 2025,
          profile: "Istruttore amministrativo",
          jobArea: "instructors",
          count: 1,
          channel: "existing_ranking",
          annualCost: 33000,
          unitKey: "Area Unica",
        },
      ],
      spendingLimits: [],
      training: [
        {
          code: "F-01",
          title: "Sicurezza sui luoghi di lavoro",
          year: 2025,
          hours: 8,
          mandatorySafety: true,
          participantsFemale: 2,
          participantsMale: 30,
        },
        {
          code: "F-02",
          title: "Aggiornamento sicurezza",
          year: 2026,
          hours: 4,
          mandatorySafety: true,
          participantsFemale: 1,
          participantsMale: 10,
        },
        {
          code: "F-03",
          title: "Aggiornamento sicurezza",
          year: 2027,
          hours: 4,
          mandatorySafety: true,
          participantsFemale: 1,
          participantsMale: 12,
        },
      ],
    },
  };
}
