/**
 * The words of the public transparency portal (portal.*), of the
 * publication controls in the signed-in application (publish.*) and of
 * `piao publish` (cli.publish.*).
 */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "portal.home": { it: "Trasparenza", en: "Transparency" },
  "portal.title": {
    it: "Amministrazioni con un PIAO pubblicato",
    en: "Administrations with a published PIAO",
  },
  "portal.lead": {
    it: "I Piani integrati di attività e organizzazione pubblicati, i loro obiettivi e i risultati dei monitoraggi, consultabili e scaricabili come dati aperti.",
    en: "The published Integrated Activity and Organisation Plans, their objectives and monitoring results, to read and to download as open data.",
  },
  "portal.search.label": { it: "Cerca un'amministrazione", en: "Search an administration" },
  "portal.search.q": { it: "Nome, codice IPA o codice fiscale", en: "Name, IPA code or tax code" },
  "portal.search.qHint": {
    it: "Anche una parte del nome, ad esempio «Bologna»",
    en: "Part of the name will do, e.g. «Bologna»",
  },
  "portal.search.region": { it: "Regione", en: "Region" },
  "portal.search.allRegions": { it: "Tutte le regioni", en: "All regions" },
  "portal.search.kind": { it: "Tipologia", en: "Kind" },
  "portal.search.allKinds": { it: "Tutte le tipologie", en: "All kinds" },
  "portal.search.submit": { it: "Cerca", en: "Search" },
  "portal.results": { it: "Risultati", en: "Results" },
  "portal.noResults": {
    it: "Nessuna amministrazione corrisponde alla ricerca.",
    en: "No administration matches the search.",
  },
  "portal.shown": {
    it: "Amministrazioni da {from} a {to} di {n}",
    itOne: "1 amministrazione",
    en: "Administrations {from} to {to} of {n}",
    enOne: "1 administration",
  },
  "portal.caption": {
    it: "Amministrazioni e piani pubblicati",
    en: "Administrations and published plans",
  },
  "portal.administration": { it: "Amministrazione", en: "Administration" },
  "portal.kind": { it: "Tipologia", en: "Kind" },
  "portal.region": { it: "Regione", en: "Region" },
  "portal.plans": { it: "Piani pubblicati", en: "Published plans" },
  "portal.page": { it: "Pagina", en: "Page" },
  "portal.pages": { it: "Pagine dei risultati", en: "Result pages" },
  "portal.previous": { it: "Precedente", en: "Previous" },
  "portal.next": { it: "Successiva", en: "Next" },
  "portal.registry": { it: "Dati anagrafici", en: "Registry data" },
  "portal.seat": { it: "Sede legale", en: "Legal seat" },
  "portal.website": { it: "Sito istituzionale", en: "Website" },
  "portal.pec": { it: "PEC", en: "Certified e-mail (PEC)" },
  "portal.ipaCode": { it: "Codice IPA", en: "IPA code" },
  "portal.taxCode": { it: "Codice fiscale", en: "Tax code" },
  "portal.plansCaption": { it: "Piani pubblicati", en: "Published plans" },
  "portal.plan": { it: "Piano", en: "Plan" },
  "portal.title.plan": { it: "Titolo", en: "Title" },
  "portal.approvalDate": { it: "Data di approvazione", en: "Approval date" },
  "portal.edition": { it: "Edizione pubblicata", en: "Published edition" },
  "portal.editionOf": {
    it: "n. {n}, pubblicata il {date}",
    en: "no. {n}, published on {date}",
  },
  "portal.portalData": {
    it: "Dati del piano (come nel Portale PIAO)",
    en: "Plan data (as on the Portale PIAO)",
  },
  "portal.years": { it: "Anni", en: "Years" },
  "portal.approvalAct": { it: "Estremi dell'atto di approvazione", en: "Approving act" },
  "portal.authority": { it: "Organo che ha approvato", en: "Approving authority" },
  "portal.document": { it: "Documento", en: "Document" },
  "portal.documentLink": {
    it: "Il piano sul sito dell'amministrazione",
    en: "The plan on the administration's website",
  },
  "portal.noDocument": { it: "collegamento non indicato", en: "no link given" },
  "portal.small": {
    it: "Amministrazione con meno di 50 dipendenti",
    en: "Administration with fewer than 50 employees",
  },
  "portal.yes": { it: "Sì", en: "Yes" },
  "portal.no": { it: "No", en: "No" },
  "portal.achievementTitle": { it: "Grado di raggiungimento", en: "Achievement" },
  "portal.achievementCaption": {
    it: "Grado di raggiungimento dell'amministrazione per monitoraggio pubblicato",
    en: "The administration's achievement by published monitoring",
  },
  "portal.campaign": { it: "Monitoraggio", en: "Monitoring" },
  "portal.referenceDate": { it: "Data di riferimento", en: "Reference date" },
  "portal.achievement": { it: "Grado di raggiungimento", en: "Achievement" },
  "portal.counted": { it: "Obiettivi valutati", en: "Objectives scored" },
  "portal.publishedOn": { it: "Pubblicato il", en: "Published on" },
  "portal.noCampaigns": {
    it: "Nessun risultato di monitoraggio pubblicato.",
    en: "No monitoring results published.",
  },
  "portal.sections": { it: "Sezioni del piano", en: "Sections of the plan" },
  "portal.noSections": { it: "Il piano non ha sezioni.", en: "The plan has no sections." },
  "portal.actions": { it: "Ambiti di azioni positive", en: "Positive-action areas" },
  "portal.noActions": {
    it: "Il piano non ha ambiti di azioni positive.",
    en: "The plan has no positive-action areas.",
  },
  "portal.objectives": { it: "Obiettivi per struttura", en: "Objectives by unit" },
  "portal.objectivesOf": { it: "Obiettivi: {unit}", en: "Objectives: {unit}" },
  "portal.noUnit": { it: "Senza struttura indicata", en: "No unit given" },
  "portal.noObjectives": { it: "Nessun obiettivo.", en: "No objectives." },
  "portal.objective.code": { it: "Codice", en: "Code" },
  "portal.objective.title": { it: "Obiettivo", en: "Objective" },
  "portal.objective.description": { it: "Descrizione", en: "Description" },
  "portal.objective.tags": { it: "Temi", en: "Themes" },
  "portal.action": { it: "Ambito di azione positiva", en: "Positive-action area" },
  "portal.unit": { it: "Struttura responsabile", en: "Responsible unit" },
  "portal.data": { it: "Dati aperti", en: "Open data" },
  "portal.data.caption": {
    it: "File di dati aperti del piano",
    en: "Open-data files of the plan",
  },
  "portal.data.dataset": { it: "Insieme di dati", en: "Dataset" },
  "portal.data.content": { it: "Contenuto", en: "Content" },
  "portal.data.files": { it: "File", en: "Files" },
  "portal.data.obiettivi": { it: "Obiettivi", en: "Objectives" },
  "portal.data.obiettivi.about": {
    it: "Gli obiettivi con struttura e ambito di azione positiva",
    en: "The objectives with their unit and positive-action area",
  },
  "portal.data.indicatori": { it: "Indicatori", en: "Indicators" },
  "portal.data.indicatori.about": {
    it: "Gli indicatori di ogni obiettivo, con unità di misura e valore di partenza",
    en: "The indicators of each objective, with unit of measure and baseline",
  },
  "portal.data.target": { it: "Target", en: "Targets" },
  "portal.data.target.about": {
    it: "I valori attesi per anno",
    en: "The expected values by year",
  },
  "portal.data.rilevazioni": { it: "Rilevazioni", en: "Measurements" },
  "portal.data.rilevazioni.about": {
    it: "I valori rilevati nei monitoraggi pubblicati",
    en: "The values measured in the published monitoring",
  },
  "portal.data.risultati": { it: "Risultati", en: "Results" },
  "portal.data.risultati.about": {
    it: "Il grado di raggiungimento di obiettivi, strutture e amministrazione",
    en: "The achievement of objectives, units and the administration",
  },
  "portal.api": { it: "API", en: "API" },
  "portal.api.about": {
    it: "Gli stessi dati si leggono anche con l'API REST, senza registrazione.",
    en: "The same data can be read through the REST API, without registration.",
  },
  "portal.api.docs": { it: "Documentazione dell'API", en: "API documentation" },
  "portal.section.empty": {
    it: "Il documento non riporta testo per questa sezione.",
    en: "The document has no text for this section.",
  },
  "portal.section.seeParts": {
    it: "Il testo è nelle sottosezioni.",
    en: "The text is in the sub-sections.",
  },
  "portal.section.parts": { it: "Sottosezioni", en: "Sub-sections" },
  "portal.actionHeading": {
    it: "Ambito di azione positiva {number}: {title}",
    en: "Positive-action area {number}: {title}",
  },
  "portal.actionCrumb": { it: "Azione positiva {number}", en: "Positive action {number}" },
  "portal.actionAchievement": {
    it: "Grado di raggiungimento dell'ambito per monitoraggio",
    en: "The area's achievement by monitoring",
  },
  "portal.actionObjectives": {
    it: "Obiettivi dell'ambito {number} e loro grado di raggiungimento",
    en: "Objectives of area {number} and their achievement",
  },
  "portal.objectiveCrumb": { it: "Obiettivo {code}", en: "Objective {code}" },
  "portal.indicatorCrumb": { it: "Indicatore {code}", en: "Indicator {code}" },
  "portal.indicators": { it: "Indicatori e target", en: "Indicators and targets" },
  "portal.indicatorsCaption": {
    it: "Indicatori dell'obiettivo {code}, valore di partenza e target per anno",
    en: "Indicators of objective {code}, baseline and targets by year",
  },
  "portal.noIndicators": { it: "Nessun indicatore.", en: "No indicators." },
  "portal.indicator.code": { it: "Indicatore", en: "Indicator" },
  "portal.indicator.description": { it: "Descrizione", en: "Description" },
  "portal.indicator.unit": { it: "Unità di misura", en: "Unit of measure" },
  "portal.indicator.baseline": { it: "Valore di partenza", en: "Baseline" },
  "portal.indicator.target": { it: "Target {year}", en: "Target {year}" },
  "portal.indicator.targetInForce": { it: "Target in vigore", en: "Target in force" },
  "portal.indicator.measured": { it: "Valore rilevato", en: "Measured value" },
  "portal.indicator.score": { it: "Punteggio", en: "Score" },
  "portal.indicator.objective": { it: "Obiettivo", en: "Objective" },
  "portal.indicator.polarity": { it: "Andamento atteso", en: "Better when" },
  "portal.indicator.targets": { it: "Target per anno", en: "Targets by year" },
  "portal.indicator.plannedTarget": { it: "Target del piano", en: "Target in the plan" },
  "portal.polarity.higher": { it: "più alto è meglio", en: "higher" },
  "portal.polarity.lower": { it: "più basso è meglio", en: "lower" },
  "portal.year": { it: "Anno", en: "Year" },
  "portal.targetsCaption": {
    it: "Target dell'indicatore {code} per anno",
    en: "Targets of indicator {code} by year",
  },
  "portal.valuesCaption": {
    it: "Valori dell'indicatore {code} nei monitoraggi pubblicati",
    en: "Values of indicator {code} in the published monitoring",
  },
  "portal.measurements": { it: "Risultati dei monitoraggi", en: "Monitoring results" },
  "portal.measurementsCaption": {
    it: "Indicatori dell'obiettivo {code}: {campaign}",
    en: "Indicators of objective {code}: {campaign}",
  },
  "portal.objectiveAchievement": {
    it: "Grado di raggiungimento al {date}",
    en: "Achievement at {date}",
  },
  "portal.reprogrammed": {
    it: "rimodulato; originario {original}",
    en: "re-programmed; originally {original}",
  },
});

registerCatalog({
  "publish.crumb": { it: "Pubblicazione", en: "Publication" },
  "publish.title": {
    it: "Pubblicazione del PIAO {period}",
    en: "Publication of the PIAO {period}",
  },
  "publish.stateTitle": { it: "Stato della pubblicazione", en: "Publication status" },
  "publish.notPublished": {
    it: "Il piano non è pubblicato: il portale della trasparenza non lo mostra.",
    en: "The plan is not published: the transparency portal does not show it.",
  },
  "publish.newer": {
    it: "L'edizione in vigore (n. {current}) è più recente di quella pubblicata (n. {published}): il pubblico vede ancora l'edizione n. {published} finché il piano non viene pubblicato di nuovo.",
    en: "The edition in force (no. {current}) is newer than the published one (no. {published}): the public still sees edition no. {published} until the plan is published again.",
  },
  "publish.editionLine": { it: "n. {n} — {title}", en: "no. {n} — {title}" },
  "publish.publishedEdition": { it: "Edizione pubblicata", en: "Published edition" },
  "publish.currentEdition": { it: "Edizione in vigore", en: "Edition in force" },
  "publish.publishedAt": { it: "Pubblicata", en: "Published" },
  "publish.byWhen": { it: "da {by}, il {at}", en: "by {by}, on {at}" },
  "publish.documentUrl": {
    it: "Collegamento al piano sul sito dell'amministrazione",
    en: "Link to the plan on the administration's website",
  },
  "publish.publicPage": { it: "Pagina pubblica", en: "Public page" },
  "publish.publishTitle": {
    it: "Pubblica il piano (dati del Portale PIAO)",
    en: "Publish the plan (Portale PIAO data)",
  },
  "publish.republishTitle": {
    it: "Pubblica di nuovo (dati del Portale PIAO)",
    en: "Publish again (Portale PIAO data)",
  },
  "publish.dateHint": {
    it: "gg/mm/aaaa, ad esempio 30/01/2025",
    en: "dd/mm/yyyy, e.g. 30/01/2025",
  },
  "publish.actHint": {
    it: "Ad esempio «Atto del Sindaco metropolitano n. 18 del 30/01/2025»",
    en: "E.g. «Atto del Sindaco metropolitano n. 18 del 30/01/2025»",
  },
  "publish.authorityHint": {
    it: "Ad esempio «Sindaco metropolitano», «Giunta comunale»",
    en: "E.g. «Sindaco metropolitano», «Giunta comunale»",
  },
  "publish.urlHint": {
    it: "La pagina di Amministrazione trasparente con il piano, https://…",
    en: "The Amministrazione trasparente page with the plan, https://…",
  },
  "publish.submit": { it: "Pubblica l'edizione n. {n}", en: "Publish edition no. {n}" },
  "publish.badDate": {
    it: "Data non valida: scrivere gg/mm/aaaa, ad esempio 30/01/2025",
    en: "Not a valid date: write dd/mm/yyyy, e.g. 30/01/2025",
  },
  "publish.actRequired": {
    it: "Indicare gli estremi dell'atto di approvazione (almeno 3 caratteri)",
    en: "Give the reference of the approving act (at least 3 characters)",
  },
  "publish.authorityRequired": {
    it: "Indicare l'organo che ha approvato il piano (almeno 3 caratteri)",
    en: "Give the authority that approved the plan (at least 3 characters)",
  },
  "publish.badUrl": {
    it: "Indirizzo non valido: deve iniziare con http:// o https://",
    en: "Not a valid address: it must start with http:// or https://",
  },
  "publish.tooLong": { it: "Testo troppo lungo", en: "Text too long" },
  "publish.reason": { it: "Motivo del ritiro", en: "Reason for withdrawing" },
  "publish.reasonRequired": {
    it: "Indicare il motivo del ritiro (almeno 3 caratteri)",
    en: "Give the reason for withdrawing (at least 3 characters)",
  },
  "publish.withdrawTitle": { it: "Ritira dalla pubblicazione", en: "Withdraw the publication" },
  "publish.withdrawAbout": {
    it: "Il piano e i risultati dei suoi monitoraggi spariscono dal portale della trasparenza, dai dati aperti e dall'API. Il motivo resta nel registro delle modifiche.",
    en: "The plan and its monitoring results leave the transparency portal, the open data and the API. The reason stays in the audit trail.",
  },
  "publish.withdraw": { it: "Ritira il piano", en: "Withdraw the plan" },
  "publish.done": {
    it: "Piano pubblicato: il portale della trasparenza mostra l'edizione n. {n}.",
    en: "Plan published: the transparency portal shows edition no. {n}.",
  },
  "publish.withdrawn": {
    it: "Piano ritirato dalla pubblicazione.",
    en: "Plan withdrawn from publication.",
  },
  "publish.campaignsTitle": { it: "Risultati dei monitoraggi", en: "Monitoring results" },
  "publish.campaignsCaption": {
    it: "Campagne di monitoraggio del piano e pubblicazione dei risultati",
    en: "The plan's monitoring campaigns and the publication of their results",
  },
  "publish.campaignPublication": { it: "Risultati pubblicati", en: "Results published" },
  "publish.campaignNotPublished": { it: "non pubblicati", en: "not published" },
  "publish.campaignStillOpen": {
    it: "campagna aperta: si pubblica dopo la chiusura",
    en: "campaign open: published once closed",
  },
  "publish.campaignPlanFirst": {
    it: "pubblicare prima il piano",
    en: "publish the plan first",
  },
  "publish.campaignPublish": { it: "Pubblica i risultati", en: "Publish the results" },
  "publish.campaignWithdraw": { it: "Ritira i risultati", en: "Withdraw the results" },
  "publish.campaignWithdrawTitle": {
    it: "Ritira i risultati: {campaign}",
    en: "Withdraw the results: {campaign}",
  },
  "publish.campaignWithdrawAbout": {
    it: "I risultati di questa campagna spariscono dal portale della trasparenza, dai dati aperti e dall'API; il piano resta pubblicato.",
    en: "This campaign's results leave the transparency portal, the open data and the API; the plan stays published.",
  },
  "publish.cancel": { it: "Annulla", en: "Cancel" },
  "publish.noCampaigns": {
    it: "Il piano non ha campagne di monitoraggio.",
    en: "The plan has no monitoring campaigns.",
  },
  "publish.campaignDone": {
    it: "Risultati pubblicati: {campaign}.",
    en: "Results published: {campaign}.",
  },
  "publish.campaignWithdrawn": {
    it: "Risultati ritirati: {campaign}.",
    en: "Results withdrawn: {campaign}.",
  },
});

/** The publication's entries in the audit trail (/registro). */
registerCatalog({
  "plan.audit.entity.publication": { it: "pubblicazione", en: "publication" },
  "plan.audit.op.publish": { it: "pubblicazione", en: "published" },
  "plan.audit.op.republish": { it: "nuova pubblicazione", en: "published again" },
  "plan.audit.op.withdraw": { it: "ritiro", en: "withdrawn" },
});

registerCatalog({
  "cli.publish.planDone": {
    it: "Piano {plan} pubblicato (edizione n. {n}): {url}",
    en: "Plan {plan} published (edition no. {n}): {url}",
  },
  "cli.publish.campaignDone": {
    it: "Risultati della campagna {id} pubblicati",
    en: "Results of campaign {id} published",
  },
  "cli.publish.planWithdrawn": {
    it: "Piano {plan} ritirato dalla pubblicazione",
    en: "Plan {plan} withdrawn from publication",
  },
  "cli.publish.campaignWithdrawn": {
    it: "Risultati della campagna {id} ritirati dalla pubblicazione",
    en: "Results of campaign {id} withdrawn from publication",
  },
  "cli.publish.withdrawWhat": {
    it: "Indicare il piano con --plan oppure la campagna con --campaign (non entrambi)",
    en: "Give the plan with --plan or the campaign with --campaign (not both)",
  },
});
