/**
 * The ambiti di azione of the Piano Azioni Positive. They are announced
 * ("… 5 AMBITI DI AZIONE:"), listed with a description ("1 TITLE" and its
 * paragraphs), and then head the objectives in the annex ("AZIONE 1 TITLE").
 */
import type { PositiveAction } from "../../domain/plan.ts";
import { hasLowercase } from "../text-folding.ts";
import type { SourceLine } from "./lines.ts";
import type { ActionHeading } from "./recognise.ts";
import type { DiagnosticSink } from "./sink.ts";

interface ActionDraft {
  number: number;
  listTitle: string | null;
  listLine: number | null;
  listParagraphs: string[];
  headingTitle: string | null;
  headingLine: number | null;
  headingParagraphs: string[];
  objectives: number;
}

const LIST_ENTRY = /^(\d{1,2})[.)]?\s+(\S.*)$/;

export class ActionCollector {
  private readonly drafts = new Map<number, ActionDraft>();
  private announcement: { line: number; count: number | null } | null = null;
  private lastListed = 0;

  /** The line announcing the areas; the list follows it. */
  announce(line: number, count: number | null): void {
    this.announcement ??= { line, count };
  }

  /** Takes "n TITLE" when n is the next number of the list. */
  tryListEntry(line: SourceLine): boolean {
    const m = LIST_ENTRY.exec(line.text);
    const title = (m?.[2] ?? "").trim();
    if (!m || line.tabbed || hasLowercase(title) || Number(m[1]) !== this.lastListed + 1) {
      return false;
    }
    this.lastListed++;
    const draft = this.draft(this.lastListed);
    draft.listTitle ??= title;
    draft.listLine ??= line.line;
    return true;
  }

  /** A paragraph of the list; false when no entry has started yet. */
  addListParagraph(text: string): boolean {
    if (this.lastListed === 0) return false;
    this.draft(this.lastListed).listParagraphs.push(text);
    return true;
  }

  heading(heading: ActionHeading): void {
    const draft = this.draft(heading.number);
    if (draft.headingLine !== null) return;
    draft.headingLine = heading.line;
    draft.headingTitle = heading.title === "" ? null : heading.title;
  }

  /** Text under an "AZIONE n" heading, before its first objective. */
  addHeadingParagraph(number: number, text: string): void {
    this.draft(number).headingParagraphs.push(text);
  }

  countObjective(number: number): void {
    this.draft(number).objectives++;
  }

  /** The areas in number order; areas without objectives and a short list are errors. */
  finish(sink: DiagnosticSink): PositiveAction[] {
    const drafts = [...this.drafts.values()].sort((a, b) => a.number - b.number);
    for (const draft of drafts) {
      if (draft.objectives > 0) continue;
      sink.error("import.actionWithoutObjectives", draft.headingLine ?? draft.listLine, {
        action: String(draft.number),
        title: draft.headingTitle ?? draft.listTitle ?? "",
      });
    }
    const announced = this.announcement?.count ?? null;
    if (this.announcement && announced !== null && announced !== drafts.length) {
      sink.error("import.actionsAnnouncedMismatch", this.announcement.line, {
        announced: String(announced),
        found: String(drafts.length),
      });
    }
    return drafts.map((draft) => ({
      number: draft.number,
      title: draft.headingTitle ?? draft.listTitle ?? "",
      description: (draft.listParagraphs.length > 0
        ? draft.listParagraphs
        : draft.headingParagraphs
      ).join("\n\n"),
    }));
  }

  private draft(number: number): ActionDraft {
    let draft = this.drafts.get(number);
    if (!draft) {
      draft = {
        number,
        listTitle: null,
        listLine: null,
        listParagraphs: [],
        headingTitle: null,
        headingLine: null,
        headingParagraphs: [],
        objectives: 0,
      };
      this.drafts.set(number, draft);
    }
    return draft;
  }
}
