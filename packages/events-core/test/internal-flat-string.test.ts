/** flatString (internal): the string it is given, equal and unchanged, for any string. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flatString } from "../src/internal/flat-string.js";

describe("flatString", () => {
  it("gives back an equal string for any concatenation", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 8 }), (parts) => {
        const joined = parts.join("");
        const concatenated = parts.reduce((text, part) => text + part, "");
        expect(flatString(concatenated)).toBe(joined);
      }),
    );
  });

  it("gives back the empty string", () => {
    expect(flatString("")).toBe("");
  });
});
