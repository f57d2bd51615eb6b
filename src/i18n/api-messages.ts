/** The words of the REST API: tokens (page, command, service), write problems, the reference page. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "api.tokenInvalid": {
    it: "Il token API non è valido: sconosciuto, revocato o scaduto",
    en: "The API token is not valid: unknown, revoked or expired",
  },
  "api.badIfMatch": {
    it: 'If-Match deve essere il numero dell\'edizione o della versione letta, es. "3"',
    en: 'If-Match must be the number of the edition or version read, e.g. "3"',
  },
  "api.expectedRequired": {
    it: "Indicare {field} (o l'intestazione If-Match): l'edizione o la versione su cui si basa la modifica",
    en: "Give {field} (or the If-Match header): the edition or version the change is based on",
  },
  "api.staleEdition": {
    it: "Il piano è cambiato nel frattempo: la richiesta si basava sull'edizione {expected}, ora è in vigore l'edizione {edition}. Non è stato salvato nulla: rileggere e riprovare. Cosa è cambiato: vedere «errors».",
    en: "The plan changed meanwhile: the request was based on edition {expected}, edition {edition} is now current. Nothing was saved: read again and retry. What changed: see «errors».",
  },
  "api.stale.added": { it: "aggiunto nel frattempo", en: "added meanwhile" },
  "api.stale.removed": { it: "eliminato nel frattempo", en: "removed meanwhile" },
  "api.stale.changed": {
    it: "modificato nel frattempo: {fields}",
    en: "changed meanwhile: {fields}",
  },
  "api.stale.part": { it: "modificato nel frattempo", en: "changed meanwhile" },
  "api.otherAdministration": {
    it: "Il token agisce solo per la propria amministrazione: il piano è di un'altra",
    en: "The token acts for its own administration only: the plan is another's",
  },

  "apiToken.invalid": { it: "Dati del token non validi", en: "Invalid token data" },
  "apiToken.badName": {
    it: "Indicare un nome (al massimo {max} caratteri)",
    en: "Give a name (at most {max} characters)",
  },
  "apiToken.badRole": {
    it: "Ruolo «{role}» non ammesso per un token",
    en: "Role «{role}» is not allowed for a token",
  },
  "apiToken.headNeedsUnit": {
    it: "Un token con ruolo dirigente deve avere una struttura",
    en: "A token with the head-of-unit role needs a unit",
  },
  "apiToken.badExpiry": { it: "Data di scadenza non valida", en: "Not a valid expiry date" },
  "apiToken.pastExpiry": {
    it: "La scadenza deve essere nel futuro",
    en: "The expiry must be in the future",
  },
  "apiToken.nameTaken": {
    it: "Esiste già un token attivo di nome «{name}»",
    en: "There already is an active token named «{name}»",
  },
  "apiToken.noAdministration": {
    it: "Non esiste un'amministrazione con id {id}",
    en: "There is no administration with id {id}",
  },
  "apiToken.notFound": { it: "Token {id} non trovato", en: "Token {id} not found" },

  "nav.tokens": { it: "Token API", en: "API tokens" },
  "tokens.lead": {
    it: "I token con cui altri sistemi (protocollo, sito istituzionale, strumenti di analisi) usano le API REST dell'amministrazione, ciascuno con un ruolo.",
    en: "The tokens other systems (protocol register, institutional site, analysis tools) call the administration's REST API with, each with a role.",
  },
  "tokens.caption": { it: "Token API", en: "API tokens" },
  "tokens.none": { it: "Nessun token.", en: "No tokens." },
  "tokens.docs": { it: "Documentazione delle API", en: "API documentation" },
  "tokens.new": { it: "Nuovo token", en: "New token" },
  "tokens.create": { it: "Crea il token", en: "Create the token" },
  "tokens.name": { it: "Nome", en: "Name" },
  "tokens.nameHint": {
    it: "Per riconoscerlo nell'elenco e nel registro delle modifiche, es. «protocollo»",
    en: "To tell it apart in the list and in the audit trail, e.g. «protocol»",
  },
  "tokens.roleHint": {
    it: "Il token può fare ciò che il ruolo consente, solo per questa amministrazione",
    en: "The token may do what the role allows, for this administration only",
  },
  "tokens.unitHint": {
    it: "Solo per un dirigente: la struttura di cui risponde",
    en: "Only for a head of unit: the unit they answer for",
  },
  "tokens.expiresOn": { it: "Scadenza (facoltativa)", en: "Expiry (optional)" },
  "tokens.expiresHint": {
    it: "Ultimo giorno di validità, gg/mm/aaaa; vuoto: fino alla revoca",
    en: "Last day of validity, dd/mm/yyyy; empty: until revoked",
  },
  "tokens.badRole": { it: "Scegli un ruolo", en: "Choose a role" },
  "tokens.badDate": {
    it: "Data non valida: scrivila come gg/mm/aaaa",
    en: "Not a valid date: write it as dd/mm/yyyy",
  },
  "tokens.prefix": { it: "Inizio", en: "Starts with" },
  "tokens.createdAt": { it: "Creato", en: "Created" },
  "tokens.validUntil": { it: "Valido fino al", en: "Valid until" },
  "tokens.lastUsed": { it: "Ultimo uso", en: "Last used" },
  "tokens.state": { it: "Stato", en: "State" },
  "tokens.state.active": { it: "attivo", en: "active" },
  "tokens.state.expired": { it: "scaduto", en: "expired" },
  "tokens.state.revoked": { it: "revocato", en: "revoked" },
  "tokens.revoke": { it: "Revoca", en: "Revoke" },
  "tokens.created": { it: "Token «{name}» creato", en: "Token «{name}» created" },
  "tokens.copyNow": {
    it: "Copialo ora e conservalo in modo sicuro: non sarà più mostrato. Se va perso, revocalo e creane un altro.",
    en: "Copy it now and keep it safe: it will not be shown again. If it is lost, revoke it and make another.",
  },
  "tokens.secret": { it: "Il token", en: "The token" },
  "tokens.revokeTitle": { it: "Revoca del token «{name}»", en: "Revoking token «{name}»" },
  "tokens.revokeWarning": {
    it: "Dopo la revoca, i sistemi che usano il token «{name}» non potranno più accedere alle API. L'operazione non si annulla.",
    en: "Once revoked, the systems using token «{name}» can no longer call the API. This cannot be undone.",
  },
  "tokens.revokeConfirm": { it: "Revoca il token", en: "Revoke the token" },
  "tokens.cancel": { it: "Annulla", en: "Cancel" },
  "tokens.revoked": { it: "Token «{name}» revocato.", en: "Token «{name}» revoked." },

  "cli.tokens.created": {
    it: "Token {id} «{name}» ({role}) creato: il segreto qui sotto non sarà più mostrato.",
    en: "Token {id} «{name}» ({role}) created: the secret below will not be shown again.",
  },
  "cli.tokens.revoked": { it: "Token {id} «{name}» revocato", en: "Token {id} «{name}» revoked" },
});

registerCatalog({
  "apiDocs.title": { it: "API REST", en: "REST API" },
  "apiDocs.lead": {
    it: "I PIAO pubblicati, con obiettivi, indicatori, target, rilevazioni e grado di raggiungimento, in JSON. Versione {version}.",
    en: "The published PIAO plans, with objectives, indicators, targets, measurements and achievement, as JSON. Version {version}.",
  },
  "apiDocs.contents": { it: "Indice", en: "Contents" },
  "apiDocs.usage": { it: "Come si usa", en: "How to use it" },
  "apiDocs.usage.base": { it: "Indirizzo di base:", en: "Base address:" },
  "apiDocs.usage.document": {
    it: "La descrizione completa, da cui è fatta questa pagina, è il documento OpenAPI",
    en: "The full description, which this page is made from, is the OpenAPI document",
  },
  "apiDocs.usage.paging": {
    it: "Gli elenchi sono a pagine: page (da 1) e pageSize (al massimo 200); page.total dice quanti sono in tutto.",
    en: "Lists come in pages: page (from 1) and pageSize (at most 200); page.total says how many there are.",
  },
  "apiDocs.usage.cache": {
    it: "Le letture rispondono con ETag e Last-Modified: ripetendo la richiesta con If-None-Match si riceve 304 se nulla è cambiato.",
    en: "Reads answer with ETag and Last-Modified: repeat the request with If-None-Match to get 304 when nothing changed.",
  },
  "apiDocs.usage.published": {
    it: "Si leggono solo i piani e le campagne pubblicati: il resto risponde 404. Nessun dato personale (nomi dei dirigenti, note) è esposto.",
    en: "Only published plans and campaigns can be read: the rest answers 404. No personal data (heads' names, notes) is exposed.",
  },
  "apiDocs.usage.language": {
    it: "I messaggi di errore sono in italiano; in inglese con Accept-Language: en.",
    en: "Error messages are in Italian; in English with Accept-Language: en.",
  },
  "apiDocs.authentication": { it: "Autenticazione", en: "Authentication" },
  "apiDocs.auth.reads": {
    it: "Le letture dei dati pubblicati sono aperte a tutti, senza token.",
    en: "Reads of published data are open to all, without a token.",
  },
  "apiDocs.auth.tokens": {
    it: "Le scritture richiedono un token API dell'amministrazione, creato dal suo amministratore nella pagina «Token API» o con «piao tokens create». Il token si invia nell'intestazione:",
    en: "Writes need an API token of the administration, created by its administrator on the «API tokens» page or with «piao tokens create». The token goes in the header:",
  },
  "apiDocs.auth.header": { it: "Intestazione di autenticazione", en: "Authentication header" },
  "apiDocs.auth.roles": {
    it: "Il token agisce con il suo ruolo, solo per la sua amministrazione; un dirigente solo sulla propria struttura. Altrimenti: 403. Un token sconosciuto, revocato o scaduto: 401.",
    en: "The token acts with its role, for its own administration only; a head of unit only on their unit. Otherwise: 403. An unknown, revoked or expired token: 401.",
  },
  "apiDocs.auth.concurrency": {
    it: "Ogni modifica indica l'edizione del piano (expectedEdition) o la versione della rilevazione (expectedVersion) su cui si basa, nel corpo o in If-Match: se nel frattempo è cambiata, la risposta è 409 e dice cosa è cambiato; nulla viene salvato.",
    en: "Each change gives the plan's edition (expectedEdition) or the measurement's version (expectedVersion) it is based on, in the body or in If-Match: if it changed meanwhile, the answer is 409, saying what changed; nothing is saved.",
  },
  "apiDocs.auth.rateLimit": {
    it: "Al massimo {n} scritture al minuto per token; oltre: 429.",
    en: "At most {n} writes a minute per token; beyond: 429.",
  },
  "apiDocs.auth.cookies": {
    it: "I cookie dell'applicazione non valgono per le API: solo il token.",
    en: "The application's cookies do not count for the API: only the token does.",
  },
  "apiDocs.tag.Published data": { it: "Dati pubblicati", en: "Published data" },
  "apiDocs.tag.Writes": { it: "Scritture", en: "Writes" },
  "apiDocs.access": { it: "Accesso", en: "Access" },
  "apiDocs.access.public": { it: "libero, senza token", en: "open, no token" },
  "apiDocs.access.token": {
    it: "token API con ruolo {roles}",
    en: "API token with role {roles}",
  },
  "apiDocs.parameters": { it: "Parametri", en: "Parameters" },
  "apiDocs.name": { it: "Nome", en: "Name" },
  "apiDocs.in": { it: "Dove", en: "In" },
  "apiDocs.in.path": { it: "percorso", en: "path" },
  "apiDocs.in.query": { it: "query", en: "query" },
  "apiDocs.required": { it: "Obbligatorio", en: "Required" },
  "apiDocs.yes": { it: "sì", en: "yes" },
  "apiDocs.no": { it: "no", en: "no" },
  "apiDocs.type": { it: "Tipo", en: "Type" },
  "apiDocs.description": { it: "Descrizione", en: "Description" },
  "apiDocs.body": { it: "Corpo della richiesta", en: "Request body" },
  "apiDocs.responses": { it: "Risposte", en: "Responses" },
  "apiDocs.status": { it: "Stato", en: "Status" },
  "apiDocs.content": { it: "Contenuto", en: "Content" },
  "apiDocs.example": { it: "Esempio", en: "Example" },
  "apiDocs.exampleOf": { it: "Esempio di {id}", en: "Example of {id}" },
  "apiDocs.any": { it: "qualsiasi", en: "any" },
  "apiDocs.arrayOf": { it: "elenco di", en: "array of" },
  "apiDocs.object": { it: "oggetto", en: "object" },
  "apiDocs.optional": { it: "facoltativo", en: "optional" },
  "apiDocs.schemas": { it: "Schemi", en: "Schemas" },
  "apiDocs.problems": { it: "Problemi", en: "Problems" },
  "apiDocs.problemsIntro": {
    it: "Ogni errore risponde application/problem+json (RFC 9457): type (un indirizzo di questa sezione), title, status, detail, instance e, per i dati non validi, errors con un elemento per campo (query.x, params.x, body.percorso.del.campo).",
    en: "Every error answers application/problem+json (RFC 9457): type (an address in this section), title, status, detail, instance and, for invalid input, errors with one entry per field (query.x, params.x, body.path.to.field).",
  },
  "apiDocs.problemExample": { it: "Esempio di problema", en: "Example of a problem" },
  "apiDocs.problem.dati-non-validi": {
    it: "Parametri, query o corpo non validi, o JSON malformato: errors dice quale campo e perché. Nulla è stato salvato.",
    en: "Invalid parameters, query or body, or malformed JSON: errors says which field and why. Nothing was saved.",
  },
  "apiDocs.problem.autenticazione-richiesta": {
    it: "Serve un token API valido (Authorization: Bearer …): mancante, sconosciuto, revocato o scaduto.",
    en: "A valid API token is needed (Authorization: Bearer …): missing, unknown, revoked or expired.",
  },
  "apiDocs.problem.non-consentito": {
    it: "Il ruolo del token non lo consente, o il record è di un'altra amministrazione o di un'altra struttura.",
    en: "The token's role does not allow it, or the record is another administration's or another unit's.",
  },
  "apiDocs.problem.non-trovato": {
    it: "Non esiste, o non è pubblicato.",
    en: "It does not exist, or it is not published.",
  },
  "apiDocs.problem.metodo-non-consentito": {
    it: "Il metodo HTTP non vale per questo indirizzo.",
    en: "The HTTP method does not apply to this address.",
  },
  "apiDocs.problem.formato-non-disponibile": {
    it: "Il formato richiesto non è disponibile.",
    en: "The format asked for is not available.",
  },
  "apiDocs.problem.conflitto": {
    it: "Il record è cambiato dopo che lo si è letto (edizione o versione diversa), o la campagna è chiusa: errors dice cosa è cambiato. Nulla è stato salvato.",
    en: "The record changed after it was read (another edition or version), or the campaign is closed: errors says what changed. Nothing was saved.",
  },
  "apiDocs.problem.troppo-grande": {
    it: "Il corpo della richiesta supera il limite.",
    en: "The request body is over the limit.",
  },
  "apiDocs.problem.tipo-non-supportato": {
    it: "Il corpo deve essere JSON (Content-Type: application/json).",
    en: "The body must be JSON (Content-Type: application/json).",
  },
  "apiDocs.problem.troppe-richieste": {
    it: "Troppe scritture con questo token: riprovare dopo i secondi indicati da Retry-After.",
    en: "Too many writes with this token: retry after the seconds Retry-After gives.",
  },
  "apiDocs.problem.errore-interno": {
    it: "Errore del server: detail riporta un identificativo da comunicare all'assistenza.",
    en: "Server error: detail gives an id to pass on to support.",
  },
  "apiDocs.problem.errore": { it: "Altro problema.", en: "Another problem." },
  "apiDocs.op.listAdministrations": {
    it: "Amministrazioni con un piano pubblicato",
    en: "Administrations with a published plan",
  },
  "apiDocs.op.getAdministration": {
    it: "Un'amministrazione con i suoi piani pubblicati",
    en: "An administration with its published plans",
  },
  "apiDocs.op.listPlans": {
    it: "Piani pubblicati, dal più recente",
    en: "Published plans, newest first",
  },
  "apiDocs.op.getPlan": {
    it: "Un piano pubblicato: dati del Portale PIAO, sezioni, ambiti, strutture, campagne",
    en: "A published plan: Portale PIAO metadata, sections, areas, units, campaigns",
  },
  "apiDocs.op.listObjectives": {
    it: "Gli obiettivi di un piano pubblicato",
    en: "The objectives of a published plan",
  },
  "apiDocs.op.getObjective": {
    it: "Un obiettivo con indicatori, target e, per ogni campagna pubblicata, i risultati",
    en: "An objective with its indicators, targets and, per published campaign, results",
  },
  "apiDocs.op.listIndicators": {
    it: "Gli indicatori di un piano pubblicato, con i target",
    en: "The indicators of a published plan, with their targets",
  },
  "apiDocs.op.listAchievements": {
    it: "Grado di raggiungimento nelle campagne pubblicate: ente, strutture, ambiti, temi, obiettivi",
    en: "Achievement in the published campaigns: administration, units, areas, tags, objectives",
  },
  "apiDocs.op.importPlan": {
    it: "Importa un piano (bundle JSON): un piano nuovo o una nuova edizione",
    en: "Imports a plan (JSON bundle): a new plan, or a new edition",
  },
  "apiDocs.op.createObjective": {
    it: "Aggiunge un obiettivo al piano (nuova edizione)",
    en: "Adds an objective to the plan (a new edition)",
  },
  "apiDocs.op.updateObjective": {
    it: "Modifica un obiettivo (nuova edizione); gli indicatori restano",
    en: "Changes an objective (a new edition); its indicators stay",
  },
  "apiDocs.op.createIndicator": {
    it: "Aggiunge un indicatore a un obiettivo (nuova edizione)",
    en: "Adds an indicator to an objective (a new edition)",
  },
  "apiDocs.op.updateIndicator": {
    it: "Modifica un indicatore: descrizione, tipo, target, peso (nuova edizione)",
    en: "Changes an indicator: description, kind, targets, weight (a new edition)",
  },
  "apiDocs.op.putMeasurement": {
    it: "Inserisce o corregge la rilevazione di un indicatore in una campagna aperta",
    en: "Enters or corrects an indicator's measurement in an open campaign",
  },
});
