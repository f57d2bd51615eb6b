import { registerCatalog } from "./translate.ts";

registerCatalog({
  "cli.summary.title": {
    it: "{name} — {title}",
    en: "{name} — {title}",
  },
  "cli.summary.edition": {
    it: "Piano {period}, edizione {edition} del {date}, stato: {status}",
    en: "Plan {period}, edition {edition} of {date}, status: {status}",
  },
  "cli.summary.counts": {
    it: "Strutture: {units} · Ambiti di azione: {actions} · Obiettivi: {objectives} · Indicatori: {indicators} ({kinds})",
    en: "Units: {units} · Action areas: {actions} · Objectives: {objectives} · Indicators: {indicators} ({kinds})",
  },
  "cli.summary.action": {
    it: "Ambito {number}: {title} — {n} obiettivi",
    en: "Area {number}: {title} — {n} objectives",
    itOne: "Ambito {number}: {title} — 1 obiettivo",
    enOne: "Area {number}: {title} — 1 objective",
  },
  "cli.summary.unit": {
    it: "{indent}{name} ({kind}) — {n} obiettivi",
    en: "{indent}{name} ({kind}) — {n} objectives",
    itOne: "{indent}{name} ({kind}) — 1 obiettivo",
    enOne: "{indent}{name} ({kind}) — 1 objective",
  },
  "cli.summary.actions": {
    it: "Ambiti di azione (Piano azioni positive)",
    en: "Action areas (positive actions plan)",
  },
  "cli.summary.units": { it: "Strutture organizzative", en: "Organisational units" },
  "kind.deadline": { it: "Data", en: "Date" },
  "kind.number": { it: "Numero", en: "Number" },
  "kind.percent": { it: "Percentuale", en: "Percentage" },
  "kind.boolean": { it: "Sì/No", en: "Yes/No" },
  "unit.area": { it: "Area", en: "Area" },
  "unit.sector": { it: "Settore", en: "Sector" },
  "unit.office": { it: "Ufficio", en: "Office" },
  "status.draft": { it: "bozza", en: "draft" },
  "status.adopted": { it: "adottato", en: "adopted" },
  "status.published": { it: "pubblicato", en: "published" },
  "cli.check.heading": {
    it: "Verifica di completezza del PIAO {period}",
    en: "Completeness check of the PIAO {period}",
  },
  "cli.check.simplified": {
    it: "PIAO semplificato (meno di 50 dipendenti): non sono obbligatorie le sezioni 2.1, 2.2 e 4",
    en: "Simplified PIAO (fewer than 50 employees): sections 2.1, 2.2 and 4 are not required",
  },
  "cli.check.sections": {
    it: "Sezioni dello schema tipo (DM 132/2022)",
    en: "Sections of the schema tipo (DM 132/2022)",
  },
  "cli.check.law": {
    it: "Contenuti richiesti dall'art. 6 c. 2 DL 80/2021",
    en: "Contents required by art. 6 c. 2 DL 80/2021",
  },
  "cli.check.present": { it: "presente", en: "present" },
  "cli.check.missing": { it: "MANCANTE", en: "MISSING" },
  "cli.check.notRequired": { it: "non obbligatoria", en: "not required" },
  "cli.check.problems": { it: "Problemi nei dati ({n})", en: "Problems in the records ({n})" },
  "cli.check.noProblems": { it: "Nessun problema nei dati", en: "No problems in the records" },
  "cli.check.summary": {
    it: "{present} sezioni presenti, {missing} mancanti; {lawPresent} contenuti di legge su 7",
    en: "{present} sections present, {missing} missing; {lawPresent} of 7 contents required by law",
  },
  "cli.import.created": {
    it: "Importato: {name}, PIAO {period} (piano {plan}, edizione {edition})",
    en: "Imported: {name}, PIAO {period} (plan {plan}, edition {edition})",
  },
  "cli.import.unchanged": {
    it: "Nessuna modifica: il piano {period} di {name} è già uguale a questo file (edizione {edition})",
    en: "No change: the {period} plan of {name} already matches this file (edition {edition})",
  },
  "cli.import.updated": {
    it: "Aggiornato: {name}, PIAO {period}, nuova edizione {edition} (la precedente resta consultabile)",
    en: "Updated: {name}, PIAO {period}, new edition {edition} (the previous one is kept)",
  },
  "cli.import.rejected": {
    it: "Il file contiene {n} errori: non è stato scritto nulla nel database",
    en: "The file has {n} errors: nothing was written to the database",
    itOne: "Il file contiene un errore: non è stato scritto nulla nel database",
    enOne: "The file has one error: nothing was written to the database",
  },
  "cli.import.dryRun": {
    it: "Prova a vuoto: il file è valido, nulla è stato scritto",
    en: "Dry run: the file is valid, nothing was written",
  },
  "cli.diff.objectives": {
    it: "Obiettivi: {added} aggiunti, {removed} rimossi, {changed} modificati",
    en: "Objectives: {added} added, {removed} removed, {changed} changed",
  },
  "cli.diff.indicators": {
    it: "Indicatori: {added} aggiunti, {removed} rimossi, {changed} modificati",
    en: "Indicators: {added} added, {removed} removed, {changed} changed",
  },
  "cli.diff.added": { it: "  + {code}", en: "  + {code}" },
  "cli.diff.removed": { it: "  - {code}", en: "  - {code}" },
  "cli.diff.changed": { it: "  ~ {code} ({fields})", en: "  ~ {code} ({fields})" },
  "cli.diff.parts": { it: "Altre parti modificate: {parts}", en: "Other parts changed: {parts}" },
  "cli.cannotRead": {
    it: "Impossibile leggere il file {file}: {reason}",
    en: "Cannot read the file {file}: {reason}",
  },
  "cli.fileError.ENOENT": { it: "il file non esiste", en: "the file does not exist" },
  "cli.fileError.EACCES": { it: "permesso negato", en: "permission denied" },
  "cli.fileError.EISDIR": { it: "è una cartella, non un file", en: "it is a folder, not a file" },
  "cli.plans.none": { it: "Nessun piano nel database", en: "No plan in the database" },
  "cli.plans.row": {
    it: "{id}\t{name}\t{period}\tedizione {edition}\t{status}",
    en: "{id}\t{name}\t{period}\tedition {edition}\t{status}",
  },
  "cli.demo.loaded": {
    it: "Caricato il piano di esempio da {file} nel database {db}",
    en: "Loaded the sample plan from {file} into the database {db}",
  },
  "cli.demo.present": { it: "Database {db}", en: "Database {db}" },
  "cli.demo.sampleHint": {
    it: "Il piano di esempio compila la sezione 2.2; per vedere tutte le sezioni compilate (valore pubblico, rischi, personale) importa anche il piano di un ente di fantasia: npx piao import {file}",
    en: "The sample plan fills section 2.2; to see every section filled (public value, risks, people) also import the plan of a fictitious administration: npx piao import {file}",
  },
  "cli.serve.listening": {
    it: "PIAO è in funzione: apri {url} nel browser",
    en: "PIAO is running: open {url} in your browser",
  },
  "cli.serve.accounts": {
    it: "Accedi con uno di questi account (nome utente, password, ruolo):",
    en: "Sign in with one of these accounts (username, password, role):",
  },
  "cli.serve.accountsOnce": {
    it: "Le password sono mostrate solo ora: annotale, o reimpostale con «piao users password --username NOME».",
    en: "The passwords are shown only now: note them, or reset them with «piao users password --username NAME».",
  },
  "cli.serve.existingUsers": {
    it: "Accedi con il tuo account; per reimpostare una password: «piao users password --username NOME».",
    en: "Sign in with your account; to reset a password: «piao users password --username NAME».",
  },
  "cli.serve.stop": { it: "Ctrl+C per fermare.", en: "Ctrl+C to stop." },
  "cli.serve.demoAct": {
    it: "Dato dimostrativo: estremi dell'atto di approvazione da inserire",
    en: "Sample data: reference of the approving act to be entered",
  },
  "cli.serve.demoAuthority": { it: "Sindaco metropolitano", en: "Metropolitan mayor" },
  "cli.serve.demoPublished": {
    it: "Piano di esempio pubblicato sul portale della trasparenza (/trasparenza).",
    en: "Sample plan published on the transparency portal (/trasparenza).",
  },
  "cli.users.password": {
    it: "Nuova password di {username}: {password}",
    en: "New password of {username}: {password}",
  },
  "cli.internalError": {
    it: "Errore interno: {message}. Nulla è stato scritto a metà; segnalare il problema agli sviluppatori.",
    en: "Internal error: {message}. Nothing was half-written; please report it to the developers.",
  },
  "cli.usage": { it: "Uso non corretto: {message}", en: "Incorrect usage: {message}" },
});

registerCatalog({
  "cli.asRequired": {
    it: "Indicare chi esegue l'operazione: --as <utente> (o la variabile PIAO_USER)",
    en: "Say who is acting: --as <user> (or the PIAO_USER variable)",
  },
  "cli.campaign.opened": {
    it: "Aperta la campagna {id}: monitoraggio {kind} {year}, data di riferimento {date}",
    en: "Opened campaign {id}: {kind} monitoring {year}, reference date {date}",
  },
  "cli.campaign.closed": {
    it: "Chiusa la campagna {id}: i risultati sono congelati",
    en: "Closed campaign {id}: its results are frozen",
  },
  "campaign.kind.midyear": { it: "infrannuale", en: "mid-year" },
  "campaign.kind.yearend": { it: "a consuntivo", en: "year-end" },
  "campaign.status.open": { it: "aperta", en: "open" },
  "campaign.status.closed": { it: "chiusa", en: "closed" },
  "cli.monitor.written": {
    it: "Scritto il modulo di rilevazione {file}: {n} indicatori",
    en: "Wrote the data-collection sheet {file}: {n} indicators",
  },
  "cli.monitor.imported": {
    it: "Importate {created} nuove rilevazioni, {updated} aggiornate, {unchanged} invariate, {empty} righe vuote",
    en: "Imported {created} new measurements, {updated} updated, {unchanged} unchanged, {empty} empty rows",
  },
  "cli.monitor.skipped": {
    it: "{n} righe non valide sono state escluse",
    en: "{n} invalid rows were left out",
    itOne: "Una riga non valida è stata esclusa",
    enOne: "One invalid row was left out",
  },
  "cli.monitor.noCampaign": {
    it: "Il file non dice a quale campagna appartiene: indicare --campaign <id>",
    en: "The file does not say which campaign it belongs to: give --campaign <id>",
  },
  "cli.monitor.campaignMismatch": {
    it: "Il file è della campagna {file}, non della {given}",
    en: "The file belongs to campaign {file}, not {given}",
  },
  "cli.reprogram.requested": {
    it: "Richiesta di rimodulazione {id} registrata, in attesa di approvazione",
    en: "Re-programming request {id} recorded, awaiting approval",
  },
  "cli.reprogram.decided": {
    it: "Rimodulazione {id}: {status}",
    en: "Re-programming {id}: {status}",
  },
  "cli.settings.saved": {
    it: "Regole salvate (versione {version})",
    en: "Rules saved (version {version})",
  },
});

registerCatalog({
  "perf.heading": {
    it: "Monitoraggio {kind} {year} (data di riferimento {date}) — campagna {status}",
    en: "{kind} monitoring {year} (reference date {date}) — campaign {status}",
  },
  "perf.blocked": {
    it: "non calcolabile (manca un dato bloccante)",
    en: "not computable (a blocking figure is missing)",
  },
  "perf.partlyBlocked": { it: "alcuni obiettivi bloccati", en: "some objectives blocked" },
  "perf.notComputable": { it: "non ancora calcolabile", en: "not yet computable" },
  "perf.neutralised": { it: "neutralizzato: {reason}", en: "neutralised: {reason}" },
  "perf.target": { it: "target {target}", en: "target {target}" },
  "perf.targetReprogrammed": {
    it: "target originario {original}, rimodulato {target}",
    en: "original target {original}, re-programmed {target}",
  },
  "perf.measured": { it: "rilevato", en: "measured" },
  "perf.notYet": { it: "non ancora", en: "not yet" },
  "perf.delay": {
    it: "{n} giorni di ritardo",
    itOne: "1 giorno di ritardo",
    en: "{n} days late",
    enOne: "1 day late",
  },
  "perf.state.scored": { it: "misurato", en: "measured" },
  "perf.state.in_progress": { it: "in corso", en: "in progress" },
  "perf.state.not_measured": { it: "non rilevato", en: "not measured" },
  "perf.state.neutralised": { it: "neutralizzato", en: "neutralised" },
  "perf.state.no_target": { it: "senza target", en: "no target" },
});

registerCatalog({
  "cli.reprogram.what": {
    it: "Indicare il nuovo target con --year e --target, oppure la nuova descrizione con --description",
    en: "Give the new target with --year and --target, or the new wording with --description",
  },
  "reprogramming.status.pending": { it: "in attesa", en: "pending" },
  "reprogramming.status.approved": { it: "approvata", en: "approved" },
  "reprogramming.status.rejected": { it: "respinta", en: "rejected" },
});

registerCatalog({
  "cli.forecast.saved": {
    it: "Previsione registrata per l'obiettivo {objective}",
    en: "Forecast recorded for objective {objective}",
  },
  "cli.evidence.saved": {
    it: "Allegato {file} (SHA-256 {sha256})",
    en: "Attached {file} (SHA-256 {sha256})",
  },
  "cli.neutralised": { it: "{key} neutralizzato", en: "{key} neutralised" },
});

registerCatalog({
  "cli.report.written": { it: "Scritto {file}: {title}", en: "Wrote {file}: {title}" },
});
