import { describe, expect, it } from "vitest";
import { type GenderRow, genderStatistics } from "../../src/domain/gender-statistics.ts";
import { completePlanDocument } from "../support/complete-plan.ts";

const doc = completePlanDocument();
const tables = genderStatistics(doc);

function rowOf(dimension: string, category: string): GenderRow {
  const row = tables
    .find((t) => t.dimension === dimension)
    ?.rows.find((r) => r.category === category);
  if (!row) throw new Error(`no row ${dimension}/${category}`);
  return row;
}

/** Women and men of the fixture rows that pass `keep`, summed here independently of the module. */
function count<T extends { gender: string; headcount: number }>(
  rows: T[],
  keep: (r: T) => boolean,
) {
  const sum = (g: string) =>
    rows.filter((r) => keep(r) && r.gender === g).reduce((s, r) => s + r.headcount, 0);
  return { women: sum("female"), men: sum("male") };
}

const staff = doc.organisation.staff;

describe("gender statistics of the sample plan", () => {
  it("totals: every staff count is a woman or a man, and the share is women over all", () => {
    const { women, men } = count(staff, () => true);
    const total = rowOf("total", "staff");
    expect([total.women, total.men, total.total]).toEqual([women, men, women + men]);
    expect(total.womenShare).toBeCloseTo((women / (women + men)) * 100, 10);
    expect(women + men).toBe(180);
  });

  it("by job area, role, age band and working time, each from the fixture rows", () => {
    for (const s of staff) {
      const cases: [string, string, (r: typeof s) => boolean][] = [
        ["job_area", s.jobArea, (r) => r.jobArea === s.jobArea],
        ["role", s.role, (r) => r.role === s.role],
        ["age_band", s.ageBand, (r) => r.ageBand === s.ageBand],
        ["working_time", s.partTime ? "part_time" : "full_time", (r) => r.partTime === s.partTime],
      ];
      for (const [dimension, category, keep] of cases) {
        const expected = count(staff, keep);
        const row = rowOf(dimension, category);
        expect([dimension, category, row.women, row.men]).toEqual([
          dimension,
          category,
          expected.women,
          expected.men,
        ]);
      }
    }
  });

  it("every dimension of the staff adds up to the total", () => {
    const total = rowOf("total", "staff").total;
    for (const d of ["job_area", "role", "age_band", "working_time"]) {
      const rows = tables.find((t) => t.dimension === d)?.rows ?? [];
      expect(rows.reduce((s, r) => s + r.total, 0)).toBe(total);
    }
  });

  it("agile and remote work from the 3.2 rows", () => {
    for (const mode of ["agile", "remote"] as const) {
      const expected = count(doc.agileWork.staff, (r) => r.mode === mode);
      const row = rowOf("agile_work", mode);
      expect([row.women, row.men]).toEqual([expected.women, expected.men]);
    }
  });

  it("training: participants and hours × participants over the courses", () => {
    const courses = doc.staffing.training;
    const participants = rowOf("training", "participants");
    const hours = rowOf("training", "participant_hours");
    let women = 0;
    let womenHours = 0;
    let men = 0;
    let menHours = 0;
    for (const c of courses) {
      women += c.participantsFemale;
      men += c.participantsMale;
      womenHours += c.participantsFemale * c.hours;
      menHours += c.participantsMale * c.hours;
    }
    expect([participants.women, participants.men]).toEqual([women, men]);
    expect([hours.women, hours.men]).toEqual([womenHours, menHours]);
  });

  it("a category with nobody has no share rather than 0%", () => {
    const empty = completePlanDocument();
    empty.agileWork.staff = [];
    const row = genderStatistics(empty)
      .find((t) => t.dimension === "agile_work")
      ?.rows.find((r) => r.category === "remote");
    expect(row?.total).toBe(0);
    expect(row?.womenShare).toBeNull();
  });
});
