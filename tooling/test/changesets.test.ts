/**
 * The changesets: each one parses (front matter naming published packages with a bump), and
 * while the packages are at the contract version 2.7.0, every bump is `none`, so that
 * `pnpm changeset version` keeps them at 2.7.0 (see .changeset/README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = ["events-core", "events-schemas", "events-fixtures", "events-conformance"];
const versions = PACKAGES.map(
  (name) =>
    (
      JSON.parse(readFileSync(`${ROOT}packages/${name}/package.json`, "utf8")) as {
        version: string;
      }
    ).version,
);
const changesets = readdirSync(`${ROOT}.changeset`)
  .filter((file) => file.endsWith(".md") && file !== "README.md")
  .map((file) => [file, readFileSync(`${ROOT}.changeset/${file}`, "utf8")] as const);

describe("changesets", () => {
  it("exist", () => {
    expect(changesets.length).toBeGreaterThan(0);
  });

  it.each(changesets)("%s has front matter naming published packages, and a summary", (_, text) => {
    const match =
      /^---\n((?:"@spec-kitty\/[a-z-]+": (?:none|patch|minor|major)\n)+)---\n\n?(\S[\s\S]*)$/.exec(
        text,
      );
    expect(match, "front matter").not.toBeNull();
    for (const [, name] of (match?.[1] ?? "").matchAll(/"@spec-kitty\/([a-z-]+)"/g)) {
      expect(PACKAGES).toContain(name);
    }
    expect((match?.[2] ?? "").trim().length).toBeGreaterThan(20);
  });

  it.each(changesets)("%s keeps the packages at 2.7.0 (bump none)", (_, text) => {
    expect(new Set(versions)).toEqual(new Set(["2.7.0"]));
    const bumps = [...text.matchAll(/^"@spec-kitty\/[a-z-]+": ([a-z]+)$/gm)].map((m) => m[1]);
    expect(bumps.length).toBeGreaterThan(0);
    for (const bump of bumps) expect(bump).toBe("none");
  });
});
