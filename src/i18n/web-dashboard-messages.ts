/** The words of the dashboard, the deadlines and the Nucleo di valutazione's validation. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "dash.lead": {
    it: "{name}: monitoraggio {campaign}, alla data del {date}",
    en: "{name}: {campaign} monitoring, as at {date}",
  },
  "dash.chooseCampaign": { it: "Campagna di monitoraggio", en: "Monitoring campaign" },
  "dash.show": { it: "Mostra", en: "Show" },
  "dash.provisional": {
    it: "La campagna è aperta: i risultati sono provvisori e cambiano con le rilevazioni.",
    en: "The campaign is open: the results are provisional and change as figures are entered.",
  },
  "dash.noCampaign": {
    it: "Per il {plan} non è ancora stata aperta nessuna campagna di monitoraggio: il cruscotto si popola con la prima campagna.",
    en: "No monitoring campaign has been opened yet for {plan}: the dashboard fills in with the first campaign.",
  },
  "dash.openCampaign": { it: "Apri una campagna", en: "Open a campaign" },
  "dash.overallHeading": {
    it: "Performance organizzativa dell'ente",
    en: "Organisational performance",
  },
  "dash.overall": { it: "Punteggio complessivo di {name}", en: "Overall score of {name}" },
  "dash.byUnit": { it: "Raggiungimento per struttura", en: "Achievement by unit" },
  "dash.byAction": {
    it: "Raggiungimento per ambito di azione positiva",
    en: "Achievement by positive-action area",
  },
  "dash.byTag": {
    it: "Raggiungimento per tema trasversale",
    en: "Achievement by cross-cutting theme",
  },
  "dash.unit": { it: "Struttura", en: "Unit" },
  "dash.action": { it: "Ambito di azione", en: "Action area" },
  "dash.tag": { it: "Tema", en: "Theme" },
  "dash.score": { it: "Grado di raggiungimento", en: "Achievement" },
  "dash.band": { it: "Fascia", en: "Band" },
  "dash.indicatorsCounted": { it: "Obiettivi valutati", en: "Objectives scored" },
  "dash.counted": { it: "{counted} su {total}", en: "{counted} of {total}" },
  "dash.objectivesCounted": { it: "{counted} su {total}", en: "{counted} of {total}" },
  "dash.computed": { it: "Punteggio calcolato", en: "Computed score" },
  "dash.validated": { it: "Punteggio validato", en: "Validated score" },
  "dash.reason": { it: "Motivazione", en: "Reason" },
  "dash.objectives": { it: "Obiettivi", en: "Objectives" },
  "dash.objective": { it: "Obiettivo", en: "Objective" },
  "dash.indicators": { it: "Indicatori", en: "Indicators" },
  "dash.indicator": { it: "Indicatore", en: "Indicator" },
  "dash.code": { it: "Codice", en: "Code" },
  "dash.target": { it: "Target", en: "Target" },
  "dash.measured": { it: "Valore rilevato", en: "Measured value" },
  "dash.result": { it: "Risultato", en: "Result" },
  "dash.band.achieved": { it: "raggiunto", en: "achieved" },
  "dash.band.partial": { it: "parzialmente raggiunto", en: "partly achieved" },
  "dash.band.not_achieved": { it: "non raggiunto", en: "not achieved" },
  "dash.tag.gender_equality": { it: "Parità di genere", en: "Gender equality" },
  "dash.tag.digitalisation": { it: "Digitalizzazione", en: "Digitalisation" },
  "dash.tag.accessibility": { it: "Accessibilità", en: "Accessibility" },
  "dash.tag.simplification": { it: "Semplificazione", en: "Simplification" },

  "dash.validation.title": {
    it: "Validazione del Nucleo di valutazione",
    en: "Evaluation board validation",
  },
  "dash.validation.caption": {
    it: "Punteggi calcolati e validati, per obiettivo",
    en: "Computed and validated scores, by objective",
  },
  "dash.validation.administration": {
    it: "Ente nel suo complesso",
    en: "The administration as a whole",
  },
  "dash.validation.action": { it: "Azione", en: "Action" },
  "dash.validation.record": { it: "Valida", en: "Validate" },
  "dash.validation.change": { it: "Modifica la validazione", en: "Change the validation" },
  "dash.validation.formTitle": { it: "Validazione: {label}", en: "Validation: {label}" },
  "dash.validation.score": { it: "Punteggio validato (0–100)", en: "Validated score (0–100)" },
  "dash.validation.scoreHint": {
    it: "Un numero da 0 a 100, con la virgola per i decimali (es. 87,5).",
    en: "A number from 0 to 100, with a comma for decimals (e.g. 87,5).",
  },
  "dash.validation.scoreRange": {
    it: "Il punteggio deve essere un numero da 0 a 100 (es. 87,5).",
    en: "The score must be a number from 0 to 100 (e.g. 87,5).",
  },
  "dash.validation.reasonRequired": {
    it: "La motivazione è obbligatoria.",
    en: "The reason is required.",
  },
  "dash.validation.submit": { it: "Registra la validazione", en: "Record the validation" },
  "dash.validation.saved": {
    it: "Validazione registrata: {label}.",
    en: "Validation recorded: {label}.",
  },
  "dash.validation.notYearEnd": {
    it: "La campagna {id} non è a consuntivo: il Nucleo valida solo i punteggi finali.",
    en: "Campaign {id} is not a year-end campaign: the board validates final scores only.",
  },

  "dash.deadlines.lead": {
    it: "{plan}, anno {year}: situazione al {date}",
    en: "{plan}, year {year}: as at {date}",
  },
  "dash.deadlines.dueSoon": {
    it: "In scadenza nei prossimi {n} giorni",
    en: "Due in the next {n} days",
  },
  "dash.deadlines.overdue": { it: "In ritardo", en: "Overdue" },
  "dash.deadlines.met": { it: "Rispettate", en: "Met" },
  "dash.deadlines.due": { it: "Scadenza", en: "Due" },
  "dash.deadlines.reprogrammed": { it: "rimodulata", en: "re-programmed" },
  "dash.deadlines.daysLeft": { it: "Mancano", en: "Left" },
  "dash.deadlines.daysLate": { it: "Ritardo", en: "Delay" },
  "dash.deadlines.doneOn": { it: "Realizzato il", en: "Done on" },
  "dash.deadlines.inDays": {
    it: "{n} giorni",
    itOne: "1 giorno",
    en: "{n} days",
    enOne: "1 day",
  },
  "dash.deadlines.lateDays": {
    it: "{n} giorni di ritardo",
    itOne: "1 giorno di ritardo",
    en: "{n} days late",
    enOne: "1 day late",
  },
  "dash.deadlines.onTime": { it: "nei tempi", en: "on time" },
  "dash.deadlines.none": { it: "Nessuna scadenza.", en: "No deadlines." },
  "dash.deadlines.onlyUnit": {
    it: "Sono mostrate le scadenze di {unit} e delle sue strutture.",
    en: "Showing the deadlines of {unit} and its sub-units.",
  },
  "dash.deadlines.showAll": { it: "Mostra tutte le scadenze", en: "Show all deadlines" },
  "dash.deadlines.showMine": { it: "Mostra solo la mia struttura", en: "Show my unit only" },
  "dash.deadlines.noCampaign": {
    it: "Nessuna campagna di monitoraggio aperta per il {year}: le scadenze risultano non ancora realizzate.",
    en: "No monitoring campaign open for {year}: no deadline is recorded as done yet.",
  },
});
