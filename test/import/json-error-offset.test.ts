import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineOfOffset } from "../../src/import/bundle/json-error-offset.ts";

describe("finding where a JSON text breaks", () => {
  it("finds nothing wrong in any valid JSON", () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === null));
  });

  it("finds a fault in every JSON cut short, never past its end", () => {
    fc.assert(
      fc.property(
        fc.json().filter((t) => t.length > 1 && /^[[{"]/.test(t)),
        fc.nat(),
        (text, n) => {
          const cut = text.slice(0, 1 + (n % (text.length - 1)));
          const offset = jsonErrorOffset(cut);
          return offset !== null && offset <= cut.length;
        },
      ),
    );
  });

  it("points at the trailing comma and the bare word", () => {
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    const text = '{\n  "a": 1,\n  "b": EMILIA\n}';
    expect(lineOfOffset(text, jsonErrorOffset(text) ?? -1)).toBe(3);
  });
});
