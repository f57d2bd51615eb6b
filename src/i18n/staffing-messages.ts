/**
 * The words of sections 3.1 (staff), 3.2 (agile work), 3.3 (staffing,
 * spending limits, training) and the gender statistics: their categories,
 * the rules on their records, the staff pages.
 */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "people.jobArea.operators": { it: "Operatori", en: "Operators" },
  "people.jobArea.expert_operators": { it: "Operatori esperti", en: "Expert operators" },
  "people.jobArea.instructors": { it: "Istruttori", en: "Instructors" },
  "people.jobArea.officials": {
    it: "Funzionari ed Elevata Qualificazione",
    en: "Officials and high qualification",
  },
  "people.jobArea.managers": { it: "Dirigenti", en: "Managers" },
  "people.gender.female": { it: "Donne", en: "Women" },
  "people.gender.male": { it: "Uomini", en: "Men" },
  "people.ageBand.under_30": { it: "Meno di 30 anni", en: "Under 30" },
  "people.ageBand.30_39": { it: "30-39 anni", en: "30-39" },
  "people.ageBand.40_49": { it: "40-49 anni", en: "40-49" },
  "people.ageBand.50_59": { it: "50-59 anni", en: "50-59" },
  "people.ageBand.60_over": { it: "60 anni e oltre", en: "60 and over" },
  "people.role.manager": { it: "Dirigenti", en: "Managers" },
  "people.role.eq_holder": {
    it: "Titolari di incarico di Elevata Qualificazione",
    en: "High-qualification post holders",
  },
  "people.role.staff": { it: "Altro personale", en: "Other staff" },
  "people.partTime.true": { it: "Part-time", en: "Part-time" },
  "people.partTime.false": { it: "Tempo pieno", en: "Full-time" },
  "people.mode.agile": { it: "Lavoro agile", en: "Agile work" },
  "people.mode.remote": { it: "Lavoro da remoto", en: "Remote work" },
  "people.condition.organisational": { it: "Misure organizzative", en: "Organisational" },
  "people.condition.technological": {
    it: "Piattaforme tecnologiche",
    en: "Technology platforms",
  },
  "people.condition.skills": { it: "Competenze professionali", en: "Skills" },
  "people.condition.health": { it: "Salute organizzativa", en: "Organisational health" },
  "people.channel.competition": { it: "Concorso pubblico", en: "Public competition" },
  "people.channel.mobility": { it: "Mobilità", en: "Mobility" },
  "people.channel.existing_ranking": {
    it: "Scorrimento graduatorie",
    en: "Existing rankings",
  },
  "people.channel.protected_categories": {
    it: "Categorie protette (L. 68/1999)",
    en: "Protected categories (L. 68/1999)",
  },
  "people.channel.progression": { it: "Progressione verticale", en: "Vertical progression" },
  "people.reason.retirement": { it: "Pensionamento", en: "Retirement" },
  "people.reason.mobility": { it: "Mobilità in uscita", en: "Outgoing mobility" },
  "people.reason.resignation": { it: "Dimissioni", en: "Resignation" },
  "people.reason.other": { it: "Altro", en: "Other" },
  "people.basis.planned_hires": {
    it: "Costo delle assunzioni programmate",
    en: "Cost of the planned hires",
  },
  "people.basis.staff_spending": {
    it: "Spesa complessiva di personale",
    en: "Whole staff spending",
  },
  "people.kind.departure": { it: "la cessazione", en: "the departure" },
  "people.limit.within": { it: "entro il limite", en: "within the limit" },
  "people.limit.exceeded": { it: "LIMITE SUPERATO", en: "LIMIT EXCEEDED" },
});

registerCatalog({
  "staffing.negativeCost": {
    it: "il costo annuo non può essere negativo ({value})",
    en: "the annual cost cannot be negative ({value})",
  },
  "staffing.badCount": {
    it: "il numero di assunzioni deve essere almeno 1 ({value})",
    en: "the number of hires must be at least 1 ({value})",
  },
  "staffing.yearOutsidePeriod": {
    it: "{kind} «{code}»: l'anno {year} è fuori dal periodo del piano ({period})",
    en: "{kind} «{code}»: the year {year} is outside the plan's period ({period})",
  },
  "staffing.filledOverPosts": {
    it: "il profilo «{profile}» ha {filled} posti coperti su {posts} previsti: i coperti non possono superare i previsti",
    en: "the profile «{profile}» has {filled} posts filled out of {posts}: filled posts cannot exceed the posts",
  },
  "staffing.committedForHires": {
    it: "il limite «{code}» riguarda il costo delle assunzioni programmate: la spesa già impegnata deve essere 0 ({value})",
    en: "the limit «{code}» is on the cost of the planned hires: the committed spending must be 0 ({value})",
  },
  "organisation.duplicateStaff": {
    it: "questa riga ripete la riga {first} (struttura «{unit}», {jobArea}, {gender}, {ageBand}, {role}, {partTime}): sommare i due conteggi in una riga",
    en: "this row repeats row {first} (unit «{unit}», {jobArea}, {gender}, {ageBand}, {role}, {partTime}): add the two counts in one row",
  },
  "agileWork.duplicateStaff": {
    it: "questa riga ripete la riga {first} (struttura «{unit}», {gender}, {mode}): sommare i due conteggi in una riga",
    en: "this row repeats row {first} (unit «{unit}», {gender}, {mode}): add the two counts in one row",
  },
  "organisation.noStaff": {
    it: "La sezione 3.1 non ha il personale in servizio per struttura, area, genere e fascia d'età",
    en: "Section 3.1 has no staff counts by unit, job area, gender and age band",
  },
  "organisation.unitWithoutHead": {
    it: "La struttura «{unit}» non ha un responsabile",
    en: "The unit «{unit}» has no head",
  },
  "agileWork.moreThanStaff": {
    it: "La struttura «{unit}» ha {agile} persone in lavoro agile o da remoto ma {staff} in servizio (sezione 3.1)",
    en: "The unit «{unit}» has {agile} people in agile or remote work but {staff} on its staff (section 3.1)",
  },
  "staffing.noSafetyTraining": {
    it: "Nel {year} il piano della formazione non ha un corso obbligatorio sulla sicurezza (D.lgs. 81/2008)",
    en: "In {year} the training plan has no mandatory safety course (D.lgs. 81/2008)",
  },
  "staffing.departuresNotReplaced": {
    it: "Nel {year} sono previste {departures} cessazioni ma {hires} assunzioni",
    en: "In {year} there are {departures} departures planned but {hires} hires",
  },
  "staffing.spendingLimitExceeded": {
    it: "Limite di spesa «{code}» ({title}) superato nel {year}: spesa {spending}, limite {limit}, eccedenza {excess}",
    en: "Spending limit «{code}» ({title}) exceeded in {year}: spending {spending}, limit {limit}, excess {excess}",
  },
});

registerCatalog({
  "peoplePlan.staff.title": {
    it: "Personale, lavoro agile e fabbisogni",
    en: "Staff, agile work and staffing needs",
  },
  "peoplePlan.gender.title": { it: "Statistiche di genere", en: "Gender statistics" },
  "peoplePlan.gender.empty": {
    it: "Il piano non ha ancora personale, lavoro agile o formazione da cui calcolarle.",
    en: "The plan has no staff, agile work or training yet to compute them from.",
  },
  "peoplePlan.section.3.1": {
    it: "3.1 Struttura organizzativa: personale in servizio",
    en: "3.1 Organisation: staff in service",
  },
  "peoplePlan.section.3.2": { it: "3.2 Organizzazione del lavoro agile", en: "3.2 Agile work" },
  "peoplePlan.section.3.3": {
    it: "3.3 Piano triennale dei fabbisogni di personale e formazione",
    en: "3.3 Three-year staffing plan and training",
  },
  "peoplePlan.empty": {
    it: "La sezione non ha ancora dati.",
    en: "The section has no data yet.",
  },
  "peoplePlan.publicLink": {
    it: "Statistiche di genere del personale",
    en: "Gender statistics of the staff",
  },
});

const DATASETS: Record<string, [string, string, string, string]> = {
  personale: [
    "Personale in servizio",
    "Staff in service",
    "Il personale in servizio (sezione 3.1) per struttura, area, genere, fascia d'età, ruolo e tempo di lavoro.",
    "The staff in service (section 3.1) by unit, job area, gender, age band, role and working time.",
  ],
  "lavoro-agile": [
    "Lavoro agile",
    "Agile work",
    "Il personale in lavoro agile o da remoto (sezione 3.2) per struttura e genere.",
    "The staff in agile or remote work (section 3.2) by unit and gender.",
  ],
  fabbisogni: [
    "Fabbisogni di personale",
    "Staffing needs",
    "Le assunzioni programmate (sezione 3.3): anno, profilo, area, numero, modalità di reclutamento e costo annuo.",
    "The planned hires (section 3.3): year, profile, job area, number, recruitment channel and yearly cost.",
  ],
  formazione: [
    "Formazione",
    "Training",
    "I corsi del piano della formazione: anno, ore, formazione obbligatoria sulla sicurezza, partecipanti donne e uomini.",
    "The courses of the training plan: year, hours, mandatory safety training, women and men taking part.",
  ],
  "statistiche-genere": [
    "Statistiche di genere",
    "Gender statistics",
    "Donne, uomini e quota di donne del personale per area, ruolo, fascia d'età, tempo di lavoro, lavoro agile e formazione.",
    "Women, men and share of women of the staff by job area, role, age band, working time, agile work and training.",
  ],
};

registerCatalog(
  Object.fromEntries(
    Object.entries(DATASETS).flatMap(([id, [itName, enName, itAbout, enAbout]]) => [
      [`openData.dataset.${id}`, { it: itName, en: enName }],
      [`openData.dataset.${id}.description`, { it: itAbout, en: enAbout }],
      [`portal.data.${id}`, { it: itName, en: enName }],
      [`portal.data.${id}.about`, { it: itAbout, en: enAbout }],
    ]),
  ),
);

/** The legend of the open data's codes (/trasparenza/dati). */
registerCatalog({
  "openData.code.operators": { it: "operatori", en: "operators" },
  "openData.code.expert_operators": { it: "operatori esperti", en: "expert operators" },
  "openData.code.instructors": { it: "istruttori", en: "instructors" },
  "openData.code.officials": {
    it: "funzionari ed elevata qualificazione",
    en: "officials and high qualification",
  },
  "openData.code.managers": { it: "dirigenti (area)", en: "managers (job area)" },
  "openData.code.female": { it: "donne", en: "women" },
  "openData.code.male": { it: "uomini", en: "men" },
  "openData.code.under_30": { it: "meno di 30 anni", en: "under 30" },
  "openData.code.30_39": { it: "da 30 a 39 anni", en: "30 to 39" },
  "openData.code.40_49": { it: "da 40 a 49 anni", en: "40 to 49" },
  "openData.code.50_59": { it: "da 50 a 59 anni", en: "50 to 59" },
  "openData.code.60_over": { it: "60 anni e oltre", en: "60 and over" },
  "openData.code.manager": { it: "dirigente (ruolo)", en: "manager (role)" },
  "openData.code.eq_holder": {
    it: "titolare di incarico di elevata qualificazione",
    en: "high-qualification post holder",
  },
  "openData.code.staff": {
    it: "altro personale; tutto il personale",
    en: "other staff; all staff",
  },
  "openData.code.agile": { it: "lavoro agile", en: "agile work" },
  "openData.code.remote": { it: "lavoro da remoto", en: "remote work" },
  "openData.code.competition": { it: "concorso pubblico", en: "public competition" },
  "openData.code.mobility": { it: "mobilità", en: "mobility" },
  "openData.code.existing_ranking": { it: "scorrimento graduatorie", en: "existing rankings" },
  "openData.code.protected_categories": {
    it: "categorie protette (L. 68/1999)",
    en: "protected categories (L. 68/1999)",
  },
  "openData.code.progression": { it: "progressione verticale", en: "vertical progression" },
  "openData.code.total": { it: "totale del personale", en: "all staff" },
  "openData.code.job_area": { it: "per area professionale", en: "by job area" },
  "openData.code.role": { it: "per ruolo", en: "by role" },
  "openData.code.age_band": { it: "per fascia d'età", en: "by age band" },
  "openData.code.working_time": { it: "per tempo di lavoro", en: "by working time" },
  "openData.code.agile_work": { it: "lavoro agile e da remoto", en: "agile and remote work" },
  "openData.code.full_time": { it: "tempo pieno", en: "full-time" },
  "openData.code.part_time": { it: "part-time", en: "part-time" },
  "openData.code.participants": { it: "partecipanti ai corsi", en: "course participants" },
  "openData.code.participant_hours": {
    it: "ore di formazione (ore × partecipanti)",
    en: "training hours (hours × participants)",
  },
});
