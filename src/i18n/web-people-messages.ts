/** The words of the calendar feed, the e-mail reminders, the OpenID Connect sign-in and user administration. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "cal.title": { it: "Calendario delle scadenze", en: "Deadline calendar" },
  "cal.intro": {
    it: "Le scadenze dei tuoi indicatori e le chiusure delle campagne di monitoraggio, nel tuo calendario (Outlook, Thunderbird, Google Calendar, telefono).",
    en: "The deadlines of your indicators and the closing of the monitoring campaigns, in your calendar (Outlook, Thunderbird, Google Calendar, phone).",
  },
  "cal.subscribe": { it: "Iscriviti al calendario", en: "Subscribe to the calendar" },
  "cal.address": { it: "Indirizzo da copiare:", en: "Address to copy:" },
  "cal.secret": {
    it: "Chi conosce questo indirizzo vede le tue scadenze: non condividerlo. Se serve, generane uno nuovo: il precedente smette di funzionare.",
    en: "Whoever knows this address sees your deadlines: do not share it. If needed, make a new one: the old one stops working.",
  },
  "cal.none": {
    it: "Non hai ancora un indirizzo per il calendario.",
    en: "You have no calendar address yet.",
  },
  "cal.create": { it: "Crea l'indirizzo del calendario", en: "Create the calendar address" },
  "cal.renew": { it: "Genera un nuovo indirizzo", en: "Make a new address" },
  "cal.renewed": {
    it: "Nuovo indirizzo del calendario creato: il precedente non funziona più.",
    en: "New calendar address created: the previous one no longer works.",
  },
  "cal.unknownFeed": {
    it: "Questo calendario non esiste o il suo indirizzo è stato rinnovato.",
    en: "This calendar does not exist or its address has been renewed.",
  },

  "users.caption": { it: "Utenti dell'installazione", en: "Users of the installation" },
  "users.new": { it: "Nuovo utente", en: "New user" },
  "users.create": { it: "Crea l'utente", en: "Create the user" },
  "users.active": { it: "Attivo", en: "Active" },
  "users.actions": { it: "Azioni", en: "Actions" },
  "users.yes": { it: "sì", en: "yes" },
  "users.no": { it: "no", en: "no" },
  "users.choose": { it: "Scegli…", en: "Choose…" },
  "users.resetPassword": { it: "Nuova password", en: "New password" },
  "users.disable": { it: "Disattiva", en: "Disable" },
  "users.enable": { it: "Riattiva", en: "Enable" },
  "users.usernameHint": {
    it: "Da 2 a 64 caratteri: lettere, cifre, punto, trattino, trattino basso.",
    en: "2 to 64 characters: letters, digits, dot, hyphen, underscore.",
  },
  "users.administrationHint": {
    it: "Non serve per l'amministratore di sistema.",
    en: "Not needed for a system administrator.",
  },
  "users.unitHint": {
    it: "Solo per un dirigente: la struttura di cui è responsabile (e le sue sotto-strutture).",
    en: "Only for a head of unit: the unit they answer for (and its sub-units).",
  },
  "users.badUsername": {
    it: "Da 2 a 64 caratteri: lettere, cifre, punto, trattino, trattino basso",
    en: "2 to 64 characters: letters, digits, dot, hyphen, underscore",
  },
  "users.badRole": { it: "Scegli un ruolo", en: "Choose a role" },
  "users.badEmail": {
    it: "Indirizzo e-mail non valido (es. nome.cognome@ente.it)",
    en: "Not a valid e-mail address (e.g. name.surname@body.it)",
  },
  "users.administrationNeeded": {
    it: "Scegli l'amministrazione dell'utente",
    en: "Choose the user's administration",
  },
  "users.headNeedsUnit": {
    it: "Un dirigente deve avere una struttura dell'amministrazione scelta",
    en: "A head of unit needs a unit of the chosen administration",
  },
  "users.created": {
    it: "Utente {username} creato. Password: {password} — comunicala all'interessato: non sarà più mostrata.",
    en: "User {username} created. Password: {password} — give it to them: it will not be shown again.",
  },
  "users.passwordReset": {
    it: "Nuova password di {username}: {password} — non sarà più mostrata. Le sue sessioni aperte sono state chiuse.",
    en: "New password of {username}: {password} — it will not be shown again. Their open sessions were ended.",
  },
  "users.disabled": {
    it: "Utente {username} disattivato: le sue sessioni sono state chiuse.",
    en: "User {username} disabled: their sessions were ended.",
  },
  "users.enabled": { it: "Utente {username} riattivato.", en: "User {username} enabled again." },
  "users.notYourself": {
    it: "Non puoi disattivare il tuo stesso account.",
    en: "You cannot disable your own account.",
  },
  "users.notFound": { it: "Utente {id} non trovato.", en: "User {id} not found." },
  "users.badState": { it: "Richiesta non valida.", en: "Invalid request." },

  "remind.noMail": {
    it: "La posta non è configurata: impostare PIAO_SMTP_URL (e PIAO_MAIL_FROM).",
    en: "Mail is not configured: set PIAO_SMTP_URL (and PIAO_MAIL_FROM).",
  },
  "remind.sent": { it: "inviato a {to}: {subject}", en: "sent to {to}: {subject}" },
  "remind.failed": {
    it: "NON inviato a {to} ({subject}): {error}",
    en: "NOT sent to {to} ({subject}): {error}",
  },
  "remind.summary": {
    it: "Promemoria inviati: {sent}, non riusciti: {failed}.",
    en: "Reminders sent: {sent}, failed: {failed}.",
  },
  "remind.timerFailed": {
    it: "Promemoria per e-mail non riusciti: {error}",
    en: "E-mail reminders failed: {error}",
  },

  "oidc.notConfigured": {
    it: "L'accesso con SPID o CIE non è configurato su questa installazione.",
    en: "Sign-in with SPID or CIE is not configured on this installation.",
  },
  "oidc.providerError": {
    it: "Il servizio di identità non ha confermato l'accesso ({reason}). Riprova dalla pagina di accesso.",
    en: "The identity service did not confirm the sign-in ({reason}). Try again from the sign-in page.",
  },
  "oidc.expired": {
    it: "La richiesta di accesso è scaduta o non è partita da qui. Riprova dalla pagina di accesso.",
    en: "The sign-in request expired or did not start here. Try again from the sign-in page.",
  },
  "oidc.unknownPerson": {
    it: "La tua identità è stata verificata, ma non hai un account su questa applicazione. Chiedi all'amministratore di sistema di crearlo con il tuo indirizzo e-mail.",
    en: "Your identity was verified, but you have no account on this application. Ask the system administrator to create one with your e-mail address.",
  },
});
