import { expect, it } from "vitest";
import { achievementBarChart } from "../../src/documents/charts.ts";

const bands = [
  { min: 60, label: "parzialmente raggiunto" },
  { min: 90, label: "raggiunto" },
];

it("names the chart for screen readers with every bar's value", () => {
  const chart = achievementBarChart(
    "Per struttura",
    [
      { label: "Area Risorse", value: 83.5 },
      { label: "Settore Istruzione", value: null },
    ],
    bands,
  );
  expect(chart.svg).toMatch(
    /^<svg role="img" aria-label="Per struttura: Area Risorse 83,5%; Settore Istruzione non calcolabile"/,
  );
});

it("draws the same numbers once, and new numbers anew", () => {
  const data = [{ label: "Area Sviluppo", value: 65.5 }];
  const first = achievementBarChart("Per ambito", data, bands);
  expect(achievementBarChart("Per ambito", [{ label: "Area Sviluppo", value: 65.5 }], bands)).toBe(
    first,
  );
  const changed = achievementBarChart("Per ambito", [{ label: "Area Sviluppo", value: 70 }], bands);
  expect(changed).not.toBe(first);
  expect(changed.alt).toContain("70%");
});
