/** Section 2.1 (public value) and letters e) f) with the catalogue of procedures. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  // Rules: errors
  "pv.rules.valueKind": {
    it: "Il valore dell'indicatore {code} non è del tipo dell'indicatore ({kind})",
    en: "The value of indicator {code} is not of the indicator's kind ({kind})",
  },
  "pv.rules.duplicate.targets": {
    it: "L'indicatore {code} ha due target per l'anno {year}",
    en: "Indicator {code} has two targets for {year}",
  },
  "pv.rules.duplicate.measurements": {
    it: "L'indicatore {code} ha due valori misurati per l'anno {year}",
    en: "Indicator {code} has two measured values for {year}",
  },
  "pv.rules.targetOutsidePeriod": {
    it: "Il target {year} dell'indicatore {code} è fuori dal periodo del piano ({period})",
    en: "The {year} target of indicator {code} is outside the plan period ({period})",
  },
  "pv.rules.duplicateImpactIndicator": {
    it: "Il codice indicatore di impatto {code} compare due volte nell'obiettivo di valore pubblico {objective}",
    en: "The impact indicator code {code} appears twice in public-value objective {objective}",
  },
  "pv.rules.timelinessYear": {
    it: "Il procedimento {code} ha due monitoraggi dei tempi per l'anno {year}",
    en: "Procedure {code} has two timeliness records for {year}",
  },
  "pv.rules.lateOverConcluded": {
    it: "Procedimento {code}, anno {year}: i conclusi in ritardo ({late}) superano i conclusi ({concluded})",
    en: "Procedure {code}, year {year}: those concluded late ({late}) exceed those concluded ({concluded})",
  },
  "pv.rules.simplificationYear": {
    it: "L'azione di semplificazione {code} è per il {year}, fuori dal periodo del piano ({period})",
    en: "Simplification action {code} is for {year}, outside the plan period ({period})",
  },
  "pv.rules.noAudience": {
    it: "L'azione per l'accessibilità {code} non indica i destinatari (ultrasessantacinquenni, persone con disabilità)",
    en: "Accessibility action {code} names no audience (over 65, people with disabilities)",
  },
  // Check: warnings
  "pv.check.noImpactIndicators": {
    it: "L'obiettivo di valore pubblico {code} non ha indicatori di impatto",
    en: "Public-value objective {code} has no impact indicators",
  },
  "pv.check.noObjectives": {
    it: "L'obiettivo di valore pubblico {code} non è collegato a obiettivi di performance",
    en: "Public-value objective {code} is linked to no performance objective",
  },
  "pv.check.noStrategicObjective": {
    it: "L'obiettivo di valore pubblico {code} non indica l'obiettivo strategico del DUP da cui discende",
    en: "Public-value objective {code} names no DUP strategic objective it comes from",
  },
  "pv.check.noStakeholders": {
    it: "L'obiettivo di valore pubblico {code} non indica i portatori di interesse",
    en: "Public-value objective {code} names no stakeholders",
  },
  "pv.check.listedNotSimplified": {
    it: "Il procedimento {code} è nell'elenco da semplificare ma nessuna azione di semplificazione lo riguarda",
    en: "Procedure {code} is on the simplification list but no simplification action names it",
  },
  "pv.check.noTimeliness": {
    it: "Il procedimento {code} non ha il monitoraggio dei tempi dell'anno {year}",
    en: "Procedure {code} has no timeliness monitoring for {year}",
  },
  // Pages
  "pv.page.chainTitle": { it: "Valore pubblico", en: "Public value" },
  "pv.page.proceduresTitle": {
    it: "Procedimenti, semplificazione e accessibilità",
    en: "Procedures, simplification and accessibility",
  },
  "pv.page.campaign": {
    it: "risultati del monitoraggio {kind} {year} (al {date})",
    en: "results of the {kind} {year} (at {date})",
  },
  "pv.page.noCampaign": {
    it: "nessun monitoraggio ancora: i risultati non sono ancora misurati",
    en: "no monitoring yet: results are not yet measured",
  },
  "pv.page.none": {
    it: "Il piano non ha ancora obiettivi di valore pubblico.",
    en: "The plan has no public-value objectives yet.",
  },
  "pv.page.summary": {
    it: "Grado di raggiungimento per obiettivo di valore pubblico",
    en: "Achievement by public-value objective",
  },
  "pv.page.objective": { it: "Obiettivo di valore pubblico", en: "Public-value objective" },
  "pv.page.objectives": { it: "Obiettivi di valore pubblico", en: "Public-value objectives" },
  "pv.page.performanceScore": {
    it: "Performance (media degli obiettivi collegati)",
    en: "Performance (mean of the linked objectives)",
  },
  "pv.page.impactScore": {
    it: "Impatto (indicatori di impatto)",
    en: "Impact (impact indicators)",
  },
  "pv.page.wholePlan": { it: "Tutto il piano", en: "Whole plan" },
  "pv.page.counted": { it: "{counted} su {total} misurati", en: "{counted} of {total} measured" },
  "pv.page.notYetMeasured": { it: "non ancora misurato", en: "not yet measured" },
  "pv.page.achievement": { it: "Grado di raggiungimento", en: "Achievement" },
  "pv.page.target": { it: "Target", en: "Target" },
  "pv.page.measured": { it: "Misurato", en: "Measured" },
  "pv.page.targetOf": { it: "Target {year}", en: "Target {year}" },
  "pv.page.measuredOf": { it: "Misurato {year}", en: "Measured {year}" },
  "pv.page.impact": { it: "Indicatori di impatto", en: "Impact indicators" },
  "pv.page.impactProgress": {
    it: "Indicatori di impatto: ultimo valore misurato rispetto al target dell'anno",
    en: "Impact indicators: latest measured value against the year's target",
  },
  "pv.page.impactCaption": {
    it: "Indicatori di impatto dell'obiettivo {code}",
    en: "Impact indicators of objective {code}",
  },
  "pv.page.noImpact": { it: "Nessun indicatore di impatto", en: "No impact indicators" },
  "pv.page.carriedBy": {
    it: "Obiettivi di performance che lo attuano",
    en: "Performance objectives that carry it out",
  },
  "pv.page.noObjectives": {
    it: "Nessun obiettivo di performance collegato",
    en: "No linked performance objective",
  },
  "pv.page.measures": {
    it: "Misure di prevenzione della corruzione collegate",
    en: "Linked anti-corruption measures",
  },
  "pv.page.noMeasures": { it: "Nessuna misura collegata", en: "No linked measure" },
  "pv.page.fromStrategic": { it: "Obiettivi strategici (DUP)", en: "Strategic objectives (DUP)" },
  "pv.page.forStakeholders": { it: "Portatori di interesse", en: "Stakeholders" },
  "pv.page.stakeholders": { it: "Portatori di interesse", en: "Stakeholders" },
  "pv.page.stakeholder": { it: "Portatore di interesse", en: "Stakeholder" },
  "pv.page.category": { it: "Categoria", en: "Category" },
  "pv.page.noStakeholders": { it: "Nessun portatore di interesse", en: "No stakeholders" },
  "pv.page.strategic": { it: "Obiettivi strategici del DUP", en: "DUP strategic objectives" },
  "pv.page.strategicTitle": { it: "Obiettivo strategico", en: "Strategic objective" },
  "pv.page.programme": { it: "Missione / programma", en: "Mission / programme" },
  "pv.page.noStrategic": { it: "Nessun obiettivo strategico", en: "No strategic objectives" },
  "pv.page.code": { it: "Codice", en: "Code" },
  "pv.page.description": { it: "Descrizione", en: "Description" },
  "pv.page.baseline": { it: "Baseline (anno)", en: "Baseline (year)" },
  "pv.page.source": { it: "Fonte", en: "Source" },
  "pv.page.year": { it: "Anno", en: "Year" },
  "pv.page.simplification": { it: "Semplificazione (lettera e)", en: "Simplification (letter e)" },
  "pv.page.simplificationAbout": {
    it: "Le procedure da semplificare e reingegnerizzare ogni anno (art. 6 c. 2 lett. e DL 80/2021).",
    en: "The procedures to simplify and re-engineer each year (art. 6 c. 2 letter e DL 80/2021).",
  },
  "pv.page.simplificationCaption": {
    it: "Azioni di semplificazione e reingegnerizzazione",
    en: "Simplification and re-engineering actions",
  },
  "pv.page.noSimplifications": {
    it: "Nessuna azione di semplificazione",
    en: "No simplification actions",
  },
  "pv.page.accessibility": { it: "Accessibilità (lettera f)", en: "Accessibility (letter f)" },
  "pv.page.accessibilityAbout": {
    it: "Le azioni per la piena accessibilità, fisica e digitale, dei cittadini ultrasessantacinquenni e delle persone con disabilità (art. 6 c. 2 lett. f DL 80/2021).",
    en: "The actions for full physical and digital accessibility for citizens over 65 and people with disabilities (art. 6 c. 2 letter f DL 80/2021).",
  },
  "pv.page.accessibilityCaption": {
    it: "Azioni per l'accessibilità fisica e digitale",
    en: "Physical and digital accessibility actions",
  },
  "pv.page.noAccessibility": {
    it: "Nessuna azione per l'accessibilità",
    en: "No accessibility actions",
  },
  "pv.page.action": { it: "Azione", en: "Action" },
  "pv.page.procedures": { it: "Procedimenti", en: "Procedures" },
  "pv.page.procedure": { it: "Procedimento", en: "Procedure" },
  "pv.page.kind": { it: "Accessibilità", en: "Accessibility" },
  "pv.page.audiences": { it: "Destinatari", en: "Audiences" },
  "pv.page.deadline": { it: "Scadenza", en: "Deadline" },
  "pv.page.catalogue": {
    it: "Catalogo dei procedimenti e tempi di conclusione",
    en: "Catalogue of procedures and their timeliness",
  },
  "pv.page.catalogueCaption": {
    it: "Procedimenti amministrativi: termine di legge e tempi effettivi",
    en: "Administrative procedures: legal deadline and actual times",
  },
  "pv.page.noProcedures": {
    it: "Il piano non ha ancora procedimenti, azioni di semplificazione o per l'accessibilità.",
    en: "The plan has no procedures, simplification or accessibility actions yet.",
  },
  "pv.page.unit": { it: "Struttura responsabile", en: "Responsible unit" },
  "pv.page.legalDeadline": { it: "Termine (giorni)", en: "Deadline (days)" },
  "pv.page.onList": { it: "Da semplificare", en: "To simplify" },
  "pv.page.concluded": { it: "Conclusi", en: "Concluded" },
  "pv.page.averageDays": { it: "Durata media (giorni)", en: "Average (days)" },
  "pv.page.lateShare": { it: "Quota in ritardo", en: "Share late" },
  "pv.page.late": { it: "Conclusi in ritardo", en: "Concluded late" },
  "pv.page.timeliness": {
    it: "Tempi medi rispetto al termine",
    en: "Average against the deadline",
  },
  "pv.page.overdue": {
    it: "oltre il termine ({ratio}% del termine)",
    en: "beyond the deadline ({ratio}% of it)",
  },
  "pv.page.inTime": {
    it: "entro il termine ({ratio}% del termine)",
    en: "within the deadline ({ratio}% of it)",
  },
  "pv.page.notMonitored": { it: "non monitorato", en: "not monitored" },
  "pv.page.summaryCaption": {
    it: "Tempi dei procedimenti: sintesi per anno",
    en: "Timeliness of procedures: summary by year",
  },
  "pv.page.monitored": { it: "Procedimenti monitorati", en: "Procedures monitored" },
  "pv.page.overdueCount": {
    it: "Con durata media oltre il termine",
    en: "Average beyond the deadline",
  },
  "pv.page.noTimeliness": { it: "Nessun monitoraggio dei tempi", en: "No timeliness monitoring" },
  "pv.page.yes": { it: "sì", en: "yes" },
  "pv.page.no": { it: "no", en: "no" },
  "pv.kind.physical": { it: "fisica", en: "physical" },
  "pv.kind.digital": { it: "digitale", en: "digital" },
  "pv.audience.over65": { it: "cittadini ultrasessantacinquenni", en: "citizens over 65" },
  "pv.audience.disability": { it: "persone con disabilità", en: "people with disabilities" },
  "pv.measureStatus.implemented": { it: "attuata", en: "implemented" },
  "pv.measureStatus.partly": { it: "attuata in parte", en: "partly implemented" },
  "pv.measureStatus.not_implemented": { it: "non attuata", en: "not implemented" },
  "pv.measureStatus.none": {
    it: "stato di attuazione non ancora rilevato",
    en: "implementation not yet monitored",
  },
  // Open data
  "openData.dataset.valore-pubblico": { it: "Valore pubblico", en: "Public value" },
  "openData.dataset.valore-pubblico.description": {
    it: "Gli obiettivi di valore pubblico (sezione 2.1) con gli obiettivi strategici del DUP da cui discendono, i portatori di interesse, gli obiettivi di performance e le misure di prevenzione della corruzione collegati.",
    en: "The public-value objectives (section 2.1) with the DUP strategic objectives they come from, the stakeholders, and the linked performance objectives and anti-corruption measures.",
  },
  "openData.dataset.indicatori-impatto": { it: "Indicatori di impatto", en: "Impact indicators" },
  "openData.dataset.indicatori-impatto.description": {
    it: "Gli indicatori di impatto del valore pubblico, una riga per indicatore e anno: valore di partenza, valore atteso, valore misurato e fonte del dato.",
    en: "The public-value impact indicators, one row per indicator and year: baseline, target, measured value and data source.",
  },
  "openData.dataset.procedimenti": { it: "Procedimenti", en: "Procedures" },
  "openData.dataset.procedimenti.description": {
    it: "Il catalogo dei procedimenti amministrativi, una riga per procedimento e anno di monitoraggio: struttura responsabile, termine di legge, presenza nell'elenco da semplificare, procedimenti conclusi, durata media e quota conclusa oltre il termine.",
    en: "The catalogue of administrative procedures, one row per procedure and monitored year: responsible unit, legal deadline, whether on the simplification list, concluded, average days and share concluded late.",
  },
  "portal.data.valore-pubblico": { it: "Valore pubblico", en: "Public value" },
  "portal.data.valore-pubblico.about": {
    it: "Obiettivi di valore pubblico con obiettivi strategici, portatori di interesse e obiettivi collegati",
    en: "Public-value objectives with strategic objectives, stakeholders and linked objectives",
  },
  "portal.data.indicatori-impatto": { it: "Indicatori di impatto", en: "Impact indicators" },
  "portal.data.indicatori-impatto.about": {
    it: "Valore di partenza, target e valori misurati per anno, con la fonte",
    en: "Baseline, targets and measured values by year, with the source",
  },
  "portal.data.procedimenti": { it: "Procedimenti", en: "Procedures" },
  "portal.data.procedimenti.about": {
    it: "Procedimenti con termine di legge e tempi effettivi di conclusione",
    en: "Procedures with their legal deadline and actual times",
  },
});
