import { describe, expect, it } from "vitest";
import { escapeText, foldLine, toICalendar } from "../../src/domain/icalendar.ts";

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("iCalendar text", () => {
  it("escapes backslash, semicolon, comma and line breaks in TEXT values", () => {
    expect(escapeText("a\\b; c, d\ne")).toBe("a\\\\b\\; c\\, d\\ne");
  });

  it("folds lines at 75 octets without cutting a UTF-8 character", () => {
    const line = `SUMMARY:${"è".repeat(60)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("writes a calendar of all-day events with CRLF, UID, DTSTAMP and DTSTART;VALUE=DATE", () => {
    const text = toICalendar(
      [{ uid: "a@x", date: "2025-12-31", summary: "Scadenza 1609/3826: relazione, sintesi" }],
      { name: "PIAO", stamp: new Date("2025-06-01T08:30:00Z") },
    );
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const lines = unfold(text).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:a@x");
    expect(lines).toContain("DTSTAMP:20250601T083000Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20251231");
    expect(lines).toContain("DTEND;VALUE=DATE:20260101");
    expect(lines).toContain("SUMMARY:Scadenza 1609/3826: relazione\\, sintesi");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});
