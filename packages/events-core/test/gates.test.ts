import { describe, expect, it, vi } from "vitest";
import { SpecKittyEventsError } from "../src/errors.js";
import {
  mapCheckRunConclusion,
  UnknownConclusionError,
} from "../src/families/gates/conclusions.js";
import {
  GATE_EVENT_TYPES,
  GATE_FAILED,
  GATE_PASSED,
  GATES_SCHEMA_VERSION,
} from "../src/families/gates/constants.js";
import { GATES_FAMILY } from "../src/families/gates/family.js";
import {
  GateFailedPayloadSchema,
  GatePassedPayloadSchema,
  GatePayloadBaseSchema,
} from "../src/families/gates/payloads.js";
import {
  type ModelEntries,
  type ModelSchema,
  parseModel,
  safeParseModel,
} from "../src/model/model.js";
import { STATUS_GATES_LIFECYCLE_EXAMPLES } from "./support/status-gates-lifecycle.js";

const PASSED = STATUS_GATES_LIFECYCLE_EXAMPLES.GatePassed as Record<string, unknown>;
const FAILED = STATUS_GATES_LIFECYCLE_EXAMPLES.GateFailed as Record<string, unknown>;
const FIELDS = [
  "gate_name",
  "gate_type",
  "conclusion",
  "external_provider",
  "check_run_id",
  "check_run_url",
  "delivery_id",
  "pr_number",
];

function violations(schema: ModelSchema<ModelEntries>, input: unknown): [string, string, string][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.field, i.violationType, i.message]);
}

describe("gates constants and models (§2.1)", () => {
  it("GatePassed and GateFailed, as an immutable set", () => {
    expect([GATE_PASSED, GATE_FAILED]).toEqual(["GatePassed", "GateFailed"]);
    expect([...GATE_EVENT_TYPES]).toEqual(["GatePassed", "GateFailed"]);
    expect(() => (GATE_EVENT_TYPES as Set<string>).delete("GatePassed")).toThrow(TypeError);
    expect(GATES_SCHEMA_VERSION).toBe("2.7.0");
  });

  it("the three models have the base fields in the reference's order", () => {
    for (const schema of [
      GatePayloadBaseSchema,
      GatePassedPayloadSchema,
      GateFailedPayloadSchema,
    ]) {
      expect(Object.keys(schema.entries)).toEqual(FIELDS);
    }
    expect(
      JSON.stringify(parseModel(GatePassedPayloadSchema, { ...PASSED, pr_number: undefined })),
    ).toBe(
      '{"gate_name":"ci/build","gate_type":"ci","conclusion":"success","external_provider":"github","check_run_id":4242,"check_run_url":"https://github.com/acme/app/runs/4242","delivery_id":"72d3162e-cc78-11e3-81ab-4c9367dc0958","pr_number":null}',
    );
  });

  it("quirk 24: GatePayloadBase validates any non-empty conclusion", () => {
    expect(parseModel(GatePayloadBaseSchema, { ...PASSED, conclusion: "neutral" }).conclusion).toBe(
      "neutral",
    );
    expect(violations(GatePayloadBaseSchema, { ...PASSED, conclusion: "" })).toEqual([
      ["conclusion", "string_too_short", "String should have at least 1 character"],
    ]);
  });

  it.each(["failure", "timed_out", "cancelled", "action_required"])(
    "GateFailed accepts %s",
    (conclusion) => {
      expect(safeParseModel(GateFailedPayloadSchema, { ...FAILED, conclusion }).success).toBe(true);
    },
  );

  it.each(["success", "canceled", "neutral", "FAILURE", ""])(
    "GateFailed refuses %j (literal_error)",
    (conclusion) => {
      expect(violations(GateFailedPayloadSchema, { ...FAILED, conclusion })).toEqual([
        [
          "conclusion",
          "literal_error",
          "Input should be 'failure', 'timed_out', 'cancelled' or 'action_required'",
        ],
      ]);
    },
  );

  it.each(["failure", "Success", "skipped"])(
    "GatePassed refuses %j (literal_error)",
    (conclusion) => {
      expect(violations(GatePassedPayloadSchema, { ...PASSED, conclusion })).toEqual([
        ["conclusion", "literal_error", "Input should be 'success'"],
      ]);
    },
  );

  it("gate_type must be 'ci' and external_provider 'github'", () => {
    expect(
      violations(GatePassedPayloadSchema, {
        ...PASSED,
        gate_type: "CI",
        external_provider: "gitlab",
      }),
    ).toEqual([
      ["gate_type", "literal_error", "Input should be 'ci'"],
      ["external_provider", "literal_error", "Input should be 'github'"],
    ]);
  });

  it.each<[string, unknown, string, string]>([
    ["check_run_id", "5", "int_type", "Input should be a valid integer"],
    ["check_run_id", true, "int_type", "Input should be a valid integer"],
    ["check_run_id", 5.5, "int_type", "Input should be a valid integer"],
    ["check_run_id", null, "int_type", "Input should be a valid integer"],
    ["check_run_id", 0, "greater_than", "Input should be greater than 0"],
    ["check_run_id", -3, "greater_than", "Input should be greater than 0"],
    ["pr_number", "17", "int_type", "Input should be a valid integer"],
    ["pr_number", false, "int_type", "Input should be a valid integer"],
    ["pr_number", 0, "greater_than", "Input should be greater than 0"],
  ])("quirk 22 (strict ints): %s %j is %s", (key, value, type, message) => {
    expect(violations(GatePassedPayloadSchema, { ...PASSED, [key]: value })).toEqual([
      [key, type, message],
    ]);
  });

  it("quirk 22: check_run_id 2**63 (beyond the safe range) is accepted; pr_number null too", () => {
    expect(
      parseModel(GatePassedPayloadSchema, { ...PASSED, check_run_id: 2 ** 63 }).check_run_id,
    ).toBe(2 ** 63);
    expect(
      parseModel(GatePassedPayloadSchema, { ...PASSED, pr_number: null }).pr_number,
    ).toBeNull();
    expect(violations(GatePassedPayloadSchema, { ...PASSED, check_run_id: undefined })).toEqual([
      ["check_run_id", "missing", "Field required"],
    ]);
  });

  it.each<[string, string]>([
    ["HTTPS://GitHub.com:443", "https://github.com/"],
    ["https://github.com", "https://github.com/"],
    ["http://localhost:8080", "http://localhost:8080/"],
    ["https://x.io/a b", "https://x.io/a%20b"],
    [" https://x.io ", "https://x.io/"],
    ["https://x.io/../a/./b", "https://x.io/a/b"],
    ["https://münchen.de/", "https://xn--mnchen-3ya.de/"],
    ["http://0x7f.1/", "http://127.0.0.1/"],
    ["https:/x.io", "https://x.io/"],
    ["https://x.io/%zz+", "https://x.io/%zz+"],
  ])("quirk 21: check_run_url %j is normalised to %j", (url, normalised) => {
    expect(
      parseModel(GatePassedPayloadSchema, { ...PASSED, check_run_url: url }).check_run_url,
    ).toBe(normalised);
  });

  it.each<[unknown, string]>([
    ["ftp://x.io/run", "url_scheme"],
    ["x.io", "url_parsing"],
    ["", "url_parsing"],
    ["https://", "url_parsing"],
    [5, "url_type"],
    [null, "url_type"],
  ])("check_run_url %j is refused (%s)", (url, type) => {
    expect(
      violations(GatePassedPayloadSchema, { ...PASSED, check_run_url: url }).map(([f, t]) => [
        f,
        t,
      ]),
    ).toEqual([["check_run_url", type]]);
  });

  it("a 5,000-character URL passes (no maximum length)", () => {
    const url = `https://x.io/${"a".repeat(5000)}`;
    expect(
      parseModel(GatePassedPayloadSchema, { ...PASSED, check_run_url: url }).check_run_url,
    ).toBe(url);
  });

  it("GATES_FAMILY registers both payloads and has no reducer", () => {
    expect(GATES_FAMILY.name).toBe("gates");
    expect(GATES_FAMILY.reducer).toBeNull();
    expect(GATES_FAMILY.fixtureCategories).toEqual(["events"]);
    expect(GATES_FAMILY.payloads.map((p) => [p.eventType, p.schemaName, p.model])).toEqual([
      ["GatePassed", "gate_passed_payload", GatePassedPayloadSchema],
      ["GateFailed", "gate_failed_payload", GateFailedPayloadSchema],
    ]);
  });
});

describe("map_check_run_conclusion (§2.3)", () => {
  it.each<[string, string]>([
    ["success", "GatePassed"],
    ["failure", "GateFailed"],
    ["timed_out", "GateFailed"],
    ["cancelled", "GateFailed"],
    ["action_required", "GateFailed"],
  ])("%s maps to %s without logging or calling back", (conclusion, eventType) => {
    const onIgnored = vi.fn();
    const log = vi.fn();
    expect(mapCheckRunConclusion(conclusion, onIgnored, log)).toBe(eventType);
    expect(onIgnored).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it.each(["neutral", "skipped", "stale"])(
    "%s is ignored: log line, then the callback, then null",
    (conclusion) => {
      const calls: string[] = [];
      const result = mapCheckRunConclusion(
        conclusion,
        (value, reason) => {
          calls.push(`callback ${value} ${reason}`);
          return "ignored return value";
        },
        (line) => calls.push(`log ${line}`),
      );
      expect(result).toBeNull();
      expect(calls).toEqual([
        `log Ignored non-blocking check_run conclusion: ${conclusion}`,
        `callback ${conclusion} non_blocking`,
      ]);
      expect(mapCheckRunConclusion(conclusion)).toBeNull();
      expect(mapCheckRunConclusion(conclusion, null)).toBeNull();
    },
  );

  it("the callback's error propagates after the log line", () => {
    const log = vi.fn();
    expect(() =>
      mapCheckRunConclusion(
        "skipped",
        () => {
          throw new RangeError("callback failed");
        },
        log,
      ),
    ).toThrow(RangeError);
    expect(log).toHaveBeenCalledOnce();
  });

  const KNOWN =
    "Known values: success, failure, timed_out, cancelled, action_required, neutral, skipped, stale";

  it.each<[unknown, string]>([
    ["SUCCESS", "'SUCCESS'"],
    ["", "''"],
    ["startup_failure", "'startup_failure'"],
    [null, "None"],
    [undefined, "None"],
    [5, "5"],
    [1.5, "1.5"],
    [true, "True"],
    ["it's", `"it's"`],
  ])("%j raises UnknownConclusionError with its Python repr", (conclusion, repr) => {
    let caught: unknown;
    try {
      mapCheckRunConclusion(conclusion);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownConclusionError);
    expect(caught).toBeInstanceOf(SpecKittyEventsError);
    expect((caught as Error).name).toBe("UnknownConclusionError");
    expect((caught as Error).message).toBe(`Unknown check_run conclusion: ${repr}. ${KNOWN}`);
    expect((caught as UnknownConclusionError).conclusion).toBe(conclusion);
  });

  it("quirk 33: a list or an object raises Python's TypeError (unhashable)", () => {
    expect(() => mapCheckRunConclusion(["success"])).toThrow(
      new TypeError("unhashable type: 'list'"),
    );
    expect(() => mapCheckRunConclusion({ success: 1 })).toThrow(
      new TypeError("unhashable type: 'dict'"),
    );
    expect(() => mapCheckRunConclusion(["success"])).not.toThrow(UnknownConclusionError);
  });

  it("quirk 20: gate conclusions spell cancelled with two Ls; canceled is unknown", () => {
    expect(mapCheckRunConclusion("cancelled")).toBe("GateFailed");
    expect(() => mapCheckRunConclusion("canceled")).toThrow(UnknownConclusionError);
  });
});
