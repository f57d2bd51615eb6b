/** `/scadenze`: the deadline indicators of the year in three tables: due soon, overdue, met. */
import { formatDate } from "../../../i18n/index.ts";
import {
  type DeadlineCalendar,
  type DeadlineItem,
  DUE_SOON_DAYS,
} from "../../../services/deadlines.ts";
import { alertBox } from "../../components/alerts.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

export interface DeadlinesData {
  calendar: DeadlineCalendar;
  planTitle: string;
  /** The head's unit when the list is limited to it; null when showing all. */
  onlyUnit: string | null;
  /** Whether the user has a unit to limit to (a head). */
  hasUnit: boolean;
}

function dueText(ctx: PageContext, i: DeadlineItem): string {
  const date = formatDate(i.due);
  return i.reprogrammed ? `${date} (${ctx.t("dash.deadlines.reprogrammed")})` : date;
}

function table(
  ctx: PageContext,
  d: DeadlinesData,
  caption: string,
  lastHead: string,
  items: DeadlineItem[],
  last: (i: DeadlineItem) => HtmlValue,
) {
  return dataTable({
    caption,
    captionVisible: false,
    head: [
      ctx.t("dash.indicator"),
      ctx.t("dash.objective"),
      ctx.t("dash.unit"),
      ctx.t("dash.deadlines.due"),
      lastHead,
    ],
    rows: items.map((i) => [
      `${i.indicatorCode} ${i.description}`,
      `${i.objectiveCode} ${i.objectiveTitle}`,
      i.unitKey ? (d.calendar.unitNames.get(i.unitKey) ?? i.unitKey) : "—",
      dueText(ctx, i),
      last(i),
    ]),
    empty: ctx.t("dash.deadlines.none"),
    rowHeaders: true,
  });
}

function toggle(ctx: PageContext, d: DeadlinesData): HtmlValue {
  if (!d.hasUnit) return "";
  return d.onlyUnit
    ? html`<p>${ctx.t("dash.deadlines.onlyUnit", { unit: d.calendar.unitNames.get(d.onlyUnit) ?? d.onlyUnit })} <a href="/scadenze?tutte=1">${ctx.t("dash.deadlines.showAll")}</a></p>`
    : html`<p><a href="/scadenze">${ctx.t("dash.deadlines.showMine")}</a></p>`;
}

interface Part {
  id: string;
  heading: string;
  lastHead: string;
  items: DeadlineItem[];
  last: (i: DeadlineItem) => string;
}

function parts(ctx: PageContext, c: DeadlinesData["calendar"]): Part[] {
  const late = (n: number) => ctx.t("dash.deadlines.lateDays", { n });
  return [
    {
      id: "in-scadenza",
      heading: ctx.t("dash.deadlines.dueSoon", { n: DUE_SOON_DAYS }),
      lastHead: ctx.t("dash.deadlines.daysLeft"),
      items: c.dueSoon,
      last: (i) => ctx.t("dash.deadlines.inDays", { n: i.days }),
    },
    {
      id: "in-ritardo",
      heading: ctx.t("dash.deadlines.overdue"),
      lastHead: ctx.t("dash.deadlines.daysLate"),
      items: c.overdue,
      last: (i) => late(i.days),
    },
    {
      id: "rispettate",
      heading: ctx.t("dash.deadlines.met"),
      lastHead: ctx.t("dash.deadlines.doneOn"),
      items: c.met,
      last: (i) =>
        `${formatDate(i.doneOn ?? "")}: ${i.days === 0 ? ctx.t("dash.deadlines.onTime") : late(i.days)}`,
    },
  ];
}

export function deadlinesPage(ctx: PageContext, d: DeadlinesData): PageOptions {
  const c = d.calendar;
  return {
    title: ctx.t("nav.deadlines"),
    lead: ctx.t("dash.deadlines.lead", {
      plan: d.planTitle,
      year: String(c.year),
      date: formatDate(c.today),
    }),
    body: html`${toggle(ctx, d)}
${c.campaignId === null ? alertBox("info", ctx.t("dash.deadlines.noCampaign", { year: String(c.year) })) : ""}
${parts(ctx, c).map(
  (p) =>
    html`<section aria-labelledby="${p.id}" class="mt-4"><h2 class="h4" id="${p.id}">${p.heading}</h2>${table(ctx, d, p.heading, p.lastHead, p.items, p.last)}</section>`,
)}`,
  };
}
