/** The words of the public comparison of administrations (/trasparenza/confronto). */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "compare.title": { it: "Confronto tra amministrazioni", en: "Comparing administrations" },
  "compare.lead": {
    it: "Grado di raggiungimento degli obiettivi di performance nelle campagne di consuntivo {year} pubblicate dalle amministrazioni.",
    en: "Achievement of the performance objectives in the {year} year-end campaigns the administrations published.",
  },
  "compare.none": {
    it: "Nessuna amministrazione ha ancora pubblicato i risultati di una campagna di consuntivo.",
    en: "No administration has published the results of a year-end campaign yet.",
  },
  "compare.noneForYear": {
    it: "Nessun risultato di consuntivo pubblicato per il {year}.",
    en: "No year-end results published for {year}.",
  },
  "compare.filters": { it: "Scegli anno e amministrazioni", en: "Choose year and administrations" },
  "compare.year": { it: "Anno", en: "Year" },
  "compare.region": { it: "Regione", en: "Region" },
  "compare.kind": { it: "Tipologia", en: "Kind" },
  "compare.all": { it: "Tutte", en: "All" },
  "compare.show": { it: "Mostra", en: "Show" },
  "compare.overallHeading": { it: "Grado complessivo", en: "Overall achievement" },
  "compare.overallCaption": {
    it: "Grado complessivo di raggiungimento tra le amministrazioni, {year}",
    en: "Overall achievement across administrations, {year}",
  },
  "compare.overallRow": { it: "Tutte le amministrazioni", en: "All administrations" },
  "compare.areasHeading": {
    it: "Per ambito del Piano di azioni positive",
    en: "By area of the Positive actions plan",
  },
  "compare.areasCaption": {
    it: "Grado di raggiungimento per ambito di azioni positive tra le amministrazioni, {year}",
    en: "Achievement by positive-action area across administrations, {year}",
  },
  "compare.areasChart": {
    it: "Media del grado di raggiungimento per ambito di azioni positive, {year}",
    en: "Mean achievement by positive-action area, {year}",
  },
  "compare.area": { it: "Ambito", en: "Area" },
  "compare.areaLabel": { it: "{number}. {title}", en: "{number}. {title}" },
  "compare.measured": {
    it: "Amministrazioni con risultato",
    en: "Administrations with a result",
  },
  "compare.measuredOf": { it: "{measured} su {total}", en: "{measured} of {total}" },
  "compare.mean": { it: "Media", en: "Mean" },
  "compare.median": { it: "Mediana", en: "Median" },
  "compare.min": { it: "Minimo", en: "Minimum" },
  "compare.max": { it: "Massimo", en: "Maximum" },
  "compare.listHeading": { it: "Amministrazioni", en: "Administrations" },
  "compare.listCaption": {
    it: "Amministrazioni per grado di raggiungimento, {year}: pagina {page} di {pages}",
    en: "Administrations by achievement, {year}: page {page} of {pages}",
  },
  "compare.rank": { it: "Posizione", en: "Rank" },
  "compare.administration": { it: "Amministrazione", en: "Administration" },
  "compare.score": { it: "Grado di raggiungimento", en: "Achievement" },
  "compare.objectives": { it: "Obiettivi valutati", en: "Objectives assessed" },
  "compare.notMeasured": { it: "non rilevato", en: "not measured" },
  "compare.noAdministrations": {
    it: "Nessuna amministrazione corrisponde ai filtri scelti.",
    en: "No administration matches the chosen filters.",
  },
  "compare.total": {
    it: "{n} amministrazioni",
    itOne: "1 amministrazione",
    en: "{n} administrations",
    enOne: "1 administration",
  },
  "compare.pages": { it: "Pagine dell'elenco", en: "Pages of the list" },
  "compare.previous": { it: "Pagina precedente", en: "Previous page" },
  "compare.next": { it: "Pagina successiva", en: "Next page" },
  "compare.pageOf": { it: "Pagina {page} di {pages}", en: "Page {page} of {pages}" },
});
