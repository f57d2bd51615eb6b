/** The words of publication and of the API's problems (shared by every public part). */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "publication.invalid": {
    it: "I dati della pubblicazione non sono validi",
    en: "The publication data are not valid",
  },
  "publication.badDate": {
    it: "{field}: data non valida (gg/mm/aaaa)",
    en: "{field}: not a valid date (dd/mm/yyyy)",
  },
  "publication.actRequired": {
    it: "{field}: indicare gli estremi dell'atto di approvazione",
    en: "{field}: give the reference of the approving act",
  },
  "publication.authorityRequired": {
    it: "{field}: indicare l'organo che ha approvato il piano",
    en: "{field}: give the authority that approved the plan",
  },
  "publication.badUrl": {
    it: "{field}: indirizzo non valido (deve iniziare con http:// o https://)",
    en: "{field}: not a valid address (must start with http:// or https://)",
  },
  "publication.tooLong": { it: "{field}: testo troppo lungo", en: "{field}: text too long" },
  "publication.noEdition": {
    it: "Il piano non ha ancora un'edizione da pubblicare",
    en: "The plan has no edition to publish yet",
  },
  "publication.notPublished": { it: "Non è pubblicato", en: "It is not published" },
  "publication.reasonRequired": {
    it: "Indicare il motivo del ritiro dalla pubblicazione",
    en: "Give the reason for withdrawing the publication",
  },
  "publication.campaignOpen": {
    it: "La campagna {id} è ancora aperta: si pubblicano solo i risultati di una campagna chiusa",
    en: "Campaign {id} is still open: only the results of a closed campaign are published",
  },
  "publication.planNotPublished": {
    it: "Prima di pubblicare i risultati occorre pubblicare il piano",
    en: "The plan must be published before its results",
  },
  "public.notFound": {
    it: "Non esiste, o non è pubblicato",
    en: "It does not exist, or it is not published",
  },
  "api.problem.400": { it: "Dati non validi", en: "Invalid input" },
  "api.problem.401": { it: "Autenticazione richiesta", en: "Authentication required" },
  "api.problem.403": { it: "Operazione non consentita", en: "Not allowed" },
  "api.problem.404": { it: "Non trovato", en: "Not found" },
  "api.problem.405": { it: "Metodo non consentito", en: "Method not allowed" },
  "api.problem.406": { it: "Formato non disponibile", en: "Format not available" },
  "api.problem.409": { it: "Conflitto", en: "Conflict" },
  "api.problem.413": { it: "Richiesta troppo grande", en: "Request too large" },
  "api.problem.415": { it: "Tipo di contenuto non supportato", en: "Unsupported content type" },
  "api.problem.429": { it: "Troppe richieste", en: "Too many requests" },
  "api.problem.500": { it: "Errore interno", en: "Internal error" },
  "api.invalidInput": {
    it: "Alcuni campi non sono validi: vedere «errors»",
    en: "Some fields are not valid: see «errors»",
  },
  "api.tokenRequired": {
    it: "Serve un token API valido nell'intestazione Authorization: Bearer …",
    en: "A valid API token is required in the Authorization: Bearer … header",
  },
  "api.unsupportedType": {
    it: "Il corpo della richiesta deve essere JSON (Content-Type: application/json)",
    en: "The request body must be JSON (Content-Type: application/json)",
  },
  "api.tooMany": {
    it: "Troppe richieste: riprovare tra poco",
    en: "Too many requests: retry shortly",
  },
  "api.badRequest": { it: "Richiesta non valida: {message}", en: "Bad request: {message}" },
  "api.changedBySomeoneElse": {
    it: "modificato nel frattempo; valore attuale {current}",
    en: "changed meanwhile; current value {current}",
  },
});

registerCatalog({
  "public.nav.label": { it: "Menu del portale pubblico", en: "Public portal menu" },
  "public.nav.administrations": { it: "Amministrazioni", en: "Administrations" },
  "public.nav.comparison": { it: "Confronto", en: "Comparison" },
  "public.nav.openData": { it: "Dati aperti", en: "Open data" },
  "public.nav.api": { it: "API", en: "API" },
  "public.reservedArea": { it: "Area riservata", en: "Staff area" },
});
