import { registerCatalog } from "./translate.ts";

registerCatalog({
  "user.badUsername": {
    it: "Nome utente non valido «{username}»: da 2 a 64 caratteri tra lettere, cifre, punto, trattino",
    en: "Invalid username «{username}»: 2 to 64 letters, digits, dots or dashes",
  },
  "user.badRole": { it: "Ruolo sconosciuto «{role}»", en: "Unknown role «{role}»" },
  "user.headNeedsUnit": {
    it: "Un dirigente deve avere la struttura di cui è responsabile (--unit)",
    en: "A head of unit needs the unit they answer for (--unit)",
  },
  "user.unknownUnit": {
    it: "La struttura «{unit}» non è tra quelle del piano: {units}",
    en: "The unit «{unit}» is not among the plan's units: {units}",
  },
  "user.exists": { it: "L'utente «{username}» esiste già", en: "User «{username}» already exists" },
  "user.notFound": {
    it: "Non esiste l'utente attivo «{username}»",
    en: "There is no active user «{username}»",
  },
  "auth.forbidden": {
    it: "Operazione non consentita al tuo ruolo",
    en: "Your role does not allow this operation",
  },
  "auth.notYourUnit": {
    it: "L'obiettivo {objective} non appartiene alla tua struttura",
    en: "Objective {objective} does not belong to your unit",
  },
  "settings.invalid": {
    it: "Le regole di misurazione non sono valide",
    en: "The measurement rules are not valid",
  },
  "conflict.stale.measurement": {
    it: "Modifica non salvata: la rilevazione {key} è stata cambiata da {by} ({at}, versione {version}) dopo che l'hai letta. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: the measurement {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "conflict.stale.forecast": {
    it: "Modifica non salvata: la previsione dell'obiettivo {key} è stata cambiata da {by} ({at}, versione {version}) dopo che l'hai letta. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: the forecast of objective {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "conflict.stale.settings": {
    it: "Modifica non salvata: le regole di misurazione dell'ente {key} è stata cambiata da {by} ({at}, versione {version}) dopo che l'hai letta. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: the measurement rules of administration {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "conflict.stale.campaign": {
    it: "Modifica non salvata: la campagna {key} è stata cambiata da {by} ({at}, versione {version}) dopo che l'hai letta. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: campaign {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "conflict.stale.reprogramming": {
    it: "Modifica non salvata: la richiesta di rimodulazione {key} è stata cambiata da {by} ({at}, versione {version}) dopo che l'hai letta. Campi diversi: {fields}. Ricarica e riprova.",
    en: "Change not saved: re-programming request {key} was changed by {by} ({at}, version {version}) after you read it. Differing fields: {fields}. Reload and try again.",
  },
  "reprogramming.alreadyDecided": {
    it: "La richiesta di rimodulazione {id} è già stata decisa da {by} il {at}",
    en: "Re-programming request {id} was already decided by {by} on {at}",
  },
  "campaign.notFound": { it: "Non esiste la campagna {id}", en: "There is no campaign {id}" },
  "campaign.yearOutsidePlan": {
    it: "L'anno {year} non è tra gli anni del piano {period}",
    en: "Year {year} is not among the plan's years {period}",
  },
  "campaign.badReferenceDate": {
    it: "Data di riferimento non valida «{date}»: serve una data dell'anno {year}",
    en: "Invalid reference date «{date}»: a date in {year} is required",
  },
  "campaign.exists": {
    it: "Esiste già una campagna {kind} per il {year}",
    en: "A {kind} campaign for {year} already exists",
  },
  "campaign.closed": {
    it: "La campagna {id} è chiusa ({at}): i suoi dati non si possono più modificare",
    en: "Campaign {id} is closed ({at}): its figures can no longer be changed",
  },
  "indicator.notFound": {
    it: "L'obiettivo {objective} non ha l'indicatore {indicator}",
    en: "Objective {objective} has no indicator {indicator}",
  },
  "objective.notFound": {
    it: "Non esiste l'obiettivo {objective}",
    en: "There is no objective {objective}",
  },
  "measurement.wrongKind": {
    it: "Il valore per l'indicatore {indicator} deve essere di tipo «{kind}»",
    en: "The value for indicator {indicator} must be of kind «{kind}»",
  },
  "measurement.badDate": {
    it: "Data non valida «{value}» per l'indicatore {indicator}",
    en: "Invalid date «{value}» for indicator {indicator}",
  },
  "measurement.badNumber": {
    it: "Il valore dell'indicatore {indicator} non è un numero",
    en: "The value of indicator {indicator} is not a number",
  },
  "forecast.bad": {
    it: "Previsione sconosciuta «{value}»: in linea, a rischio o critico",
    en: "Unknown forecast «{value}»: on track, at risk or critical",
  },
  "forecast.commentRequired": {
    it: "Per l'obiettivo {objective} a rischio o critico serve un commento",
    en: "Objective {objective} at risk or critical needs a comment",
  },
  "forecast.onlyMidyear": {
    it: "La previsione si indica solo nel monitoraggio infrannuale",
    en: "Forecasts belong to the mid-year monitoring only",
  },
  "evidence.empty": { it: "Il file {file} è vuoto", en: "The file {file} is empty" },
  "evidence.tooLarge": {
    it: "Il file {file} è di {size} MB: il massimo è {limit} MB",
    en: "The file {file} is {size} MB: the limit is {limit} MB",
  },
  "evidence.noMeasurement": {
    it: "Inserire prima il valore dell'indicatore {indicator}, poi allegare i documenti",
    en: "Enter the value of indicator {indicator} first, then attach documents",
  },
  "reprogramming.emptyDescription": {
    it: "La nuova descrizione dell'indicatore è vuota",
    en: "The new wording of the indicator is empty",
  },
  "reprogramming.justificationRequired": {
    it: "La rimodulazione richiede una motivazione (almeno {min} caratteri)",
    en: "A re-programming needs a justification (at least {min} characters)",
  },
  "reprogramming.notFound": {
    it: "Non esiste la richiesta di rimodulazione {id}",
    en: "There is no re-programming request {id}",
  },
  "reprogramming.rejectionNoteRequired": {
    it: "Per respingere una rimodulazione serve una motivazione",
    en: "Rejecting a re-programming needs a reason",
  },
  "monitor.rowsInvalid": {
    it: "{n} righe non sono valide: non è stato scritto nulla (usa --solo-valide per importare le altre)",
    itOne:
      "Una riga non è valida: non è stato scritto nulla (usa --solo-valide per importare le altre)",
    en: "{n} rows are invalid: nothing was written (use --solo-valide to import the others)",
    enOne: "One row is invalid: nothing was written (use --solo-valide to import the others)",
  },
  "neutralisation.reasonRequired": {
    it: "La neutralizzazione richiede la motivazione",
    en: "A neutralisation needs its reason",
  },
  "neutralisation.exists": { it: "{key} è già neutralizzato", en: "{key} is already neutralised" },
});

registerCatalog({
  "report.noCampaign.midyear": {
    it: "Non c'è una campagna di monitoraggio infrannuale per questo piano",
    en: "There is no mid-year monitoring campaign for this plan",
  },
  "report.noCampaign.yearend": {
    it: "Non c'è una campagna di monitoraggio a consuntivo per questo piano",
    en: "There is no year-end monitoring campaign for this plan",
  },
  "report.wrongCampaignKind.midyear": {
    it: "La campagna {id} non è un monitoraggio infrannuale",
    en: "Campaign {id} is not a mid-year monitoring",
  },
  "report.wrongCampaignKind.yearend": {
    it: "La campagna {id} non è un monitoraggio a consuntivo",
    en: "Campaign {id} is not a year-end monitoring",
  },
});
