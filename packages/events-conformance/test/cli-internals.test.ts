// In-process tests of the command's parts: the JSON error locator, the stream reader, the
// buffered output, the progress line, and prototype safety of whole runs.
import { EventEmitter } from "node:events";
import { Readable } from "node:stream";
import {
  REDUCING_FAMILIES,
  type ReducibleEvent,
  safeParseReducibleEvent,
} from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bufferedOutput,
  type CliIo,
  durationText,
  type OutputStream,
  progressLine,
} from "../src/cli/io.js";
import { detectFormat } from "../src/cli/reading/format.js";
import { locateJsonSyntaxError } from "../src/cli/reading/json-syntax.js";
import { BATCH_LINES, type CutItem, LineCutter } from "../src/cli/reading/line-cutter.js";
import { readJsonRecords } from "../src/cli/reading/read.js";
import { DEFAULT_READ_LIMITS, type RecordProblem } from "../src/cli/reading/records.js";
import { payloadReadingOf, replayBatch, takeBatchEvents } from "../src/cli/replay/records.js";
import { runCli } from "../src/cli/run.js";
import { count } from "../src/cli/text.js";
import { loadManifest, loadReplayStream } from "../src/fixtures.js";
import { CONNECTOR_PAYLOADS, envelope } from "./cli-support.js";

describe("locateJsonSyntaxError", () => {
  it.each([
    ["{}"],
    ["[]"],
    [' {"a":[1,2,{"b":null}],"c":"x\\n\\u00e9\\/"} '],
    ["-0.5e+10"],
    ['"s"'],
    ["true"],
    ["\t[\r\n false ]\n"],
  ])("finds nothing in valid JSON %j", (text) => {
    expect(locateJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['{"a":}', 5, "unexpected character '}' (expected a value)"],
    ['{"a":1', 6, "unexpected end of line (expected ',' or '}')"],
    ["{a:1}", 1, "unexpected character 'a' (expected a property name in double quotes)"],
    [
      "{'a':1}",
      1,
      `unexpected character "'" (expected a property name in double quotes; JSON strings use double quotes)`,
    ],
    ["[1,]", 3, "unexpected character ']' (expected a value)"],
    ["[1 2]", 3, "unexpected character '2' (expected ',' or ']')"],
    ['{"a" 1}', 5, "unexpected character '1' (expected ':')"],
    ['"abc', 4, "unterminated string (missing closing '\"')"],
    ['"a\u0001"', 2, "control character U+0001 inside a string (escape it, e.g. \\n)"],
    ['"\\q"', 1, "invalid escape \\q in a string"],
    ['"\\u12G4"', 1, "invalid \\u escape (expected 4 hex digits)"],
    ["01", 1, "a number must not have leading zeros"],
    ["1.", 2, "unexpected end of line (expected a digit after '.')"],
    ["1e+", 3, "unexpected end of line (expected a digit in the exponent)"],
    ["{} {}", 3, "unexpected '{' after the end of the JSON value (one event per line)"],
    ["\uFEFF{}", 0, "unexpected byte-order mark U+FEFF (expected a value)"],
    ["", 0, "unexpected end of line (expected a value)"],
    ["tru", 0, "unexpected character 't' (expected a value)"],
  ])("locates the error in %j at offset %i", (text, offset, reason) => {
    expect(locateJsonSyntaxError(text)).toEqual({ offset, reason });
  });

  it.each([
    ["NaN", 0, "NaN"],
    ["[1, Infinity]", 4, "Infinity"],
    ['{"a":-Infinity}', 5, "-Infinity"],
  ])("explains the non-standard literal in %j", (text, offset, literal) => {
    const error = locateJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.reason).toBe(
      `${literal} is a non-standard literal: Python's json module writes and accepts it, JSON (and this tool) does not; write null or a string instead`,
    );
  });

  it("scans deep nesting without overflowing the stack", () => {
    const depth = 1_000_000;
    expect(locateJsonSyntaxError("[".repeat(depth))).toEqual({
      offset: depth,
      reason: "unexpected end of line (expected a value)",
    });
    expect(locateJsonSyntaxError(`${"[".repeat(depth)}${"]".repeat(depth)}`)).toBeUndefined();
  });

  it("agrees with JSON.parse on which texts are JSON (property)", () => {
    const fragment = fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"',
      '"a"',
      "\\",
      "1",
      "-",
      "0",
      ".",
      "e",
      "+",
      " ",
      "\n",
      "true",
      "null",
      "NaN",
      "\uFEFF",
      "\\u00",
      "é",
    );
    const texts = fc.oneof(
      fc.json(),
      fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join("")),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = locateJsonSyntaxError(text);
        expect(error === undefined).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

type Seen = ["value", unknown, number, number | undefined] | ["problem", RecordProblem];

async function readAll(chunks: readonly (Buffer | string)[]): Promise<Seen[]> {
  const seen: Seen[] = [];
  await readJsonRecords(
    Readable.from(chunks, { objectMode: true }),
    {
      value: (value, line, item) => seen.push(["value", value, line, item]),
      problem: (problem) => seen.push(["problem", problem]),
    },
    { ...DEFAULT_READ_LIMITS, maxLineBytes: 64 },
  );
  return seen;
}

describe("readJsonRecords", () => {
  it("reads JSON Lines: BOM, CRLF, blank lines, no final newline, bad lines in between", async () => {
    const text = '\uFEFF{"a":1}\r\n\r\n  \n[2]\nnope\n\uFEFF{"b":2}\n{"c":3}\n\uFEFF{"d":}';
    expect(await readAll([Buffer.from(text)])).toEqual([
      ["value", { a: 1 }, 1, undefined],
      ["value", [2], 4, undefined],
      [
        "problem",
        {
          line: 5,
          column: 1,
          item: undefined,
          kind: "invalid_json",
          message: "unexpected character 'n' (expected a value)",
        },
      ],
      ["value", { b: 2 }, 6, undefined],
      ["value", { c: 3 }, 7, undefined],
      [
        "problem",
        {
          line: 8,
          column: 7,
          item: undefined,
          kind: "invalid_json",
          message: "unexpected character '}' (expected a value)",
        },
      ],
    ]);
  });

  it("skips a line longer than the limit with a problem, and reads the next one", async () => {
    const long = `{"x":"${"y".repeat(200)}"}`;
    expect(await readAll([`${long.slice(0, 50)}`, `${long.slice(50)}\n{"ok":1}\n`])).toEqual([
      [
        "problem",
        {
          line: 1,
          column: undefined,
          item: undefined,
          kind: "line_too_long",
          message: "line longer than 64 bytes (not read)",
        },
      ],
      ["value", { ok: 1 }, 2, undefined],
    ]);
  });

  it("reads a JSON array item by item with line numbers", async () => {
    const text = '\n [\n {"a":1},\n\n  {"b": [1, "x,]"]}, 3\n]\n';
    expect(await readAll([text])).toEqual([
      ["value", { a: 1 }, 3, 1],
      ["value", { b: [1, "x,]"] }, 5, 2],
      ["value", 3, 5, 3],
    ]);
    expect(await readAll(["[]"])).toEqual([]);
  });

  it("gives the same records however the bytes are split into chunks (property)", async () => {
    const piece = fc.constantFrom(
      '{"a":1}',
      '{"é":"ü€😀"}',
      "[1,2]",
      "not json",
      "",
      "  ",
      "\uFEFF",
      "\r",
      '{"k":',
      "42",
    );
    const document = fc.tuple(
      fc.boolean(),
      fc.array(fc.array(piece, { maxLength: 3 }), { maxLength: 8 }),
      fc.array(fc.nat(), { maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(document, async ([asArray, lines, cuts]) => {
        const body = lines.map((parts) => parts.join(""));
        const text = asArray ? `[${body.join(",\n")}]` : body.join("\n");
        const bytes = Buffer.from(text);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
          (a, b) => a - b,
        );
        const chunks: Buffer[] = [];
        let from = 0;
        for (const point of points) {
          chunks.push(bytes.subarray(from, point));
          from = point;
        }
        chunks.push(bytes.subarray(from));
        expect(await readAll(chunks)).toEqual(await readAll([bytes]));
      }),
      { numRuns: 300 },
    );
  });
});

describe("detectFormat", () => {
  it.each<[string, string, "array" | "jsonl"]>([
    ["empty", "", "jsonl"],
    ["blanks only", " \n\r\n\t", "jsonl"],
    ["JSON Lines", '{"a":1}\n[1]\n', "jsonl"],
    ["a one-line array", "[1,2]", "array"],
    ["a one-line array, blank lines after it", "\uFEFF [1,2]\n\n  \r\n", "array"],
    ["a pretty-printed array", "[\n  1,\n  2\n]\n", "array"],
    ["a pretty-printed array with content after it", '[\n1\n]\n{"a":1}\n', "array"],
    ["a truncated array", "[1,2,", "array"],
    ["an array with junk on its line", "[1] x", "array"],
    ["an empty array first, then lines", '[]\n{"a":1}\n', "jsonl"],
    ["an array first, then lines", '[1,2]\r\n{"a":1}', "jsonl"],
    ["an array first, after a CR only", '[1,2]\r{"a":1}', "jsonl"],
    ["an array first, junk on its line, then lines", "[1] x\n2", "jsonl"],
    ["brackets inside strings", '["]","\\"]"]\n{"a":1}', "jsonl"],
    ["nested arrays on the first line", "[[1],[2,[3]]]\n[4]", "jsonl"],
    ["a byte-order mark, then a line with one", "[]\n\uFEFF{}", "jsonl"],
    ["a BOM-like start that is not one", "\uFEFE[1]", "jsonl"],
  ])("%s -> %s", async (_label, text, format) => {
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 1000]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      const detected = await detectFormat(Readable.from(chunks, { objectMode: true }), 1 << 20);
      expect(detected.format).toBe(format);
      const replayed: Buffer[] = [];
      for await (const chunk of detected.chunks) replayed.push(chunk as Buffer);
      expect(Buffer.concat(replayed).equals(bytes)).toBe(true);
    }
  });
});

/** Lines of a text by a plain reference splitter: `\r\n`, `\r`, `\n`. */
function referenceLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Cuts `bytes` (in chunks of the given sizes) and lists [line number, line text or "LONG"]. */
function cutLines(bytes: Buffer, sizes: readonly number[], maxLineBytes: number): string[][] {
  const cutter = new LineCutter(maxLineBytes);
  const items: CutItem[] = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % Math.max(1, sizes.length)] ?? 1);
    items.push(...cutter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  items.push(...cutter.end());
  const seen: string[][] = [];
  for (const item of items) {
    if (item.kind === "long") {
      seen.push([String(item.line), "LONG"]);
      continue;
    }
    const text = Buffer.from(item.bytes).toString("utf8");
    expect(item.bytes.length).toBeGreaterThan(0);
    referenceLines(text).forEach((line, i) => {
      seen.push([String(item.firstLine + i), line]);
    });
  }
  return seen;
}

describe("LineCutter", () => {
  it("cuts any bytes into the lines of a plain splitter, wherever chunks end (property)", () => {
    const piece = fc.constantFrom("a", "é", "😀", "{}", "\n", "\r", "\r\n", "\n\n", "xxxxxxxx");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (pieces, sizes, maxLineBytes) => {
          const text = pieces.join("");
          const expected = referenceLines(text).map((line, i) => [
            String(i + 1),
            Buffer.byteLength(line) > maxLineBytes ? "LONG" : line,
          ]);
          expect(cutLines(Buffer.from(text), sizes, maxLineBytes)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("cuts a batch at 1,024 lines and numbers the next batch's first line", () => {
    const text = "{}\n".repeat(BATCH_LINES * 2 + 5);
    const cutter = new LineCutter(100);
    const items = [...cutter.push(Buffer.from(text)), ...cutter.end()];
    expect(items.map((item) => (item.kind === "batch" ? item.firstLine : -1))).toEqual([
      1,
      BATCH_LINES + 1,
      2 * BATCH_LINES + 1,
    ]);
  });
});

/** An in-memory output stream whose `write` returns `accept` (false: the caller must wait). */
function memoryStream(options: { isTTY?: boolean; accept?: boolean } = {}) {
  const emitter = new EventEmitter();
  const written: string[] = [];
  const stream: OutputStream & { written: string[]; emit(event: string): void } = {
    written,
    isTTY: options.isTTY ?? false,
    write(text: string) {
      written.push(text);
      return options.accept ?? true;
    },
    once(event, listener) {
      emitter.once(event, listener);
      return stream;
    },
    off(event, listener) {
      emitter.off(event, listener);
      return stream;
    },
    emit(event) {
      emitter.emit(event);
    },
  };
  return stream;
}

describe("count", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [123456, "123,456"],
    [1234567, "1,234,567"],
    [-4500, "-4,500"],
  ])("formats %i as %s", (n, text) => {
    expect(count(n)).toBe(text);
  });

  it("agrees with the en-US number format on whole numbers (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(count(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
  });
});

describe("bufferedOutput", () => {
  it("batches writes and waits for drain when the stream asks to", async () => {
    const stream = memoryStream({ accept: false });
    const out = bufferedOutput(stream, { batchSize: 10 });
    out.write("abc");
    out.write("def");
    expect(stream.written).toEqual([]);
    expect(out.pause()).toBeUndefined();
    out.write("ghij");
    expect(stream.written).toEqual(["abcdefghij"]);
    const waiting = out.pause();
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting?.then(() => {
      drained = true;
    });
    await Promise.resolve();
    expect(drained).toBe(false);
    stream.emit("drain");
    await waiting;
    expect(drained).toBe(true);
    expect(out.pause()).toBeUndefined();
  });

  it("sends a text as long as a batch on its own, after the texts queued before it", () => {
    const stream = memoryStream();
    const out = bufferedOutput(stream, { batchSize: 10 });
    out.write("ab");
    out.write("0123456789xyz");
    out.write("c");
    expect(stream.written).toEqual(["ab", "0123456789xyz"]);
    out.send();
    expect(stream.written).toEqual(["ab", "0123456789xyz", "c"]);
  });

  it("runs beforeSend before each batch, and send() sends a partial batch", () => {
    const stream = memoryStream();
    const out = bufferedOutput(stream, { beforeSend: () => stream.written.push("<clear>") });
    out.send();
    expect(stream.written).toEqual([]);
    out.write("a");
    out.write("b");
    out.send();
    expect(stream.written).toEqual(["<clear>", "ab"]);
  });
});

describe("output backpressure", () => {
  it("stops producing as soon as standard output asks to wait, one record at a time", async () => {
    // 20,000 lines of {} print about 1.3 KB each (26 MB): a slow pipe must not make them pile up.
    const input = Buffer.from("{}\n".repeat(20_000));
    const stdout = memoryStream({ accept: false });
    const stderr = memoryStream();
    const chunks = [input.subarray(0, 256 * 1024), input.subarray(256 * 1024)];
    let done = false;
    const running = runCli(["validate", "-"], {
      stdin: Readable.from(chunks),
      stdout,
      stderr,
    }).then((code) => {
      done = true;
      return code;
    });
    const written = () => stdout.written.reduce((sum, text) => sum + text.length, 0);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    // Until the first write, then a while longer: a producer that does not wait would go on.
    for (let turns = 0; written() === 0 && turns < 2000; turns++) await pause();
    for (let turns = 0; turns < 20; turns++) await pause();
    // One batch of the buffered output (64 KiB) and at most the record that filled it.
    expect(done).toBe(false);
    expect(written()).toBeGreaterThan(0);
    expect(written()).toBeLessThanOrEqual(64 * 1024 + 2048);
    // Each drain lets one more batch through; the run ends with every record written.
    let drains = 0;
    while (!done) {
      stdout.emit("drain");
      drains++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toBe(1);
    expect(drains).toBeGreaterThan(100);
    const text = stdout.written.join("");
    expect(text.match(/^line \d+: event_id: Field required/gm)?.length).toBe(20_000);
    expect(
      text.endsWith("summary: events 20,000, valid 0, invalid 20,000, unknown types 0\n"),
    ).toBe(true);
  });
});

describe("progressLine", () => {
  it("is due at most once a second, only on a terminal, and erases itself once", () => {
    let now = 0;
    const clock = () => now;
    const terminal = memoryStream({ isTTY: true });
    const progress = progressLine(terminal, "validate", { now: clock });
    now = 999;
    expect(progress.due()).toBe(false);
    now = 1000;
    expect(progress.due()).toBe(true);
    progress.draw(2_500_000, 1234);
    const line = "\r\x1b[Kvalidate: 1,234 events, 2.5 MB read, 2.5 MB/s, 1,234 events/s";
    expect(terminal.written).toEqual([line]);
    now = 1999;
    expect(progress.due()).toBe(false);
    now = 2000;
    expect(progress.due()).toBe(true);
    progress.clear();
    progress.clear();
    expect(terminal.written).toEqual([line, "\r\x1b[K"]);

    const pipe = memoryStream({ isTTY: false });
    const quiet = progressLine(pipe, "validate", { now: clock });
    now = 100_000;
    expect(quiet.due()).toBe(false);
    quiet.draw(1, 1);
    quiet.clear();
    expect(pipe.written).toEqual([]);
  });

  it("shows percent, rates and time left when the total size is known", () => {
    let now = 10_000;
    const terminal = memoryStream({ isTTY: true });
    const progress = progressLine(terminal, "replay", {
      now: () => now,
      totalBytes: 80_000_000,
    });
    now = 14_000;
    // 20 MB of 80 MB in 4 s: 5 MB/s, 60 MB left: 12 s.
    progress.draw(20_000_000, 100_000);
    expect(terminal.written).toEqual([
      "\r\x1b[Kreplay: 25%, 100,000 events, 20.0 of 80.0 MB, 5.0 MB/s, 25,000 events/s, 12s left",
    ]);
  });

  it("is silent with quiet, even on a terminal, and fits the terminal's width", () => {
    let now = 0;
    const quietTerminal = memoryStream({ isTTY: true });
    const quiet = progressLine(quietTerminal, "validate", { now: () => now, quiet: true });
    now = 5000;
    expect(quiet.due()).toBe(false);
    quiet.draw(1, 1);
    quiet.clear();
    expect(quietTerminal.written).toEqual([]);

    const narrow = Object.assign(memoryStream({ isTTY: true }), { columns: 20 });
    progressLine(narrow, "validate", { now: () => now, totalBytes: 10 }).draw(5, 5);
    expect(narrow.written).toEqual(["\r\x1b[Kvalidate: 50%, 5 ev"]);
  });

  it.each([
    [0.2, "1s"],
    [59, "59s"],
    [61, "1m01s"],
    [3599, "59m59s"],
    [3720, "1h02m"],
  ])("writes %s seconds left as %s", (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
  });
});

describe("prototype safety", () => {
  it("runs validate and replay on __proto__ and constructor keys without polluting prototypes", async () => {
    const event = JSON.stringify(
      envelope(1, "ConnectorProvisioned", CONNECTOR_PAYLOADS.ConnectorProvisioned ?? {}),
    )
      .replace(
        "{",
        '{"__proto__":{"polluted":"envelope"},"constructor":{"prototype":{"polluted":"c"}},',
      )
      .replace('"payload":{', '"payload":{"__proto__":{"polluted":"payload"},');
    const text = `${event}\n{"__proto__":{"polluted":"line"}}\n[{"__proto__":{"polluted":"array"}}]\n`;
    const run = async (args: string[]): Promise<string> => {
      const stdout = memoryStream();
      const stderr = memoryStream();
      const io: CliIo = { stdin: Readable.from([Buffer.from(text)]), stdout, stderr };
      expect(await runCli(args, io)).toBe(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
      expect(Object.hasOwn(Array.prototype, "polluted")).toBe(false);
      return stdout.written.join("");
    };
    const verdicts = (await run(["validate", "-", "--json"]))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { valid: boolean; problems: { type: string }[] });
    expect(verdicts.map((verdict) => verdict.valid)).toEqual([true, false, false]);
    expect(verdicts[2]?.problems[0]?.type).toBe("not_an_object");
    expect(await run(["validate", "-"])).toContain("summary: events 3, valid 1, invalid 2");
    const state = JSON.parse(await run(["replay", "-", "--reducer", "connector", "--json"]));
    expect(state).toMatchObject({ current_state: "provisioned", event_count: 1 });
  });
});

describe("a replay batch sent between threads", () => {
  it("gives back each event as parsed here: known and unknown types, timestamps, payloads", () => {
    const records = [
      envelope(1, "ConnectorProvisioned", CONNECTOR_PAYLOADS.ConnectorProvisioned ?? {}),
      { ...envelope(2, "NoSuchType", { a: 1 }), timestamp: "2026-02-27T10:00:00.5+01:00" },
      envelope(3, "ConnectorHealthChecked", CONNECTOR_PAYLOADS.ConnectorHealthChecked ?? {}),
    ];
    const batch = {
      seq: 0,
      firstLine: 1,
      bytes: new TextEncoder().encode(records.map((record) => JSON.stringify(record)).join("\n")),
    };
    const reading = { types: new Set(["ConnectorProvisioned", "NoSuchType"]), packings: new Map() };
    const taken: unknown[] = [];
    takeBatchEvents(
      structuredClone(replayBatch(batch, reading, DEFAULT_READ_LIMITS)),
      reading,
      (event) => {
        taken.push(JSON.parse(JSON.stringify(event)));
      },
    );
    const here: unknown[] = [];
    takeBatchEvents(replayBatch(batch, reading, DEFAULT_READ_LIMITS, false), reading, (event) => {
      here.push(JSON.parse(JSON.stringify(event)));
    });
    expect(taken).toEqual(here);
    expect(taken.map((event) => (event as { event_type: string }).event_type)).toEqual([
      "ConnectorProvisioned",
      "NoSuchType",
      "ConnectorHealthChecked",
    ]);
    expect((taken[2] as { payload: unknown }).payload).toEqual({});
    expect((taken[1] as { timestamp: unknown }).timestamp).toBe("2026-02-27T10:00:00.500000+01:00");
  });
});

describe("a replay batch of packed payloads", () => {
  const packers = [...REDUCING_FAMILIES.values()].filter(
    (family) => family.reducer?.payloadPacking !== undefined,
  );
  const streams = loadManifest().fixtures.filter((entry) => entry.fixtureType === "replay_stream");

  it("some family packs its payloads, and the fixtures hold replay streams", () => {
    expect(packers.map((family) => family.name)).toContain("sync");
    expect(streams.length).toBeGreaterThan(10);
  });

  it.each(packers.map((family) => [family.name, family] as const))(
    "%s: every fixture stream, packed on one thread and taken on another, projects as parsed here",
    (_, family) => {
      const reading = payloadReadingOf([family]);
      expect(reading.packings.size).toBeGreaterThan(0);
      for (const stream of streams) {
        const records = loadReplayStream(stream.id);
        const batch = {
          seq: 0,
          firstLine: 1,
          bytes: new TextEncoder().encode(
            records.map((record) => JSON.stringify(record)).join("\n"),
          ),
        };
        const taken: ReducibleEvent[] = [];
        takeBatchEvents(
          structuredClone(replayBatch(batch, reading, DEFAULT_READ_LIMITS)),
          reading,
          (event) => taken.push(event),
        );
        const held: ReducibleEvent[] = [];
        takeBatchEvents(replayBatch(batch, reading, DEFAULT_READ_LIMITS, false), reading, (event) =>
          held.push(event),
        );
        const parsed = records.flatMap((record) => {
          const result = safeParseReducibleEvent(record);
          return result.success ? [result.output] : [];
        });
        const expected = JSON.stringify(family.reducer?.reduce(parsed));
        expect(JSON.stringify(family.reducer?.reduce(taken)), stream.id).toBe(expected);
        expect(JSON.stringify(family.reducer?.reduce(held)), stream.id).toBe(expected);
      }
    },
  );

  it("packs a type only for the one chosen reducer that reads it", () => {
    const sync = REDUCING_FAMILIES.get("sync");
    const connector = REDUCING_FAMILIES.get("connector");
    if (sync === undefined || connector === undefined) throw new Error("missing family");
    expect([...payloadReadingOf([sync, connector]).packings.keys()].sort()).toEqual(
      [...payloadReadingOf([sync]).packings.keys()].sort(),
    );
    expect(payloadReadingOf([connector]).packings.size).toBe(0);
    const reading = payloadReadingOf([...REDUCING_FAMILIES.values()]);
    for (const [type] of reading.packings) {
      const readers = [...REDUCING_FAMILIES.values()].filter((family) =>
        family.reducer?.payloadTypes.has(type),
      );
      expect(readers, type).toHaveLength(1);
    }
  });
});
