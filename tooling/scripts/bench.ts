// `pnpm bench`: throughput and memory of the contract layer (a benchmark, not a test).
import { spawnSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { validateEvent } from "@spec-kitty/events-conformance";
import {
  type ContractFamily,
  EVENT_TYPE_REGISTRY,
  type Event,
  REDUCING_FAMILIES,
  safeParseEvent,
  safeParseModel,
} from "@spec-kitty/events-core";
import { syntheticStream } from "./bench/synthetic.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const cli = join(root, "packages/events-conformance/dist/command/main.js");
const rssReporter = join(here, "bench/rss-report.mjs");
const baselineReader = join(here, "bench/baseline-read.mjs");

const USAGE = `Usage: pnpm bench [--sizes 100000,1000000] [--runs 3] [--seed 2026] [--sections throughput,linear] [--json] [--out FILE]

Throughput and memory of the contract layer (a benchmark, not a test). Generates deterministic
synthetic streams, measures the library in process (best run over 1.5 s) and the
spec-kitty-events command end to end (fastest of --runs runs, the commands taking turns), and
prints a table (--json for the figures). Reducer rows: one per family with a reducer and a
stream generator in tooling/scripts/bench/families/<family>.ts (on 100,000 events at most).
The linear-time section times the command on a one-line JSON array of 160,000 items (a
quarter of them invalid JSON, each reported with its column) against the same items one per
line, and parseEvent on payloads whose objects are shared (a DAG) against chains of as many
distinct objects.

Options:
  --sizes N,N       stream sizes (default 100000,1000000)
  --runs N          runs of each command, the fastest kept (default 3)
  --seed N          seed of the synthetic streams (default 2026)
  --sections LIST   throughput, linear, or both (default throughput,linear)
  --json            print the figures as JSON
  --out FILE        also write the JSON figures to FILE
  -h, --help        show this help
`;

function parseBenchArgs() {
  try {
    return parseArgs({
      options: {
        sizes: { type: "string", default: "100000,1000000" },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        seed: { type: "string", default: "2026" },
        runs: { type: "string", default: "3" },
        sections: { type: "string", default: "throughput,linear" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { values } = parseBenchArgs();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const sizes = (values.sizes ?? "").split(",").map((s) => Number(s.trim()));
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs));
if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1) || !Number.isFinite(seed)) {
  process.stderr.write(`bench: --sizes takes whole numbers >= 1, --seed a number\n\n${USAGE}`);
  process.exit(2);
}
const sections = new Set((values.sections ?? "").split(",").map((name) => name.trim()));
if (sections.size === 0 || [...sections].some((name) => !["throughput", "linear"].includes(name))) {
  process.stderr.write(`bench: --sections takes throughput, linear or both\n\n${USAGE}`);
  process.exit(2);
}

/** Largest stream a reducer row is measured on (the targets are set on 100,000 events). */
const REDUCER_ROW_MAX = 100_000;

/** A family's bench stream generator: `tooling/scripts/bench/families/<family>.ts`. */
type FamilyStream = (count: number, seed: number) => Record<string, unknown>[];

/** The stream generator of each reducing family that has one, by family name. */
async function familyStreams(): Promise<Map<string, FamilyStream>> {
  const streams = new Map<string, FamilyStream>();
  for (const name of REDUCING_FAMILIES.keys()) {
    const file = join(here, "bench/families", `${name}.ts`);
    if (!existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as { familyStream?: FamilyStream };
    if (typeof module.familyStream === "function") streams.set(name, module.familyStream);
  }
  return streams;
}

const FAMILY_STREAMS = await familyStreams();

/** Parses raw envelopes, keeping the valid ones (what a consumer reduces). */
function parseAll(envelopes: readonly unknown[]): Event[] {
  const parsed: Event[] = [];
  for (const raw of envelopes) {
    const result = safeParseEvent(raw);
    if (result.success) parsed.push(result.output);
  }
  return parsed;
}

/** Events per second of each family's reducer on `count` events of its own stream. */
function reducerRows(count: number): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const [name, stream] of FAMILY_STREAMS) {
    const family = REDUCING_FAMILIES.get(name) as ContractFamily;
    const events = parseAll(
      stream(count, seed).map((envelope) => JSON.parse(JSON.stringify(envelope)) as unknown),
    );
    rows[name] = opsPerSecond(events.length, () => {
      family.reducer?.reduce(events);
    });
  }
  return rows;
}

/** Runs `fn` until at least `minMs` have passed (after one warm-up run); returns ops/s of the best run. */
function opsPerSecond(ops: number, fn: () => void, minMs = 1500): number {
  fn();
  let best = Infinity;
  const started = performance.now();
  do {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  } while (performance.now() - started < minMs);
  return (ops / best) * 1000;
}

interface CommandFigures {
  seconds: number;
  mbPerSecond: number;
  peakRssMiB: number;
  exitCode: number | null;
}

function runCommand(args: string[], bytes: number): CommandFigures {
  const dir = mkdtempSync(join(tmpdir(), "sk-bench-rss-"));
  const rssFile = join(dir, "rss");
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ["--import", rssReporter, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: "" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  let peakRssMiB = Number.NaN;
  try {
    peakRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
  } catch {
    // the process died before exit handlers ran
  }
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`command failed (${run.status}): ${args.join(" ")}\n${run.stderr?.toString()}`);
  }
  return { seconds, mbPerSecond: bytes / 1e6 / seconds, peakRssMiB, exitCode: run.status };
}

/**
 * Runs each command `runs` times, the commands taking turns (so a slow moment of the machine
 * hits them alike); keeps each command's fastest run and its highest peak RSS.
 */
function bestRuns(commands: readonly string[][], bytes: number): CommandFigures[] {
  const best: (CommandFigures | undefined)[] = commands.map(() => undefined);
  for (let run = 0; run < runs; run++) {
    commands.forEach((args, i) => {
      const figures = runCommand(args, bytes);
      const kept = best[i];
      best[i] =
        kept === undefined
          ? figures
          : {
              ...(figures.seconds < kept.seconds ? figures : kept),
              peakRssMiB: Math.max(figures.peakRssMiB, kept.peakRssMiB),
            };
    });
  }
  return best as CommandFigures[];
}

function writeJsonl(path: string, events: readonly unknown[]): Promise<void> {
  return new Promise((done, fail) => {
    const out = createWriteStream(path);
    out.on("error", fail);
    let i = 0;
    const pump = (): void => {
      while (i < events.length) {
        const chunk: string[] = [];
        for (let j = 0; j < 1000 && i < events.length; j++, i++)
          chunk.push(JSON.stringify(events[i]));
        if (!out.write(`${chunk.join("\n")}\n`)) {
          out.once("drain", pump);
          return;
        }
      }
      out.end(done);
    };
    pump();
  });
}

/**
 * Writes the synthetic stream of `size` envelopes to `file` and returns its envelopes as a
 * consumer of the file gets them: one JSON.parse per line (flat strings, JSON.parse's object
 * shapes), not the generator's own objects, whose strings are concatenations that every
 * string comparison and hash must walk.
 */
async function writeStream(file: string, size: number): Promise<unknown[]> {
  const generated = syntheticStream({ count: size, seed });
  await writeJsonl(file, generated);
  return generated.map((envelope) => JSON.parse(JSON.stringify(envelope)) as unknown);
}

const CONNECTOR_AND_SYNC = /^(Connector|Sync)/;

async function measure(size: number) {
  // The reducer rows first, while the process holds nothing of this size's stream: a row
  // measures its reducer on its own events, not the collection of a larger heap.
  const reducersPerSecond = reducerRows(Math.min(size, REDUCER_ROW_MAX));
  const dir = mkdtempSync(join(tmpdir(), "sk-bench-"));
  const file = join(dir, `stream-${size}.jsonl`);
  const envelopes = await writeStream(file, size);
  const bytes = statSync(file).size;

  const parseEventPerSecond = opsPerSecond(size, () => {
    for (const raw of envelopes) safeParseEvent(raw);
  });

  const parsed = parseAll(envelopes);
  const payloads = parsed
    .filter((event) => CONNECTOR_AND_SYNC.test(event.event_type))
    .map((event) => [event.payload, event.event_type] as const);
  const models = payloads.map(([, type]) => EVENT_TYPE_REGISTRY.get(type)?.model);

  const validateDualPerSecond = opsPerSecond(payloads.length, () => {
    for (const [payload, type] of payloads) validateEvent(payload, type);
  });
  // The model layer of validateEvent alone: the model's verdict, and its issues when it refuses.
  const validateModelPerSecond = opsPerSecond(payloads.length, () => {
    for (let i = 0; i < payloads.length; i++) {
      const model = models[i];
      const payload = payloads[i]?.[0];
      if (model && !model.test(payload)) safeParseModel(model, payload);
    }
  });
  // Parsing each payload into its frozen model output (what a consumer reading payloads pays).
  const parseModelPerSecond = opsPerSecond(payloads.length, () => {
    for (let i = 0; i < payloads.length; i++) {
      const model = models[i];
      if (model) safeParseModel(model, payloads[i]?.[0]);
    }
  });

  const [baseline, validate, replayConnector, replaySync] = bestRuns(
    [
      [baselineReader, file],
      [cli, "validate", file],
      [cli, "replay", file, "--reducer", "connector", "--json"],
      [cli, "replay", file, "--reducer", "sync", "--json"],
    ],
    bytes,
  ) as [CommandFigures, CommandFigures, CommandFigures, CommandFigures];
  rmSync(dir, { recursive: true, force: true });

  return {
    events: size,
    fileMB: bytes / 1e6,
    parseEventPerSecond,
    validateDualPerSecond,
    validateModelPerSecond,
    parseModelPerSecond,
    reducersPerSecond,
    endToEnd: {
      baseline,
      validate: { ...validate, ratioToBaseline: validate.mbPerSecond / baseline.mbPerSecond },
      replayConnector: {
        ...replayConnector,
        ratioToBaseline: replayConnector.mbPerSecond / baseline.mbPerSecond,
      },
      replaySync: { ...replaySync, ratioToBaseline: replaySync.mbPerSecond / baseline.mbPerSecond },
    },
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(results: readonly Figures[]): string {
  const rows: string[][] = [["measure", ...results.map((r) => `${fmt(r.events)} events`)]];
  const add = (label: string, pick: (r: Figures) => string): void => {
    rows.push([label, ...results.map(pick)]);
  };
  add("file size (MB)", (r) => fmt(r.fileMB, 1));
  add("parseEvent (events/s)", (r) => fmt(r.parseEventPerSecond));
  add("validateEvent dual layer (payloads/s)", (r) => fmt(r.validateDualPerSecond));
  add("validateEvent model layer only (payloads/s)", (r) => fmt(r.validateModelPerSecond));
  add("safeParseModel, payload to output (payloads/s)", (r) => fmt(r.parseModelPerSecond));
  for (const name of FAMILY_STREAMS.keys()) {
    add(`reducer ${name}, ${fmt(REDUCER_ROW_MAX)} events at most (events/s)`, (r) =>
      fmt(r.reducersPerSecond[name] ?? Number.NaN),
    );
  }
  add("baseline read + JSON.parse (MB/s)", (r) => fmt(r.endToEnd.baseline.mbPerSecond, 1));
  add(
    "spec-kitty-events validate (MB/s, ratio)",
    (r) =>
      `${fmt(r.endToEnd.validate.mbPerSecond, 1)} (${fmt(r.endToEnd.validate.ratioToBaseline * 100)}%)`,
  );
  add(
    "spec-kitty-events replay connector (MB/s, ratio)",
    (r) =>
      `${fmt(r.endToEnd.replayConnector.mbPerSecond, 1)} (${fmt(r.endToEnd.replayConnector.ratioToBaseline * 100)}%)`,
  );
  add(
    "spec-kitty-events replay sync (MB/s, ratio)",
    (r) =>
      `${fmt(r.endToEnd.replaySync.mbPerSecond, 1)} (${fmt(r.endToEnd.replaySync.ratioToBaseline * 100)}%)`,
  );
  add("peak RSS baseline (MiB)", (r) => fmt(r.endToEnd.baseline.peakRssMiB));
  add("peak RSS validate (MiB)", (r) => fmt(r.endToEnd.validate.peakRssMiB));
  add("peak RSS replay connector (MiB)", (r) => fmt(r.endToEnd.replayConnector.peakRssMiB));
  add("peak RSS replay sync (MiB)", (r) => fmt(r.endToEnd.replaySync.peakRssMiB));
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  const line = (row: string[]): string =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(" | ")} |`;
  const [head, ...body] = rows;
  return [
    line(head ?? []),
    `| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`,
    ...body.map(line),
  ].join("\n");
}

/** Items of the linear-time check on a one-line array. */
const LINEAR_ARRAY_ITEMS = 160_000;

/** Distinct objects of the payloads of the DAG check. */
const DAG_SIZES = [1_000, 10_000, 100_000] as const;

/**
 * The command on a one-line JSON array of 160,000 items against the same items one per line:
 * a quarter of the items are invalid JSON, each reported with its line and column, so a
 * column found by scanning back to the start of the line would make the array quadratic.
 */
async function measureArrayColumns() {
  const dir = mkdtempSync(join(tmpdir(), "sk-bench-linear-"));
  const items = syntheticStream({ count: LINEAR_ARRAY_ITEMS, seed }).map((envelope, i) =>
    i % 4 === 3 ? '{"a":NaN}' : JSON.stringify(envelope),
  );
  const arrayFile = join(dir, "one-line.json");
  const linesFile = join(dir, "lines.jsonl");
  writeFileSync(arrayFile, `[${items.join(",")}]\n`);
  writeFileSync(linesFile, `${items.join("\n")}\n`);
  const bytes = statSync(linesFile).size;
  const [array, lines] = bestRuns(
    [
      [cli, "validate", arrayFile],
      [cli, "validate", linesFile],
    ],
    bytes,
  ) as [CommandFigures, CommandFigures];
  rmSync(dir, { recursive: true, force: true });
  return {
    items: LINEAR_ARRAY_ITEMS,
    invalidItems: LINEAR_ARRAY_ITEMS / 4,
    oneLineArraySeconds: array.seconds,
    onePerLineSeconds: lines.seconds,
    ratio: array.seconds / lines.seconds,
  };
}

/** A payload of `count` distinct objects, each holding the next one twice (2^count paths). */
function sharedPayload(count: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < count; i++) node = { a: node, b: node };
  return { root: node };
}

/** A payload of `count` distinct objects in a chain, each held once. */
function chainPayload(count: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < count; i++) node = { a: node, b: 1 };
  return { root: node };
}

/** parseEvent on DAG and chain payloads: nanoseconds per distinct object, best run. */
function measureSharedPayloads() {
  const base = syntheticStream({ count: 1, seed })[0] as Record<string, unknown>;
  return DAG_SIZES.map((count) => {
    const perObject = (payload: Record<string, unknown>): number => {
      const envelope = { ...base, payload };
      return 1e9 / opsPerSecond(count, () => safeParseEvent(envelope), 1000);
    };
    return {
      objects: count,
      dagNsPerObject: perObject(sharedPayload(count)),
      chainNsPerObject: perObject(chainPayload(count)),
    };
  });
}

async function measureLinear() {
  process.stderr.write("measuring the linear-time checks...\n");
  return { arrayColumns: await measureArrayColumns(), sharedPayloads: measureSharedPayloads() };
}

type LinearFigures = Awaited<ReturnType<typeof measureLinear>>;

function linearTable(figures: LinearFigures): string {
  const { arrayColumns: a, sharedPayloads } = figures;
  const lines = [
    `| linear-time check | figure |`,
    `| --- | ---: |`,
    `| validate, one-line JSON array of ${fmt(a.items)} items, ${fmt(a.invalidItems)} invalid (s) | ${fmt(a.oneLineArraySeconds, 2)} |`,
    `| validate, the same items one per line (s) | ${fmt(a.onePerLineSeconds, 2)} |`,
    `| ratio array / lines (target <= 2) | ${fmt(a.ratio, 2)} |`,
  ];
  for (const row of sharedPayloads) {
    lines.push(
      `| parseEvent, DAG payload of ${fmt(row.objects)} distinct objects (ns per object) | ${fmt(row.dagNsPerObject)} |`,
      `| parseEvent, chain payload of ${fmt(row.objects)} objects (ns per object) | ${fmt(row.chainNsPerObject)} |`,
    );
  }
  return lines.join("\n");
}

const results: Figures[] = [];
if (sections.has("throughput")) {
  for (const size of sizes) {
    process.stderr.write(`measuring ${fmt(size)} events...\n`);
    results.push(await measure(size));
  }
}
const linear = sections.has("linear") ? await measureLinear() : undefined;
const report = {
  machine: {
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
    platform: process.platform,
  },
  seed,
  commandRuns: runs,
  results,
  linear,
};
if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const parts: string[] = [];
  if (results.length > 0) parts.push(table(results));
  if (linear !== undefined) parts.push(linearTable(linear));
  process.stdout.write(
    `${parts.join("\n\n")}\n\nCommands: fastest of ${runs} run(s) each, taking turns; peak RSS: highest run; in process: best run.\n`,
  );
}
