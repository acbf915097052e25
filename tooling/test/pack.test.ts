/**
 * The packages as a consumer receives them: each package is packed with `pnpm pack` (which
 * applies `publishConfig` and replaces `workspace:` ranges), the fixtures tarball is listed,
 * and the four tarballs are installed with npm into an empty consumer project where plain
 * Node imports them. Needs the packages built (`pnpm build`) and the npm registry for the
 * third-party dependencies (valibot, ajv).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadManifest } from "@spec-kitty/events-conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = ["events-core", "events-schemas", "events-fixtures", "events-conformance"];

const work = mkdtempSync(join(tmpdir(), "pack-"));
const tarballs = new Map<string, string>();

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    // The bundled command's source maps hold the sources of events-core: a few MB each.
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}

function pack(name: string): string {
  const destination = join(work, "tarballs", name);
  run("pnpm", ["pack", "--pack-destination", destination], join(REPO, "packages", name));
  const [file] = readdirSync(destination).filter((f) => f.endsWith(".tgz"));
  if (file === undefined) throw new Error(`pnpm pack of ${name} wrote no tarball`);
  return join(destination, file);
}

function tarballFiles(tarball: string): string[] {
  return run("tar", ["-tzf", tarball], work)
    .split("\n")
    .filter((line) => line !== "");
}

beforeAll(() => {
  for (const name of PACKAGES) tarballs.set(name, pack(name));
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the fixtures tarball", () => {
  it("carries the manifest and every file it lists", () => {
    const files = new Set(tarballFiles(tarballs.get("events-fixtures") ?? ""));
    expect(files).toContain("package/fixtures/manifest.json");
    expect(files).toContain("package/README.md");
    const missing = loadManifest()
      .fixtures.map((entry) => `package/fixtures/${entry.path}`)
      .filter((path) => !files.has(path));
    expect(missing).toEqual([]);
  });

  it("exports the manifest and every fixture file", () => {
    const tarball = tarballs.get("events-fixtures") ?? "";
    const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"], work));
    expect(manifest.exports["./manifest.json"]).toBe("./fixtures/manifest.json");
    expect(manifest.exports["./fixtures/*"]).toBe("./fixtures/*");
  });
});

describe("the packed packages", () => {
  it("ship their built entry points and no sources", () => {
    for (const name of ["events-core", "events-schemas", "events-conformance"]) {
      const files = tarballFiles(tarballs.get(name) ?? "");
      expect(files, name).toContain("package/dist/index.js");
      expect(files, name).toContain("package/dist/index.d.ts");
      expect(
        files.filter((f) => f.startsWith("package/src/")),
        name,
      ).toEqual([]);
    }
    const conformance = tarballFiles(tarballs.get("events-conformance") ?? "");
    expect(conformance).toContain("package/dist/vitest.js");
    expect(conformance).toContain("package/dist/vitest.d.ts");
  });

  it("publish without the workspace source condition or workspace ranges", () => {
    for (const name of PACKAGES) {
      const manifest = JSON.parse(
        run("tar", ["-xzOf", tarballs.get(name) ?? "", "package/package.json"], work),
      );
      expect(JSON.stringify(manifest.exports ?? {}), name).not.toContain('"source"');
      expect(JSON.stringify(manifest.dependencies ?? {}), name).not.toContain("workspace:");
    }
  });
});

/** A file of a tarball, as text. */
function tarballText(name: string, path: string): string {
  return run("tar", ["-xzOf", tarballs.get(name) ?? "", `package/${path}`], work);
}

const requireFromHere = createRequire(import.meta.url);
const TOOLING = fileURLToPath(new URL("..", import.meta.url));
// The command-line entry of a tool installed in tooling/node_modules (its package's `bin`).
function toolBin(name: string, bin: string): string {
  const manifestPath = join(TOOLING, "node_modules", name, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const entry = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[bin];
  return join(TOOLING, "node_modules", name, entry);
}
const PUBLINT = toolBin("publint", "publint");
const ATTW = toolBin("@arethetypeswrong/cli", "attw");

describe("what a careful npm user checks", () => {
  it("every tarball carries the root LICENSE and names its repository, homepage, bugs, keywords and author", () => {
    const license = readFileSync(join(REPO, "LICENSE"), "utf8");
    for (const name of PACKAGES) {
      expect(tarballText(name, "LICENSE"), name).toBe(license);
      const manifest = JSON.parse(tarballText(name, "package.json"));
      expect(manifest.license, name).toBe("MIT");
      expect(manifest.repository?.url, name).toMatch(/^git\+https:\/\/.+\.git$/);
      expect(manifest.repository?.directory, name).toBe(`packages/${name}`);
      expect(manifest.homepage, name).toMatch(/^https:\/\//);
      expect(manifest.bugs?.url, name).toMatch(/^https:\/\//);
      expect(manifest.keywords, name).toContain("spec-kitty");
      expect(typeof manifest.author, name).toBe("string");
      expect(manifest.type, name).toBe("module");
    }
  });

  it("ships COMPATIBILITY.md in events-conformance, as in the repository", () => {
    expect(tarballText("events-conformance", "COMPATIBILITY.md")).toBe(
      readFileSync(join(REPO, "COMPATIBILITY.md"), "utf8"),
    );
  });

  it("ships source maps that resolve: every source's content is inside the map", () => {
    for (const name of ["events-core", "events-schemas", "events-conformance"]) {
      const maps = tarballFiles(tarballs.get(name) ?? "").filter((f) => f.endsWith(".map"));
      expect(maps.length, name).toBeGreaterThan(0);
      for (const file of maps) {
        const map = JSON.parse(tarballText(name, file.replace(/^package\//, "")));
        expect(map.sourcesContent?.length, file).toBe(map.sources.length);
        for (const content of map.sourcesContent) expect(typeof content, file).toBe("string");
      }
    }
    // One tar read per map: the time grows with every family's source files.
  }, 60_000);

  it("publint finds nothing to report in any tarball", () => {
    for (const name of PACKAGES) {
      const output = run("node", [PUBLINT, tarballs.get(name) ?? ""], work);
      expect(output, name).toMatch(/All good!/);
    }
  });

  it("arethetypeswrong finds no problem but the two an ESM-only package has by design", () => {
    // The packages are ESM only. Two kinds of finding follow from that and are expected:
    // - CJSResolvesToESM under node16 from CommonJS: `require()` of these packages works on
    //   Node 20.19 and later (require of ES modules), which arethetypeswrong does not model;
    // - NoResolution under node10: that legacy resolution ignores `exports`, so subpaths such
    //   as `@spec-kitty/events-conformance/vitest` resolve only in node16, nodenext and bundler
    //   modes (tested below with tsc).
    // Anything else fails this test. (events-fixtures is data only: it has no types to check.)
    const expected = (problem: { kind: string; resolutionKind?: string }) =>
      problem.kind === "CJSResolvesToESM" ||
      (problem.kind === "NoResolution" && problem.resolutionKind === "node10");
    for (const name of ["events-core", "events-schemas", "events-conformance"]) {
      const result = spawnSync("node", [ATTW, tarballs.get(name) ?? "", "--format", "json"], {
        encoding: "utf8",
      });
      const report = JSON.parse(result.stdout) as {
        problems?: Record<string, { kind: string; resolutionKind?: string }[]>;
      };
      const problems = Object.values(report.problems ?? {}).flat();
      expect(
        problems.filter((problem) => !expected(problem)),
        name,
      ).toEqual([]);
    }
  }, 120_000);
});

describe("an npm consumer of the tarballs", () => {
  const consumer = join(work, "consumer");

  beforeAll(() => {
    mkdirSync(consumer, { recursive: true });
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }),
    );
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--loglevel=error",
        ...PACKAGES.map((n) => tarballs.get(n) ?? ""),
      ],
      consumer,
    );
  }, 300_000);

  it("installs the four packages from the tarballs, without vitest", () => {
    const lock = JSON.parse(readFileSync(join(consumer, "package-lock.json"), "utf8"));
    for (const name of PACKAGES) {
      const entry = lock.packages[`node_modules/@spec-kitty/${name}`];
      expect(entry?.version, name).toBe("2.7.0");
      expect(entry?.resolved, name).toMatch(/^file:/);
    }
    expect(lock.packages["node_modules/vitest"]).toBeUndefined();
  });

  it("imports each package with plain Node and runs the validator and the suite", () => {
    writeFileSync(
      join(consumer, "check.mjs"),
      `
import { createRequire } from "node:module";
import * as core from "@spec-kitty/events-core";
import * as schemas from "@spec-kitty/events-schemas";
import * as conformance from "@spec-kitty/events-conformance";

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@spec-kitty/events-fixtures/manifest.json");
const [fixture] = conformance.loadFixtures("connector").filter((f) => f.expectedValid);
const invalid = conformance.validateEvent({}, "SyncIngestAccepted");
const report = conformance.runConformanceSuite();
console.log(JSON.stringify({
  coreVersion: core.VERSION,
  reducers: [typeof core.reduceConnectorEvents, typeof core.reduceSyncEvents],
  connectorTypes: [...core.CONNECTOR_EVENT_TYPES].sort(),
  schemaCount: schemas.listSchemas().length,
  schemaId: schemas.loadSchema("connector_provisioned_payload").$id,
  manifestPath,
  fixtureValid: conformance.validateEvent(fixture.payload, fixture.eventType).valid,
  invalid: [invalid.valid, invalid.modelViolations.length > 0, invalid.schemaViolations.length > 0],
  suite: { ok: report.ok, failed: report.totals.failed, passed: report.totals.passed, root: report.fixturesRoot },
  summaryLast: conformance.formatSuiteReport(report).split("\\n").at(-1),
}));
`,
    );
    const result = JSON.parse(run("node", ["check.mjs"], consumer));
    expect(result.coreVersion).toBe("2.7.0");
    expect(result.reducers).toEqual(["function", "function"]);
    expect(result.connectorTypes).toEqual([
      "ConnectorDegraded",
      "ConnectorHealthChecked",
      "ConnectorProvisioned",
      "ConnectorReconnected",
      "ConnectorRevoked",
    ]);
    expect(result.schemaCount).toBeGreaterThan(12);
    expect(result.schemaId).toBe("spec-kitty-events/connector_provisioned_payload");
    expect(result.manifestPath).toBe(
      join(consumer, "node_modules/@spec-kitty/events-fixtures/fixtures/manifest.json"),
    );
    expect(result.fixtureValid).toBe(true);
    expect(result.invalid).toEqual([false, true, true]);
    expect(result.suite.failed).toBe(0);
    expect(result.suite.ok).toBe(true);
    expect(result.suite.passed).toBeGreaterThan(50);
    expect(result.suite.root).toBe(
      join(consumer, "node_modules/@spec-kitty/events-fixtures/fixtures"),
    );
    expect(result.summaryLast).toBe(`OK: ${result.suite.passed} checks passed`);
  });
  it("runs the spec-kitty-events conformance command from the installed bin", () => {
    const output = run(
      join(consumer, "node_modules/.bin/spec-kitty-events"),
      ["conformance"],
      consumer,
    );
    expect(output).toMatch(/^OK: \d+ checks passed$/m);
    expect(output).not.toMatch(/^FAIL /m);
  });

  it("runs validate and replay on worker threads from the installed (bundled) command", () => {
    const bin = join(consumer, "node_modules/.bin/spec-kitty-events");
    const stream = join(
      consumer,
      "node_modules/@spec-kitty/events-fixtures/fixtures/replay/mixed-connector-sync-lifecycle.jsonl",
    );
    const lines = readFileSync(stream, "utf8").trimEnd().split("\n");
    const log = join(consumer, "log.jsonl");
    writeFileSync(log, `${Array.from({ length: 200 }, () => lines.join("\n")).join("\n")}\n`);
    const one = run(bin, ["validate", log, "--json", "--jobs", "1"], consumer);
    const two = run(bin, ["validate", log, "--json", "--jobs", "2"], consumer);
    expect(two).toBe(one);
    expect(one.trimEnd().split("\n")).toHaveLength(lines.length * 200);
    const replayOne = run(bin, ["replay", log, "--json", "--jobs", "1"], consumer);
    const replayTwo = run(bin, ["replay", log, "--json", "--jobs", "2"], consumer);
    expect(replayTwo).toBe(replayOne);
    expect(Object.keys(JSON.parse(replayOne))).toEqual(["connector", "sync"]);
    // The bundled worker module loads from the installed package and serves a batch (a worker
    // that failed to start would have its batches done on the main thread, unseen above).
    const worker = join(
      consumer,
      "node_modules/@spec-kitty/events-conformance/dist/command/worker.js",
    );
    const script = join(consumer, "worker-check.mjs");
    writeFileSync(
      script,
      `import { Worker } from "node:worker_threads";
const limits = { maxLineBytes: 1 << 20, maxArrayBytes: 1 << 20, maxDepth: 1000 };
const worker = new Worker(${JSON.stringify(worker)}, {
  workerData: { command: "validate", options: { json: true, strict: false }, limits },
});
worker.on("error", (error) => { console.log("error " + error.message); process.exit(1); });
worker.on("message", (reply) => { console.log(JSON.stringify(reply)); void worker.terminate(); });
worker.postMessage({ seq: 0, firstLine: 1, bytes: new TextEncoder().encode('{"event_id": 1}\\n') });
`,
    );
    const reply = JSON.parse(run("node", [script], consumer));
    expect(reply.seq).toBe(0);
    expect(reply.result.counts).toBeDefined();
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])(
    "typechecks a consumer under %s resolution",
    (mode, options) => {
      const dir = join(consumer, `types-${mode}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, "consumer.ts"),
        `
import { parseKnownEvent, reduceConnectorEvents, type ReducedConnectorState, type PayloadOf } from "@spec-kitty/events-core";
import { listSchemas } from "@spec-kitty/events-schemas";
import { validateEvent, type ConformanceResult } from "@spec-kitty/events-conformance";

const event = parseKnownEvent({});
const payload: PayloadOf<"ConnectorProvisioned"> | undefined =
  event.event_type === "ConnectorProvisioned" ? event.payload : undefined;
const state: ReducedConnectorState = reduceConnectorEvents([]);
const result: ConformanceResult = validateEvent({}, "ConnectorProvisioned");
// @ts-expect-error a misspelt event type is a type error for consumers too
validateEvent({}, "ConnectorProvisiond");
export const used = [payload, state, result, listSchemas()];
`,
      );
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: "ES2022",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            lib: ["ES2022", "DOM"],
          },
          files: ["consumer.ts"],
        }),
      );
      const tsc = requireFromHere.resolve("typescript/bin/tsc");
      const result = spawnSync("node", [tsc, "-p", join(dir, "tsconfig.json")], {
        encoding: "utf8",
        cwd: dir,
      });
      expect(result.stdout + result.stderr, mode).toBe("");
      expect(result.status, mode).toBe(0);
    },
    120_000,
  );
});
