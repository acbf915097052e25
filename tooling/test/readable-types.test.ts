/**
 * What a TypeScript user sees: the hover text of parsed events, payloads and reducer outputs
 * shows their readonly fields (not the schema types behind them), and event-type arguments
 * complete to the registered names. Read with the TypeScript compiler from types/consumer.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const CONFIG = fileURLToPath(new URL("../tsconfig.json", import.meta.url));
const CONSUMER = fileURLToPath(new URL("./types/consumer.ts", import.meta.url));
const config = ts.getParsedCommandLineOfConfigFile(
  CONFIG,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  },
) as ts.ParsedCommandLine;

const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => [CONSUMER],
  getScriptVersion: () => "1",
  getScriptSnapshot: (file) =>
    ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, "utf8")) : undefined,
  getCurrentDirectory: () => fileURLToPath(new URL("..", import.meta.url)),
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host);
const text = readFileSync(CONSUMER, "utf8");

/** The hover text of the exported constant `name`. */
function hover(name: string): string {
  const position = text.indexOf(`export const ${name}`) + "export const ".length;
  const info = service.getQuickInfoAtPosition(CONSUMER, position);
  return ts.displayPartsToString(info?.displayParts ?? []);
}

const SCHEMA_TYPE_NAMES =
  /ModelOutput<|SchemaWithPipe|FieldSchema|ModelSchema|InferOutput|OptionalSchema/;

// The first request builds the program (several seconds on a loaded machine).
beforeAll(() => {
  service.getSemanticDiagnostics(CONSUMER);
}, 120_000);

describe("hover text", () => {
  it.each([
    ["parsedEvent", ["readonly event_id: string", "readonly timestamp: DateTimeValue"]],
    ["parsedPayload", ["readonly credentials_ref: string", "readonly recorded_at: DateTimeValue"]],
    ["narrowedPayload", ["readonly delivery_id: string", "readonly ingested_count: number"]],
    ["connectorState", ["ReducedConnectorState"]],
    ["syncState", ["ReducedSyncState"]],
    ["verdict", ["ConformanceResult"]],
  ])("of %s shows plain fields or a named type", (name, parts) => {
    const shown = hover(name);
    expect(shown).not.toMatch(SCHEMA_TYPE_NAMES);
    for (const part of parts) expect(shown).toContain(part);
  });

  it("of a known event shows its name, KnownEvent", () => {
    expect(hover("knownEvent")).toBe("const knownEvent: KnownEvent");
  });
});

describe("event-type arguments", () => {
  it("complete to the registered event types", () => {
    const marker = 'validateEvent({}, "Conn")';
    const position = text.indexOf(marker) + marker.length - 2;
    const names = service
      .getCompletionsAtPosition(CONSUMER, position, {})
      ?.entries.map((e) => e.name);
    expect(names).toContain("ConnectorProvisioned");
    expect(names).toContain("SyncIngestAccepted");
  });

  it("reject a misspelt literal, with the registered names in the message", () => {
    const diagnostics = service
      .getSemanticDiagnostics(CONSUMER)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(
      /'"Conn"' is not assignable to parameter of type '"Event" \| "WPStatusChanged" \| /,
    );
  });
});
