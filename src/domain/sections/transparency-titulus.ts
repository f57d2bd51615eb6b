/**
 * The sections of "Amministrazione trasparente" (D.lgs. 33/2013, annex;
 * delibera ANAC 1310/2016) as the controlled vocabulary `transparency-titulus`
 * of the Italian semantic assets codes them
 * (https://w3id.org/italia/controlled-vocabulary/classifications-for-transparency/transparency-titulus,
 * repository italia/daf-ontologie-vocabolari-controllati, CC-BY 4.0):
 * first-level sections "01" … "22", second-level sub-sections "01.01" ….
 * The vocabulary itself files the four sub-sections of "Pagamenti
 * dell'amministrazione" (22) under the codes 15.06-15.09; we keep its codes.
 */

export interface Titulus {
  code: string;
  /** Code of the first-level section, null for a first-level section. */
  parent: string | null;
  it: string;
  en: string;
}

type Row = [code: string, it: string, en: string];

const SECTIONS: [Row, Row[]][] = [
  [
    ["01", "Disposizioni generali", "General provisions"],
    [
      [
        "01.01",
        "Piano triennale per la prevenzione della corruzione e della trasparenza",
        "Plan for transparency and integrity",
      ],
      ["01.02", "Atti generali", "General documents"],
      [
        "01.03",
        "Oneri informativi per cittadini e imprese",
        "Obligatory information for citizens and companies",
      ],
    ],
  ],
  [
    ["02", "Organizzazione", "Organization"],
    [
      [
        "02.01",
        "Titolari di incarichi politici, di amministrazione, di direzione o di governo",
        "Political and administrative bodies",
      ],
      [
        "02.02",
        "Sanzioni per mancata comunicazione dei dati",
        "Sanctions for failure of data communication",
      ],
      [
        "02.03",
        "Rendiconti gruppi consiliari regionali/provinciali",
        "Reports of regional / provincial council groups",
      ],
      ["02.04", "Articolazione degli uffici", "Internal organization"],
      ["02.05", "Telefono o posta elettronica", "Telephone and e-mail"],
    ],
  ],
  [
    ["03", "Consulenti e collaboratori", "Consultants and collaborators"],
    [
      [
        "03.01",
        "Titolari di incarichi di collaborazione o consulenza",
        "Consultants and collaborators",
      ],
      ["03.02", "Amministratori ed esperti", "Administrators and experts"],
      [
        "03.03",
        "Amministratori ed esperti ex art. 32 d.l. 90/2014",
        "Administrators and experts ex art. 32 d.l. 90/2014",
      ],
    ],
  ],
  [
    ["04", "Personale", "Personnel"],
    [
      [
        "04.01",
        "Titolari di incarichi dirigenziali amministrativi di vertice",
        "Top administrative tasks or offices",
      ],
      ["04.02", "Titolari di incarichi dirigenziali (dirigenti non generali)", "Executives"],
      ["04.03", "Dirigenti cessati", "Executives ceased"],
      [
        "04.04",
        "Sanzioni per mancata comunicazione dei dati",
        "Penalties for failure to communicate data",
      ],
      ["04.05", "Posizioni organizzative", "Organizational positions"],
      ["04.06", "Dotazione organica", "Organic endowment"],
      ["04.07", "Personale non a tempo indeterminato", "Non-permanent staff"],
      ["04.08", "Tassi di assenza", "Absence rates"],
      [
        "04.09",
        "Incarichi conferiti e autorizzati ai dipendenti (dirigenti e non dirigenti)",
        "Tasks assigned and authorised to employees (executives and non-executives)",
      ],
      ["04.10", "Contrattazione collettiva", "Collective negotiation"],
      ["04.11", "Contrattazione integrativa", "Integrative negotiation"],
      ["04.12", "OIV (Organismo Indipendente di Valutazione)", "Independent Evaluation Agency"],
    ],
  ],
  [
    ["05", "Bandi di concorso", "Competition announcements"],
    [["05.01", "Bandi di concorso", "Competition announcements"]],
  ],
  [
    ["06", "Performance", "Performance"],
    [
      [
        "06.01",
        "Sistema di misurazione e valutazione delle performance",
        "Performance measurement and evaluation system",
      ],
      ["06.02", "Piano delle Performance", "Performance Plan"],
      ["06.03", "Relazioni sulle Performance", "Report on Performance"],
      ["06.04", "Ammontare complessivo dei premi", "Total amount of grants"],
      ["06.05", "Dati relativi ai premi", "Information on grants"],
    ],
  ],
  [
    ["07", "Enti controllati", "Controlled Institutions"],
    [
      ["07.01", "Enti pubblici vigilati", "Supervised public units"],
      ["07.02", "Società partecipate", "Subsidiaries companies"],
      ["07.03", "Enti di diritto privato controllati", "Controlled private law units"],
      ["07.04", "Rappresentazione grafica", "Organisation chart"],
    ],
  ],
  [
    ["08", "Attività e procedimenti", "Activity and procedures"],
    [
      ["08.01", "Tipologie di procedimento", "Procedures types"],
      [
        "08.02",
        "Dichiarazioni sostitutive e acquisizione d'ufficio dei dati",
        "Substitutive declarations and data acquisition ex officio",
      ],
    ],
  ],
  [
    ["09", "Provvedimenti", "Measures"],
    [
      [
        "09.01",
        "Provvedimenti organi indirizzo politico",
        "Provisions adopted by the political direction bodies",
      ],
      [
        "09.02",
        "Provvedimenti dirigenti amministrativi",
        "Provisions adopted by administrative managers",
      ],
    ],
  ],
  [
    ["10", "Bandi di gara e contratti", "Competition announcements and contracts"],
    [
      [
        "10.01",
        "Informazioni sulle singole procedure in formato tabellare",
        "Single procedure information in tabular format",
      ],
      [
        "10.02",
        "Atti delle amministrazioni aggiudicatrici e degli enti aggiudicatori distintamente per ogni procedura",
        "Acts of contracting authorities and contracting entities separately for each procedure",
      ],
    ],
  ],
  [
    [
      "11",
      "Sovvenzioni, contributi, sussidi, vantaggi economici",
      "Subsidies, contributions, grants, economic advantages",
    ],
    [
      ["11.01", "Criteri e modalità", "Criteria and methods"],
      ["11.02", "Atti di concessione", "Concession acts"],
    ],
  ],
  [
    ["12", "Bilanci", "Budgets"],
    [
      ["12.01", "Bilancio preventivo e consuntivo", "Budget and final balance sheet"],
      [
        "12.02",
        "Piano degli indicatori e dei risultati attesi di bilancio",
        "Plan of indicators and expected balance sheet results",
      ],
    ],
  ],
  [
    ["13", "Beni immobili e gestione patrimonio", "Real estate and capital treatment"],
    [
      ["13.01", "Patrimonio immobiliare", "Real estate"],
      ["13.02", "Canoni di locazione o affitto", "Rents or renting"],
    ],
  ],
  [
    [
      "14",
      "Controlli e rilievi sull'amministrazione",
      "Checks and measurements about administration",
    ],
    [
      [
        "14.01",
        "Organismi indipendenti di valutazione, nuclei di valutazione o altri organismi con funzioni analoghe",
        "Evaluation bodies, evaluation units or other bodies with similar functions",
      ],
      [
        "14.02",
        "Organi di revisione amministrativa e contabile",
        "Administrative and accounting review bodies",
      ],
      ["14.03", "Corte dei conti", "Court of Auditors"],
    ],
  ],
  [
    ["15", "Servizi erogati", "Services provided"],
    [
      [
        "15.01",
        "Carta dei servizi e standard di qualità",
        "Charter of services and quality standards",
      ],
      ["15.02", "Class action", "Class action"],
      ["15.03", "Costi contabilizzati", "Recorded costs"],
      ["15.04", "Liste di attesa", "Waiting lists"],
      ["15.05", "Servizi in rete", "Network services"],
    ],
  ],
  [
    ["16", "Opere pubbliche", "Public works"],
    [
      [
        "16.01",
        "Nuclei di valutazione e verifica degli investimenti pubblici",
        "Evaluation and verification of public investments",
      ],
      ["16.02", "Atti di programmazione delle opere pubbliche", "Planning of public works"],
      [
        "16.03",
        "Tempi costi e indicatori di realizzazione delle opere pubbliche",
        "Cost, times and indicators for the realization of public works",
      ],
    ],
  ],
  [
    ["17", "Pianificazione e governo del territorio", "Planning and government of the area"],
    [["17.01", "Pianificazione e governo del territorio", "Planning and government of the area"]],
  ],
  [
    ["18", "Informazioni ambientali", "Environmental information"],
    [["18.01", "Informazioni ambientali", "Environmental information"]],
  ],
  [
    ["19", "Strutture sanitarie private accreditate", "Health accredited facilities"],
    [["19.01", "Strutture sanitarie private accreditate", "Health accredited facilities"]],
  ],
  [
    ["20", "Interventi straordinari e di emergenza", "Extraordinary and emergency actions"],
    [["20.01", "Interventi straordinari e di emergenza", "Extraordinary and emergency actions"]],
  ],
  [
    ["21", "Altri contenuti", "Other contents"],
    [
      ["21.01", "Prevenzione della Corruzione", "Prevention of corruption"],
      ["21.02", "Accesso civico", "Civic access"],
      [
        "21.03",
        "Accessibilità e Catalogo dei dati, metadati e banche dati",
        "Accessibility and data catalogue, metadata and databases",
      ],
      ["21.04", "Dati ulteriori", "Other information"],
    ],
  ],
  [
    ["22", "Pagamenti dell'amministrazione", "Payments of the administration"],
    [
      ["15.06", "Dati sui pagamenti", "Payments data"],
      [
        "15.07",
        "Dati sui pagamenti del servizio sanitario nazionale",
        "Data on payments of the national health service",
      ],
      ["15.08", "Indicatore di tempestività dei pagamenti", "Timeliness of payments indicator"],
      ["15.09", "Pagamenti informatici", "Electronic payments"],
    ],
  ],
];

/** Every entry of the vocabulary, first-level sections followed by their sub-sections. */
export const TRANSPARENCY_TITULUS: readonly Titulus[] = SECTIONS.flatMap(
  ([[code, it, en], subs]) => [
    { code, parent: null, it, en },
    ...subs.map(([sub, subIt, subEn]) => ({ code: sub, parent: code, it: subIt, en: subEn })),
  ],
);

const BY_CODE = new Map(TRANSPARENCY_TITULUS.map((t) => [t.code, t]));

export const isTitulusCode = (code: string): boolean => BY_CODE.has(code);

export const titulus = (code: string): Titulus | undefined => BY_CODE.get(code);

/** "Bandi di gara e contratti › Atti delle amministrazioni …", or the code itself when unknown. */
export function titulusLabel(code: string, lang: "it" | "en" = "it"): string {
  const entry = BY_CODE.get(code);
  if (!entry) return code;
  const parent = entry.parent === null ? undefined : BY_CODE.get(entry.parent);
  return parent ? `${parent[lang]} › ${entry[lang]}` : entry[lang];
}
