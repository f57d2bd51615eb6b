/**
 * What axe does not check and every page should have: one h1 that the title
 * repeats, unique ids, and every message translated.
 */
import type { Page } from "playwright-core";

export interface PageOutline {
  title: string;
  /** The text of every h1. */
  h1: string[];
  /** Ids used more than once (a label, an error or a skip link would point at the wrong one). */
  duplicateIds: string[];
  /**
   * Texts a message catalogue left as they were: a code it does not have
   * (translate() shows it as `code {params}`) or a `{placeholder}` not filled,
   * outside code and preformatted text.
   */
  untranslated: string[];
}

export function pageOutline(page: Page): Promise<PageOutline> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    // Code (an API path template such as /plans/{planId}) may show braces on purpose.
    const prose = document.body.cloneNode(true) as HTMLElement;
    for (const code of prose.querySelectorAll("code, pre")) code.remove();
    return {
      title: document.title,
      h1: [...document.querySelectorAll("h1")].map((h) => (h.textContent ?? "").trim()),
      duplicateIds: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
      untranslated: [
        ...`${document.title}\n${prose.textContent}`.matchAll(
          /\b[a-z]+(?:\.[a-zA-Z]+)+ \{.*?\}|\{[a-zA-Z]+\}/g,
        ),
      ].map((m) => m[0]),
    };
  });
}
