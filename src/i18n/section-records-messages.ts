/** The words shared by the records of sections 2.1, 2.3 and 3.x: their kinds and their links. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "records.duplicateCode": {
    it: "{kind}: il codice «{code}» compare due volte",
    en: "{kind}: the code «{code}» appears twice",
  },
  "records.unknownReference": {
    it: "{fromKind} «{from}» indica {kind} «{code}», che non c'è nel piano (se l'hai eliminato, togli prima il riferimento)",
    en: "{fromKind} «{from}» refers to {kind} «{code}», which is not in the plan (if you deleted it, remove the reference first)",
  },
  "records.locked": {
    it: "{kind} «{code}» non si può modificare: lo usa {users}, in una sezione già in validazione",
    en: "{kind} «{code}» cannot be changed: {users} uses it, in a section already in validation",
  },
  "records.kind.unit": { it: "la struttura", en: "the unit" },
  "records.kind.objective": { it: "l'obiettivo di performance", en: "the performance objective" },
  "records.kind.stakeholder": { it: "il portatore di interesse", en: "the stakeholder" },
  "records.kind.strategicObjective": {
    it: "l'obiettivo strategico (DUP)",
    en: "the strategic objective (DUP)",
  },
  "records.kind.publicValueObjective": {
    it: "l'obiettivo di valore pubblico",
    en: "the public-value objective",
  },
  "records.kind.procedure": { it: "il procedimento", en: "the procedure" },
  "records.kind.simplification": {
    it: "l'azione di semplificazione",
    en: "the simplification action",
  },
  "records.kind.accessibilityAction": {
    it: "l'azione per l'accessibilità",
    en: "the accessibility action",
  },
  "records.kind.riskArea": { it: "l'area di rischio", en: "the risk area" },
  "records.kind.macroProcess": { it: "il macro-processo", en: "the macro-process" },
  "records.kind.process": { it: "il processo", en: "the process" },
  "records.kind.riskEvent": { it: "l'evento rischioso", en: "the risk event" },
  "records.kind.riskIndicator": {
    it: "l'indicatore di rischio",
    en: "the risk indicator",
  },
  "records.kind.measure": { it: "la misura di prevenzione", en: "the prevention measure" },
  "records.kind.obligation": {
    it: "l'obbligo di pubblicazione",
    en: "the transparency obligation",
  },
  "records.kind.agileCondition": {
    it: "la condizione abilitante del lavoro agile",
    en: "the agile-work enabling condition",
  },
  "records.kind.agileObjective": {
    it: "l'obiettivo di lavoro agile",
    en: "the agile-work objective",
  },
  "records.kind.hire": { it: "l'assunzione programmata", en: "the planned hire" },
  "records.kind.spendingLimit": { it: "il limite di spesa", en: "the spending limit" },
  "records.kind.trainingCourse": { it: "il corso di formazione", en: "the training course" },
  "records.kind.staffCount": {
    it: "la riga del personale in servizio",
    en: "the staff row",
  },
  "records.kind.agileStaff": {
    it: "la riga del personale in lavoro agile",
    en: "the agile-work staff row",
  },
});
