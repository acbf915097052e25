import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listSchemas, loadSchema } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Rows of the README's schema table: `| \`name\` | \`title\` | ... |`. */
const rows = [...readme.matchAll(/^\| `([a-z0-9_]+)` +\| `([A-Za-z0-9]+)` +\|/gm)].map(
  ([, name, title]) => ({ name, title }),
);

describe("the README", () => {
  it("lists every published schema once, with its title, and nothing else", () => {
    expect(rows.map((row) => row.name).sort()).toEqual([...listSchemas()]);
    for (const row of rows) expect(loadSchema(row.name ?? "").title, row.name).toBe(row.title);
  });

  it("documents the loader, the direct imports and the SaaS pin", () => {
    for (const text of [
      "loadSchema(",
      "listSchemas()",
      "schemaPath(",
      "UnknownSchemaError",
      "@spec-kitty/events-schemas/schemas/event.schema.json",
      "@spec-kitty/events-schemas@^2.7.0",
    ]) {
      expect(readme).toContain(text);
    }
  });
});
