/** axe-core run in the page against WCAG 2.0/2.1 A and AA, failing with what it found, readably. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** One violation per line block: id, impact, help, and the first nodes' selectors. */
export function describeViolations(violations: Violation[], maxNodes = 3): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, maxNodes).map((n) => `    ${n.target.join(" ")}`);
      const more = v.nodes.length > maxNodes ? [`    … and ${v.nodes.length - maxNodes} more`] : [];
      return [`  ${v.id} (${v.impact ?? "?"}): ${v.help}`, ...targets, ...more].join("\n");
    })
    .join("\n");
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: "tag", values: tags } })) as {
      violations: Violation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, WCAG_TAGS);
}

/** Fails, listing every violation, when axe finds any WCAG 2.1 AA problem on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} WCAG 2.1 AA violation(s) on ${page.url()}:\n${describeViolations(violations)}`,
    );
  }
}
