/** The workflow of sections and plan: stages, refusals, the page, the command. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "workflow.stage.draft": { it: "da compilare", en: "draft" },
  "workflow.stage.in_validation": { it: "in validazione", en: "in validation" },
  "workflow.stage.validated": { it: "validata", en: "validated" },
  "workflow.stage.approval_requested": {
    it: "approvazione richiesta",
    en: "approval requested",
  },
  "workflow.stage.approved": { it: "approvata", en: "approved" },
  "workflow.stage.published": { it: "pubblicata", en: "published" },
  "workflow.unit.plan": { it: "Piano nel suo insieme", en: "The plan as a whole" },
  "workflow.unknownSection": {
    it: "«{section}» non è una sezione del PIAO: usa 1, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4 o plan",
    en: "«{section}» is not a PIAO section: use 1, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4 or plan",
  },
  "workflow.unknownStage": {
    it: "«{stage}» non è una fase dell'iter: usa draft, in_validation, validated, approval_requested, approved",
    en: "«{stage}» is not a workflow stage: use draft, in_validation, validated, approval_requested, approved",
  },
  "workflow.illegalMove": {
    it: "La sezione {section} è «{from}»: non può passare a «{to}» (si avanza di una fase alla volta, o si rimanda a «da compilare» prima dell'approvazione)",
    en: "Section {section} is «{from}»: it cannot move to «{to}» (one stage forward at a time, or back to «draft» before approval)",
  },
  "workflow.publishedByPublication": {
    it: "«pubblicata» non si sceglie: il piano lo diventa quando lo pubblichi (Pubblicazione o «piao publish plan»)",
    en: "«published» is not chosen: the plan becomes so when you publish it (Publication or «piao publish plan»)",
  },
  "workflow.noteRequired": {
    it: "Per rimandare la sezione {section} a «da compilare» scrivi il motivo nella nota (almeno 3 caratteri)",
    en: "To send section {section} back to «draft» write the reason in the note (at least 3 characters)",
  },
  "workflow.planAhead": {
    it: "La sezione {section} non può tornare a «da compilare» mentre il piano è «{plan}»: rimanda prima il piano",
    en: "Section {section} cannot go back to «draft» while the plan is «{plan}»: send the plan back first",
  },
  "workflow.sectionsNotInValidation": {
    it: "Il piano non può passare a «{to}»: le sezioni obbligatorie {sections} non sono ancora in validazione",
    en: "The plan cannot move to «{to}»: the required sections {sections} are not in validation yet",
  },
  "workflow.sectionsNotApproved": {
    it: "Il piano non può passare a «{to}»: le sezioni obbligatorie {sections} non sono ancora approvate",
    en: "The plan cannot move to «{to}»: the required sections {sections} are not approved yet",
  },
  "workflow.changedMeanwhile": {
    it: "Un altro utente ha appena spostato la sezione {section}: ricarica la pagina e riprova",
    en: "Another user has just moved section {section}: reload the page and try again",
  },
  "workflow.sectionLocked": {
    it: "La sezione {section} è «{stage}»: i suoi contenuti non si possono modificare; per cambiarli rimandala prima a «da compilare»",
    en: "Section {section} is «{stage}»: its contents cannot be changed; send it back to «draft» first",
  },
  "workflow.title": { it: "Iter di approvazione", en: "Approval workflow" },
  "workflow.intro": {
    it: "Ogni sezione e il piano passano da «da compilare» a «in validazione», «validata», «approvazione richiesta», «approvata» e «pubblicata». Una sezione in validazione non si modifica, e blocca i contenuti delle altre sezioni che usa.",
    en: "Each section and the plan move from «draft» to «in validation», «validated», «approval requested», «approved» and «published». A section in validation cannot be changed, and locks what it uses of other sections.",
  },
  "workflow.simplified": {
    it: "PIAO semplificato (meno di 50 dipendenti): sono obbligatorie le sezioni 1, 2.3, 3.1, 3.2 e 3.3.",
    en: "Simplified PIAO (fewer than 50 employees): sections 1, 2.3, 3.1, 3.2 and 3.3 are required.",
  },
  "workflow.col.section": { it: "Sezione", en: "Section" },
  "workflow.col.stage": { it: "Fase", en: "Stage" },
  "workflow.col.updated": { it: "Ultimo passaggio", en: "Last step" },
  "workflow.col.moves": { it: "Passaggi possibili", en: "Possible moves" },
  "workflow.col.when": { it: "Quando", en: "When" },
  "workflow.col.who": { it: "Chi", en: "Who" },
  "workflow.col.step": { it: "Passaggio", en: "Step" },
  "workflow.col.note": { it: "Nota", en: "Note" },
  "workflow.notRequired": { it: "non obbligatoria", en: "not required" },
  "workflow.noMoves": { it: "nessuno", en: "none" },
  "workflow.moveTo": { it: "Porta a «{to}»", en: "Move to «{to}»" },
  "workflow.sendBack": { it: "Rimanda a «da compilare»", en: "Send back to «draft»" },
  "workflow.noteLabel": {
    it: "Nota (obbligatoria per rimandare)",
    en: "Note (required to send back)",
  },
  "workflow.noteOptional": { it: "Nota (facoltativa)", en: "Note (optional)" },
  "workflow.history": { it: "Storico dei passaggi", en: "History of the steps" },
  "workflow.noHistory": {
    it: "Nessun passaggio registrato: tutte le sezioni sono da compilare.",
    en: "No step recorded: every section is a draft.",
  },
  "workflow.moved": {
    it: "Sezione {section}: ora «{to}»",
    en: "Section {section}: now «{to}»",
  },
  "workflow.crumb": { it: "Iter", en: "Workflow" },
  "workflow.unitName": { it: "{section} {title}", en: "{section} {title}" },
  "simplified.note": {
    it: "PIAO semplificato (meno di 50 dipendenti)",
    en: "Simplified PIAO (fewer than 50 employees)",
  },
  "cli.workflow.moved": {
    it: "Piano {plan}, sezione {section}: da «{from}» a «{to}»",
    en: "Plan {plan}, section {section}: from «{from}» to «{to}»",
  },
  "cli.workflow.heading": {
    it: "Iter del piano {plan}",
    en: "Workflow of plan {plan}",
  },
});
