/**
 * The walk through the document after the index: section headings, the
 * scheda anagrafica, the list of action areas, "AZIONE n" headings and the
 * objective blocks; all other text goes to the body of the current section.
 */
import type { Objective, ObjectiveTag } from "../../domain/plan.ts";
import { normKey } from "../text-folding.ts";
import type { ActionCollector } from "./actions.ts";
import type { AnagraficaReader } from "./anagrafica.ts";
import type { ReadContext } from "./context.ts";
import { readIndicatorTable } from "./indicators.ts";
import type { SourceLine } from "./lines.ts";
import { readObjective } from "./objectives.ts";
import {
  type ActionHeading,
  isObjectiveHeader,
  isTableHeaderStart,
  matchActionAnnouncement,
  matchActionHeading,
} from "./recognise.ts";
import type { SectionDraft } from "./sections.ts";

export function walkBody(
  ctx: ReadContext,
  start: number,
  actions: ActionCollector,
  anagrafica: AnagraficaReader,
): Objective[] {
  const walker = new BodyWalker(ctx, actions, anagrafica);
  let i = start;
  while (i < ctx.lines.length) i = walker.step(i);
  return walker.objectives;
}

class BodyWalker {
  readonly objectives: Objective[] = [];
  private section: SectionDraft | null = null;
  private action: number | null = null;
  private actionHasObjective = false;
  private listOpen = false;
  /** Code of the objective whose table just ended, until something new starts. */
  private afterObjective: string | null = null;
  private warnedOutside = false;

  constructor(
    private readonly ctx: ReadContext,
    private readonly actions: ActionCollector,
    private readonly anagrafica: AnagraficaReader,
  ) {}

  /** Reads what starts at position i; returns the position after it. */
  step(i: number): number {
    const line = this.ctx.lines[i] as SourceLine;
    if (isObjectiveHeader(line)) return this.objective(i);
    const heading = matchActionHeading(this.ctx.lines, i);
    if (heading) return this.actionHeading(heading, i);
    const section = this.ctx.sections.open(line);
    if (section) {
      this.enterSection(section);
      return i + 1;
    }
    if (isTableHeaderStart(line)) {
      this.ctx.sink.error("import.tableWithoutObjective", line.line);
      return readIndicatorTable(this.ctx, i, "?").next;
    }
    this.text(line);
    return i + 1;
  }

  private objective(i: number): number {
    const place = { positiveAction: this.action, tags: this.tags() };
    const result = readObjective(this.ctx, i, place);
    if (result.objective) this.objectives.push(result.objective);
    if (this.action !== null) this.actions.countObjective(this.action);
    this.actionHasObjective = true;
    this.listOpen = false;
    this.afterObjective = result.code;
    return result.next;
  }

  private actionHeading(heading: ActionHeading, i: number): number {
    this.actions.heading(heading);
    this.action = heading.number;
    this.actionHasObjective = false;
    this.listOpen = false;
    this.afterObjective = null;
    return i + heading.consumed;
  }

  private enterSection(section: SectionDraft): void {
    this.section = section;
    this.action = null;
    this.listOpen = false;
    this.afterObjective = null;
  }

  private text(line: SourceLine): void {
    if (this.listOpen && this.listLine(line)) return;
    if (this.anagrafica.tryRow(line, this.ctx.sink)) return;
    const announcement = matchActionAnnouncement(line);
    if (announcement) {
      this.actions.announce(line.line, announcement.count);
      this.listOpen = true;
    }
    if (this.afterObjective !== null) {
      this.ctx.sink.warning("import.unplacedText", line.line, { objective: this.afterObjective });
    } else if (this.action !== null && !this.actionHasObjective) {
      this.actions.addHeadingParagraph(this.action, line.text);
      return;
    }
    this.addToSection(line);
  }

  private listLine(line: SourceLine): boolean {
    return this.actions.tryListEntry(line) || this.actions.addListParagraph(line.text);
  }

  private addToSection(line: SourceLine): void {
    if (this.section) {
      this.section.paragraphs.push(line.text);
    } else if (!this.warnedOutside) {
      this.ctx.sink.warning("import.textBeforeSections", line.line);
      this.warnedOutside = true;
    }
  }

  private tags(): ObjectiveTag[] {
    const title = normKey(this.section?.title ?? "");
    const tags: ObjectiveTag[] = [];
    if (this.action !== null || /PARITA DI GENERE|AZIONI POSITIVE|PARI OPPORTUNITA/.test(title)) {
      tags.push("gender_equality");
    }
    if (title.includes("DIGITALIZZAZIONE")) tags.push("digitalisation");
    if (title.includes("ACCESSIBILITA")) tags.push("accessibility");
    if (title.includes("SEMPLIFICAZIONE")) tags.push("simplification");
    return tags;
  }
}
