import { registerCatalog } from "./translate.ts";

registerCatalog({
  "plan.noneInDatabase": {
    it: "Nel database non c'è ancora nessun piano: importane uno con «piao import FILE»",
    en: "There is no plan in the database yet: import one with «piao import FILE»",
  },
  "plan.notFound": { it: "Non esiste un piano con id {id}", en: "There is no plan with id {id}" },
  "plan.editionNotFound": {
    it: "Il piano non ha l'edizione {edition} (edizioni disponibili: {available})",
    en: "The plan has no edition {edition} (available editions: {available})",
  },
  "import.olderEdition": {
    it: "Il file è un'edizione del {file}, più vecchia di quella in vigore (edizione {edition} del {stored}): non è stato importato nulla",
    en: "The file is an edition of {file}, older than the current one (edition {edition} of {stored}): nothing was imported",
  },
});
