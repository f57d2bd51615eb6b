/** Section 2.3: the rules of the risk records, the measure monitoring, the RPCT report and pages. */
import {
  GENERAL_MEASURES,
  LAW_RISK_AREAS,
  MEASURE_STATUSES,
  OBLIGATION_STATUSES,
  SPECIFIC_MEASURE_TYPES,
  UPDATE_FREQUENCIES,
} from "../domain/sections/risk.ts";
import { type Catalog, registerCatalog } from "./translate.ts";

registerCatalog({
  "risk.matrixShape": {
    it: "La matrice di rischio deve avere {n} righe di {n} celle, una per livello di probabilità e di impatto",
    en: "The risk matrix must have {n} rows of {n} cells, one per level of probability and impact",
  },
  "risk.matrixCell": {
    it: "La cella {cell} della matrice non indica un giudizio: i giudizi vanno da 0 a {max}",
    en: "Matrix cell {cell} does not point to a rating: ratings go from 0 to {max}",
  },
  "risk.levelOutOfScale": {
    it: "Il livello {level} è fuori dalla scala 1–{max} della matrice",
    en: "Level {level} is outside the matrix scale 1–{max}",
  },
  "risk.indicatorRatedTwice": {
    it: "L'indicatore {indicator} è valutato due volte nella stessa valutazione",
    en: "Indicator {indicator} is rated twice in the same assessment",
  },
  "risk.motivationMissing": {
    it: "Manca la motivazione del giudizio sull'indicatore {indicator}",
    en: "The motivation of the rating of indicator {indicator} is missing",
  },
  "risk.eventAssessedTwice": {
    it: "L'evento rischioso {event} è valutato due volte",
    en: "Risk event {event} is assessed twice",
  },
  "risk.generalWithoutCatalogue": {
    it: "La misura generale {measure} deve indicare quale misura del catalogo ANAC attua",
    en: "General measure {measure} must name the ANAC catalogue measure it implements",
  },
  "risk.generalWithType": {
    it: "La misura generale {measure} non ha una tipologia di misura specifica",
    en: "General measure {measure} cannot have a specific-measure type",
  },
  "risk.specificWithoutType": {
    it: "La misura specifica {measure} deve indicare la tipologia",
    en: "Specific measure {measure} must state its type",
  },
  "risk.specificWithCatalogue": {
    it: "La misura specifica {measure} non può indicare una misura generale del catalogo",
    en: "Specific measure {measure} cannot name a general catalogue measure",
  },
  "risk.phaseTwice": {
    it: "La fase {phase} compare due volte nel processo {process}",
    en: "Phase {phase} appears twice in process {process}",
  },
  "risk.unknownPhase": {
    it: "L'evento {event} indica la fase {phase}, che non è tra le fasi del processo {process}",
    en: "Event {event} names phase {phase}, which is not a phase of process {process}",
  },
  "risk.unknownTitulus": {
    it: "L'obbligo {obligation} indica la sezione «{titulus}», che non è un codice del vocabolario transparency-titulus (es. 01.01, 10.02)",
    en: "Obligation {obligation} names section «{titulus}», which is not a code of the transparency-titulus vocabulary (e.g. 01.01, 10.02)",
  },
  "risk.processWithoutEvents": {
    it: "Il processo {process} non ha eventi rischiosi",
    en: "Process {process} has no risk events",
  },
  "risk.eventWithoutAssessment": {
    it: "L'evento rischioso {event} non è valutato",
    en: "Risk event {event} is not assessed",
  },
  "risk.eventWithoutMeasure": {
    it: "Nessuna misura tratta l'evento rischioso {event}",
    en: "No measure treats risk event {event}",
  },
  "risk.measureWithoutDeadline": {
    it: "La misura {measure} non ha una scadenza",
    en: "Measure {measure} has no deadline",
  },
  "risk.assessmentIncomplete": {
    it: "La valutazione {moment} dell'evento {event} non giudica sia la probabilità sia l'impatto",
    en: "The assessment {moment} of event {event} does not rate both probability and impact",
  },
  "risk.residualAtTop": {
    it: "Il rischio residuo dell'evento {event} resta al livello più alto ({rating}) anche dopo le misure",
    en: "The residual risk of event {event} stays at the top level ({rating}) even after the measures",
  },
  "risk.lawAreaMissing": {
    it: "PIAO semplificato: nessun processo mappato per l'area «{area}» (L. 190/2012, art. 1, c. 16)",
    en: "Simplified PIAO: no process mapped for the area «{area}» (L. 190/2012, art. 1, c. 16)",
  },
  "risk.moment.before": { it: "prima delle misure", en: "before the measures" },
  "risk.moment.after": { it: "dopo le misure", en: "after the measures" },
});

/** Every label of a 2.3 code, also the source of the open-data legend below. */
const ALL: Catalog = {};

const labels = (
  prefix: string,
  codes: readonly string[],
  texts: Record<string, [string, string]>,
): Catalog => {
  const catalog: Catalog = Object.fromEntries(
    codes.map((c) => {
      const [it, en] = texts[c] ?? [c, c];
      return [`${prefix}.${c}`, { it, en }];
    }),
  );
  Object.assign(ALL, catalog);
  return catalog;
};

registerCatalog(
  labels("risk.lawArea", LAW_RISK_AREAS, {
    authorisations: ["autorizzazioni e concessioni", "authorisations and concessions"],
    contracts: ["contratti pubblici", "public contracts"],
    grants: ["sovvenzioni, contributi e vantaggi economici", "grants and subsidies"],
    recruitment: ["concorsi e progressioni di carriera", "competitions and careers"],
  }),
);

registerCatalog(
  labels("risk.general", GENERAL_MEASURES, {
    code_of_conduct: ["Codice di comportamento", "Code of conduct"],
    ordinary_rotation: ["Rotazione ordinaria del personale", "Ordinary staff rotation"],
    extraordinary_rotation: ["Rotazione straordinaria", "Extraordinary rotation"],
    conflict_of_interest: ["Conflitto di interessi", "Conflict of interest"],
    unconferability_incompatibility: [
      "Inconferibilità e incompatibilità degli incarichi",
      "Unconferability and incompatibility",
    ],
    pantouflage: ["Pantouflage (divieto post-impiego)", "Pantouflage (revolving doors)"],
    whistleblowing: ["Tutela del whistleblower", "Whistleblower protection"],
    training: ["Formazione", "Training"],
    transparency: ["Trasparenza", "Transparency"],
    integrity_pacts: ["Patti di integrità", "Integrity pacts"],
  }),
);

registerCatalog(
  labels("risk.specific", SPECIFIC_MEASURE_TYPES, {
    control: ["controllo", "control"],
    transparency: ["trasparenza", "transparency"],
    ethics: ["definizione e promozione dell'etica", "ethics"],
    regulation: ["regolamentazione", "regulation"],
    simplification: ["semplificazione", "simplification"],
    training: ["formazione", "training"],
    awareness: ["sensibilizzazione e partecipazione", "awareness and participation"],
    rotation: ["rotazione", "rotation"],
    reporting: ["segnalazione e protezione", "reporting and protection"],
    conflict_of_interest: ["disciplina del conflitto di interessi", "conflict of interest"],
    lobbying: ["regolazione dei rapporti con i portatori di interessi", "lobbying"],
  }),
);

registerCatalog(
  labels("risk.status", MEASURE_STATUSES, {
    implemented: ["attuata", "implemented"],
    partly: ["parzialmente attuata", "partly implemented"],
    not_implemented: ["non attuata", "not implemented"],
  }),
);

registerCatalog(
  labels("risk.frequency", UPDATE_FREQUENCIES, {
    timely: ["tempestivo", "timely"],
    quarterly: ["trimestrale", "quarterly"],
    half_yearly: ["semestrale", "half-yearly"],
    yearly: ["annuale", "yearly"],
    none: ["nessun aggiornamento", "no update"],
  }),
);

registerCatalog(
  labels("risk.obligationStatus", OBLIGATION_STATUSES, {
    published: ["pubblicato", "published"],
    partly_published: ["pubblicato in parte", "partly published"],
    not_published: ["non pubblicato", "not published"],
    not_applicable: ["non applicabile", "not applicable"],
  }),
);

registerCatalog(
  labels("risk.kind", ["general", "specific"], {
    general: ["generale", "general"],
    specific: ["specifica", "specific"],
  }),
);

registerCatalog({
  "measure.notFound": {
    it: "La misura di prevenzione {measure} non è nel piano",
    en: "Prevention measure {measure} is not in the plan",
  },
  "measure.notYourUnit": {
    it: "La misura {measure} non è affidata alla tua struttura",
    en: "Measure {measure} is not assigned to your unit",
  },
  "measure.reasonRequired": {
    it: "Indica il motivo per cui la misura {measure} è {status}",
    en: "State why measure {measure} is {status}",
  },
  "conflict.stale.measure": {
    it: "Modifica non salvata: lo stato di attuazione della misura {key} è stato cambiato da {by} ({at}, versione {version}) dopo che l'hai letto. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: the status of measure {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "plan.audit.entity.measure": { it: "misura di prevenzione", en: "prevention measure" },
});

registerCatalog({
  "risk.page.title": {
    it: "Rischi corruttivi e trasparenza",
    en: "Corruption risks and transparency",
  },
  "risk.page.processes": { it: "Mappatura dei processi", en: "Process catalogue" },
  "risk.page.noProcesses": { it: "Nessun processo mappato", en: "No process mapped" },
  "risk.page.assessments": {
    it: "Valutazione del rischio prima e dopo le misure",
    en: "Risk assessment before and after the measures",
  },
  "risk.page.event": { it: "Evento rischioso", en: "Risk event" },
  "risk.page.process": { it: "Processo (fase)", en: "Process (phase)" },
  "risk.page.before": { it: "Rischio prima delle misure", en: "Risk before the measures" },
  "risk.page.after": { it: "Rischio residuo", en: "Residual risk" },
  "risk.page.motivations": { it: "Motivazioni", en: "Motivations" },
  "risk.page.rating": {
    it: "{rating} (probabilità {probability}, impatto {impact})",
    en: "{rating} (probability {probability}, impact {impact})",
  },
  "risk.page.incomplete": { it: "incompleto", en: "incomplete" },
  "risk.page.notAssessed": { it: "non valutato", en: "not assessed" },
  "risk.page.noEvents": { it: "Nessun evento rischioso", en: "No risk events" },
  "risk.page.measures": { it: "Misure di prevenzione", en: "Prevention measures" },
  "risk.page.measure": { it: "Misura", en: "Measure" },
  "risk.page.kind": { it: "Tipo", en: "Kind" },
  "risk.page.unit": { it: "Struttura responsabile", en: "Responsible unit" },
  "risk.page.deadline": { it: "Scadenza", en: "Deadline" },
  "risk.page.indicator": { it: "Indicatore", en: "Indicator" },
  "risk.page.target": { it: "Target", en: "Target" },
  "risk.page.events": { it: "Eventi trattati", en: "Events treated" },
  "risk.page.noMeasures": { it: "Nessuna misura di prevenzione", en: "No prevention measures" },
  "risk.page.monitoring": {
    it: "Monitoraggio delle misure nelle campagne",
    en: "Monitoring of the measures in the campaigns",
  },
  "risk.page.noCampaigns": {
    it: "Nessuna campagna di monitoraggio aperta per questo piano",
    en: "No monitoring campaign opened for this plan",
  },
  "risk.page.obligations": {
    it: "Obblighi di pubblicazione (Amministrazione trasparente)",
    en: "Transparency obligations (Amministrazione trasparente)",
  },
  "risk.page.titulus": { it: "Sezione", en: "Section" },
  "risk.page.obligation": { it: "Obbligo", en: "Obligation" },
  "risk.page.legalReference": { it: "Riferimento normativo", en: "Legal reference" },
  "risk.page.producer": { it: "Produce il dato", en: "Produces the data" },
  "risk.page.publisher": { it: "Pubblica il dato", en: "Publishes the data" },
  "risk.page.frequency": { it: "Aggiornamento", en: "Update" },
  "risk.page.status": { it: "Stato", en: "Status" },
  "risk.page.noObligations": { it: "Nessun obbligo di pubblicazione", en: "No obligations" },
  "risk.mon.title": {
    it: "Attuazione delle misure di prevenzione",
    en: "Implementation of the prevention measures",
  },
  "risk.mon.caption": {
    it: "Stato di attuazione delle misure: {campaign}",
    en: "Status of the measures: {campaign}",
  },
  "risk.mon.status": { it: "Stato di attuazione", en: "Status" },
  "risk.mon.reason": { it: "Motivazione", en: "Reason" },
  "risk.mon.reasonHint": {
    it: "Obbligatoria se la misura è attuata solo in parte o non attuata",
    en: "Required when the measure is partly or not implemented",
  },
  "risk.mon.entered": { it: "Rilevato da", en: "Recorded by" },
  "risk.mon.notRecorded": { it: "non rilevato", en: "not recorded" },
  "risk.mon.record": { it: "Registra lo stato di attuazione", en: "Record the status" },
  "risk.mon.save": {
    it: "Salva lo stato della misura {measure}",
    en: "Save the status of measure {measure}",
  },
  "risk.mon.saved": {
    it: "Stato della misura {measure} salvato",
    en: "Status of measure {measure} saved",
  },
  "risk.mon.closed": {
    it: "La campagna è chiusa: lo stato delle misure non si può più modificare",
    en: "The campaign is closed: the measures' status can no longer be changed",
  },
});

const DATASETS: Record<string, [string, string, string, string]> = {
  "processi-rischio": [
    "Processi e rischi",
    "Processes and risks",
    "La mappatura dei processi della sezione 2.3 (area di rischio, macro-processo, processo, struttura, fasi) con gli eventi rischiosi e il rischio prima e dopo le misure.",
    "The process catalogue of section 2.3 (risk area, macro-process, process, unit, phases) with the risk events and the risk before and after the measures.",
  ],
  "misure-prevenzione": [
    "Misure di prevenzione",
    "Prevention measures",
    "Le misure di prevenzione della corruzione, generali e specifiche, con struttura, scadenza, indicatore e target, e lo stato di attuazione in ogni monitoraggio pubblicato.",
    "The anti-corruption measures, general and specific, with unit, deadline, indicator and target, and their status in each published monitoring.",
  ],
  "obblighi-trasparenza": [
    "Obblighi di trasparenza",
    "Transparency obligations",
    "La griglia degli obblighi di pubblicazione: sezione di Amministrazione trasparente (codici transparency-titulus), obbligo, riferimento normativo, strutture, aggiornamento e stato.",
    "The grid of transparency obligations: section of Amministrazione trasparente (transparency-titulus codes), obligation, legal reference, units, update frequency and status.",
  ],
};

registerCatalog(
  Object.fromEntries(
    Object.entries(DATASETS).flatMap(([id, [it, en, itAbout, enAbout]]) => [
      [`openData.dataset.${id}`, { it, en }],
      [`openData.dataset.${id}.description`, { it: itAbout, en: enAbout }],
      [`portal.data.${id}`, { it, en }],
      [`portal.data.${id}.about`, { it: itAbout, en: enAbout }],
    ]),
  ),
);

/** The legend of the codes of the 2.3 open data, from the labels above ("simplification" is already a tag's). */
const CODE_SOURCES = [
  "risk.lawArea",
  "risk.general",
  "risk.specific",
  "risk.status",
  "risk.frequency",
  "risk.obligationStatus",
  "risk.kind",
];
const codeLegend: Catalog = {
  "openData.code.not_recorded": { it: "non rilevato", en: "not recorded" },
};
for (const prefix of CODE_SOURCES) {
  for (const [key, text] of Object.entries(ALL)) {
    const code = key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : null;
    if (code && code !== "simplification" && !(`openData.code.${code}` in codeLegend)) {
      codeLegend[`openData.code.${code}`] = text;
    }
  }
}
registerCatalog(codeLegend);
