/**
 * The tables of sections 3.1 (staff in service), 3.2 (agile work) and 3.3
 * (staffing plan, spending-limit checks, training plan), as document blocks
 * the PIAO puts under each section; the staff pages show the same blocks.
 * The gender statistics follow the 3.1 staff counts they are computed from.
 */
import { formatItalianDate, formatTarget } from "../../domain/format-value.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { AGE_BANDS, JOB_AREAS } from "../../domain/sections/people.ts";
import { checkSpendingLimits, formatEuro } from "../../domain/spending-limits.ts";
import { translate } from "../../i18n/index.ts";
import type { Block, TableColumn } from "../model.ts";
import { genderStatisticsBlocks } from "./gender-statistics.ts";

const it = (code: string) => translate(code, {}, "it");
const int = (n: number) => n.toLocaleString("it-IT");
const yesNo = (b: boolean) => (b ? "sì" : "no");
const right = (header: string, width = 1): TableColumn => ({ header, width, align: "right" });
const text = (header: string, width = 2): TableColumn => ({ header, width });

function table(caption: string, columns: TableColumn[], rows: string[][]): Block {
  return { type: "table", caption, sheet: caption.slice(0, 31), columns, rows };
}

const sum = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((s, i) => s + value(i), 0);

function staffDate(doc: PlanDocument): string {
  const d = doc.organisation.staffDate;
  return d ? ` al ${formatItalianDate(d)}` : "";
}

function staffByUnit(doc: PlanDocument): Block {
  const staff = doc.organisation.staff;
  const units = [...new Set(staff.map((s) => s.unitKey))];
  const row = (label: string, rows: typeof staff) => [
    label,
    int(sum(rows, (s) => (s.gender === "female" ? s.headcount : 0))),
    int(sum(rows, (s) => (s.gender === "male" ? s.headcount : 0))),
    int(sum(rows, (s) => (s.partTime ? s.headcount : 0))),
    int(sum(rows, (s) => s.headcount)),
  ];
  return table(
    `Personale in servizio${staffDate(doc)} per struttura`,
    [
      text("Struttura", 4),
      right("Donne"),
      right("Uomini"),
      right("di cui part-time"),
      right("Totale"),
    ],
    [
      ...units.map((u) =>
        row(
          u,
          staff.filter((s) => s.unitKey === u),
        ),
      ),
      row("Totale", staff),
    ],
  );
}

function staffByArea(doc: PlanDocument): Block {
  const staff = doc.organisation.staff;
  const cells = (rows: typeof staff) => [
    ...AGE_BANDS.map((b) => int(sum(rows, (s) => (s.ageBand === b ? s.headcount : 0)))),
    int(sum(rows, (s) => (s.gender === "female" ? s.headcount : 0))),
    int(sum(rows, (s) => (s.gender === "male" ? s.headcount : 0))),
    int(sum(rows, (s) => s.headcount)),
  ];
  return table(
    `Personale in servizio${staffDate(doc)} per area, fascia d'età e genere`,
    [
      text("Area", 3),
      ...AGE_BANDS.map((b) => right(it(`people.ageBand.${b}`))),
      right("Donne"),
      right("Uomini"),
      right("Totale"),
    ],
    [
      ...JOB_AREAS.map((a) => [
        it(`people.jobArea.${a}`),
        ...cells(staff.filter((s) => s.jobArea === a)),
      ]),
      ["Totale", ...cells(staff)],
    ],
  );
}

function organisationBlocks(doc: PlanDocument, withGender: boolean): Block[] {
  if (doc.organisation.staff.length === 0) {
    return [{ type: "missing", text: "Personale in servizio non indicato" }];
  }
  return [staffByUnit(doc), staffByArea(doc), ...(withGender ? genderStatisticsBlocks(doc) : [])];
}

function agileBlocks(doc: PlanDocument): Block[] {
  const a = doc.agileWork;
  const out: Block[] = [];
  if (a.conditions.length > 0) {
    out.push(
      table(
        "Condizioni abilitanti del lavoro agile",
        [text("Codice", 1), text("Tipo"), text("Condizione", 4), text("Presente", 1)],
        a.conditions.map((c) => [
          c.code,
          it(`people.condition.${c.kind}`),
          c.description,
          yesNo(c.met),
        ]),
      ),
    );
  }
  if (a.objectives.length > 0) {
    out.push(
      table(
        "Obiettivi e indicatori del lavoro agile",
        [
          text("Obiettivo", 3),
          text("Indicatore", 3),
          text("Valore di partenza"),
          text("Target"),
          text("Fonte"),
        ],
        a.objectives.flatMap((o) =>
          (o.indicators.length ? o.indicators : [null]).map((i) => [
            `${o.code} ${o.title}`,
            i ? `${i.code} ${i.description}` : "—",
            i?.baseline
              ? `${formatTarget(i.baseline)}${i.baselineYear ? ` (${i.baselineYear})` : ""}`
              : "—",
            i ? i.targets.map((t) => `${t.year}: ${formatTarget(t.value)}`).join("; ") || "—" : "—",
            i?.source ?? "—",
          ]),
        ),
      ),
    );
  }
  if (a.staff.length > 0) {
    const units = [...new Set(a.staff.map((s) => s.unitKey))];
    const cell = (rows: typeof a.staff, mode: string, gender: string) =>
      int(sum(rows, (s) => (s.mode === mode && s.gender === gender ? s.headcount : 0)));
    const row = (label: string, rows: typeof a.staff) => [
      label,
      cell(rows, "agile", "female"),
      cell(rows, "agile", "male"),
      cell(rows, "remote", "female"),
      cell(rows, "remote", "male"),
      int(sum(rows, (s) => s.headcount)),
    ];
    out.push(
      table(
        "Personale in lavoro agile e da remoto per struttura e genere",
        [
          text("Struttura", 4),
          right("Agile — donne"),
          right("Agile — uomini"),
          right("Da remoto — donne"),
          right("Da remoto — uomini"),
          right("Totale"),
        ],
        [
          ...units.map((u) =>
            row(
              u,
              a.staff.filter((s) => s.unitKey === u),
            ),
          ),
          row("Totale", a.staff),
        ],
      ),
    );
  }
  return out;
}

function establishment(doc: PlanDocument): Block {
  const posts = doc.staffing.establishment;
  return table(
    "Dotazione organica per profilo e area",
    [
      text("Profilo", 3),
      text("Area"),
      right("Posti previsti"),
      right("Posti coperti"),
      right("Posti vacanti"),
    ],
    [
      ...posts.map((p) => [
        p.profile,
        it(`people.jobArea.${p.jobArea}`),
        int(p.posts),
        int(p.filled),
        int(p.posts - p.filled),
      ]),
      [
        "Totale",
        "",
        int(sum(posts, (p) => p.posts)),
        int(sum(posts, (p) => p.filled)),
        int(sum(posts, (p) => p.posts - p.filled)),
      ],
    ],
  );
}

function departures(doc: PlanDocument): Block {
  return table(
    "Cessazioni previste",
    [text("Anno", 1), text("Profilo", 3), text("Area"), right("Numero"), text("Motivo")],
    doc.staffing.departures.map((d) => [
      String(d.year),
      d.profile,
      it(`people.jobArea.${d.jobArea}`),
      int(d.count),
      it(`people.reason.${d.reason}`),
    ]),
  );
}

function hires(doc: PlanDocument): Block {
  const list = [...doc.staffing.hires].sort((a, b) => a.year - b.year);
  return table(
    "Assunzioni programmate per anno",
    [
      text("Anno", 1),
      text("Codice", 1),
      text("Profilo", 3),
      text("Area"),
      right("Numero"),
      text("Modalità"),
      right("Costo annuo"),
      text("Struttura", 3),
    ],
    list.map((h) => [
      String(h.year),
      h.code,
      h.profile,
      it(`people.jobArea.${h.jobArea}`),
      int(h.count),
      it(`people.channel.${h.channel}`),
      formatEuro(h.annualCost),
      h.unitKey ?? "—",
    ]),
  );
}

/** The spending-limit checks: what each rule limits in each year, the margin and the outcome. */
export function spendingLimitsBlock(doc: PlanDocument): Block {
  return table(
    "Verifica dei limiti di spesa",
    [
      text("Limite", 3),
      text("Riferimento normativo"),
      text("Base"),
      text("Anno", 1),
      right("Spesa"),
      right("Limite"),
      right("Margine"),
      text("Esito"),
    ],
    checkSpendingLimits(doc).map((c) => [
      `${c.rule.code} ${c.rule.title}`,
      c.rule.legalReference,
      it(`people.basis.${c.rule.basis}`),
      String(c.year),
      formatEuro(c.spending),
      formatEuro(c.rule.limit),
      formatEuro(c.margin),
      it(`people.limit.${c.status}`),
    ]),
  );
}

function training(doc: PlanDocument): Block {
  const courses = [...doc.staffing.training].sort((a, b) => a.year - b.year);
  return table(
    "Piano della formazione",
    [
      text("Anno", 1),
      text("Codice", 1),
      text("Corso", 4),
      right("Ore"),
      text("Sicurezza obbligatoria (D.lgs. 81/2008)"),
      right("Partecipanti donne"),
      right("Partecipanti uomini"),
    ],
    courses.map((c) => [
      String(c.year),
      c.code,
      c.title,
      int(c.hours),
      yesNo(c.mandatorySafety),
      int(c.participantsFemale),
      int(c.participantsMale),
    ]),
  );
}

function staffingBlocks(doc: PlanDocument): Block[] {
  const s = doc.staffing;
  return [
    ...(s.establishment.length ? [establishment(doc)] : []),
    ...(s.departures.length ? [departures(doc)] : []),
    ...(s.hires.length ? [hires(doc)] : []),
    ...(s.spendingLimits.length ? [spendingLimitsBlock(doc)] : []),
    ...(s.training.length ? [training(doc)] : []),
  ];
}

/**
 * The record tables of section "3.1", "3.2" or "3.3"; none for other codes.
 * 3.1 ends with the gender statistics unless a page shows them apart.
 */
export function peopleBlocks(
  doc: PlanDocument,
  code: string,
  options: { genderStatistics: boolean } = { genderStatistics: true },
): Block[] {
  switch (code) {
    case "3.1":
      return organisationBlocks(doc, options.genderStatistics);
    case "3.2":
      return agileBlocks(doc);
    case "3.3":
      return staffingBlocks(doc);
    default:
      return [];
  }
}
