import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStyle, useColor } from "../src/cli/color.js";
import { CommandError } from "../src/cli/errors.js";
import { expandGlob, expandInputs, isGlob } from "../src/cli/reading/inputs.js";

const root = mkdtempSync(join(tmpdir(), "sk-inputs-"));
for (const file of [
  "logs/a.jsonl",
  "logs/b.jsonl",
  "logs/10.jsonl",
  "logs/2.jsonl",
  "logs/notes.txt",
  "logs/.hidden.jsonl",
  "logs/deep/c.jsonl",
  "logs/deep/deeper/d.jsonl",
  "other/e.jsonl",
]) {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), "{}\n");
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("globs", () => {
  it.each([
    ["logs/*.jsonl", ["logs/10.jsonl", "logs/2.jsonl", "logs/a.jsonl", "logs/b.jsonl"]],
    ["logs/?.jsonl", ["logs/2.jsonl", "logs/a.jsonl", "logs/b.jsonl"]],
    ["logs/[ab].jsonl", ["logs/a.jsonl", "logs/b.jsonl"]],
    ["logs/[!ab].jsonl", ["logs/2.jsonl"]],
    [
      "logs/**/*.jsonl",
      [
        "logs/10.jsonl",
        "logs/2.jsonl",
        "logs/a.jsonl",
        "logs/b.jsonl",
        "logs/deep/c.jsonl",
        "logs/deep/deeper/d.jsonl",
      ],
    ],
    ["*/e.jsonl", ["other/e.jsonl"]],
    ["logs/*.csv", []],
  ])(
    "%s matches files in code-point order, hidden names only when written",
    (pattern, expected) => {
      expect(expandGlob(pattern, root)).toEqual(expected);
    },
  );

  it("matches hidden names when the pattern starts with a dot, and absolute patterns stay absolute", () => {
    expect(expandGlob("logs/.*.jsonl", root)).toEqual(["logs/.hidden.jsonl"]);
    expect(expandGlob(`${root}/other/*.jsonl`)).toEqual([join(root, "other/e.jsonl")]);
  });

  it("tells globs from paths", () => {
    expect(["a/*.jsonl", "a?.jsonl", "[ab].jsonl"].map(isGlob)).toEqual([true, true, true]);
    expect(["a/b.jsonl", "-", "logs"].map(isGlob)).toEqual([false, false, false]);
  });
});

describe("expandInputs", () => {
  it("keeps paths and '-' as given, expands globs in place, and reads each path once", () => {
    expect(
      expandInputs("validate", ["other/e.jsonl", "logs/[ab].jsonl", "-", "logs/a.jsonl"], root),
    ).toEqual(["other/e.jsonl", "logs/a.jsonl", "logs/b.jsonl", "-"]);
  });

  it("refuses a glob that matches nothing, as a usage error naming it", () => {
    expect(() => expandInputs("validate", ["logs/*.csv"], root)).toThrow(CommandError);
    expect(() => expandInputs("validate", ["logs/*.csv"], root)).toThrow(
      "validate: no file matches 'logs/*.csv'",
    );
  });
});

describe("colours", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it.each([
    ["a terminal", undefined, tty, {}, true],
    ["a pipe", undefined, pipe, {}, false],
    ["NO_COLOR on a terminal", undefined, tty, { NO_COLOR: "1" }, false],
    ["an empty NO_COLOR", undefined, tty, { NO_COLOR: "" }, true],
    ["FORCE_COLOR on a pipe", undefined, pipe, { FORCE_COLOR: "1" }, true],
    ["FORCE_COLOR=0 on a terminal", undefined, tty, { FORCE_COLOR: "0" }, false],
    ["NO_COLOR over FORCE_COLOR", undefined, pipe, { NO_COLOR: "1", FORCE_COLOR: "1" }, false],
    ["--color on a pipe with NO_COLOR", true, pipe, { NO_COLOR: "1" }, true],
    ["--no-color on a terminal with FORCE_COLOR", false, tty, { FORCE_COLOR: "1" }, false],
  ] as const)("%s", (_, flag, stream, env, expected) => {
    expect(useColor(flag, stream, env)).toBe(expected);
  });

  it("styles with SGR codes only when on", () => {
    expect(createStyle(true).error("bad")).toBe("\u001b[31mbad\u001b[39m");
    expect(createStyle(true).warning("hm")).toBe("\u001b[33mhm\u001b[39m");
    const plain = createStyle(false);
    for (const style of [plain.error, plain.warning, plain.ok, plain.location, plain.heading]) {
      expect(style("text")).toBe("text");
    }
  });
});
