import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { EventSchema } from "../src/envelope/event.js";
import { ConnectorStateSchema, HealthStatusSchema } from "../src/families/connector/enums.js";
import type { CompositeSchema } from "../src/model/composite.js";
import { type FieldSchema, field } from "../src/model/field.js";
import { model, safeParseModel } from "../src/model/model.js";
import { withModelRules } from "../src/model/model-rules.js";
import { accept, reject } from "../src/model/violation.js";
import { isPythonBlank } from "../src/python/python-text.js";
import { EVENT_TYPE_REGISTRY } from "../src/registry.js";
import { withBefore } from "../src/rules/before.js";
import { laxBoolField } from "../src/rules/bool.js";
import { datetimeField, makeDateTime } from "../src/rules/datetime.js";
import { nullableField, withDefault, withFactoryDefault } from "../src/rules/defaults.js";
import { dictField } from "../src/rules/dict.js";
import { eventIdField } from "../src/rules/event-id.js";
import { jsonObjectField } from "../src/rules/json-object.js";
import { listField, tupleField } from "../src/rules/list.js";
import { literalField } from "../src/rules/literal.js";
import { laxFloatField, laxIntField } from "../src/rules/number.js";
import { strictIntField } from "../src/rules/strict-int.js";
import { nonEmptyStringField, patternStringField, stringField } from "../src/rules/string.js";
import { httpUrlField } from "../src/rules/url.js";
import { uuidField } from "../src/rules/uuid.js";
import {
  envelopeInputArb,
  eventIdInputArb,
  timestampInputArb,
  uuidCaseArb,
} from "./support/arbitraries.js";
import { SYNC_EXAMPLES } from "./support/connector-sync.js";
import { PAYLOAD_EXAMPLES } from "./support/payload-examples.js";

/** Inputs near the edges of every rule: each is accepted by some field and refused by others. */
const EDGE_INPUTS: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  4,
  5,
  1e21,
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  "",
  " ",
  "a",
  "\u{1F600}",
  "\ud800",
  "0",
  " 3 ",
  "3.0",
  "1_000",
  "-1",
  "1e3",
  "inf",
  "nan",
  "\ufeff3",
  "1.2.3",
  "\u0661.2.3",
  "human",
  "robot",
  "healthy",
  "HEALTHY",
  "degraded",
  "2026-02-27T12:00:00Z",
  "2026-02-27T12:00:00.123456789+01:30",
  "2026-02-27 12:00",
  "2026-02-27",
  "2026-02-30T12:00:00Z",
  "2026-02-27T24:00:00Z",
  "2026-02-27T12:00:00+24:00",
  "0000-01-01T00:00:00Z",
  "1700000000",
  "-1700000000.5",
  "99999999999999999",
  "2026-02-27_12:00:00Z",
  "2026-02-27T12:00:00\u221205:00",
  "2026-02-27T12:00:00\u221224:00",
  "1.5e3",
  "1e9",
  "1700000000.99999949",
  "1.7e18",
  -1.25,
  20000000000.5,
  "yesterday",
  "yes",
  "OFF",
  "t",
  "ci",
  "info",
  "doing",
  "planned",
  new Date(0),
  new Date(Number.NaN),
  makeDateTime({
    year: 2026,
    month: 2,
    day: 27,
    hour: 12,
    minute: 0,
    second: 0,
    microsecond: 0,
    offsetMinutes: 0,
  }),
  "0f8fad5b-d9cb-469f-a165-70867728950e",
  "0F8FAD5BD9CB469FA16570867728950E",
  "{0f8fad5b-d9cb-469f-a165-70867728950e}",
  "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
  "{0f8fad5b-d9cb-469f-a165-70867728950e",
  "01HZ0000000000000000000001",
  "01hz0000000000000000000001",
  "01HZ000000000000000000000I",
  "https://api.github.com",
  "http://example.com:99999/",
  "ftp://example.com/",
  "https://",
  "not a url",
  [],
  ["a"],
  {},
  { a: 1 },
  { ok: false, violation: "enum", message: "a payload that looks like a failed result" },
];

/** Every kind of built-in field, with the bounds the contract uses. */
const FIELDS: Readonly<Record<string, FieldSchema<unknown>>> = {
  string: stringField(),
  "string 2..3": stringField({ minLength: 2, maxLength: 3 }),
  "string max 0": stringField({ maxLength: 0 }),
  "non-empty string": nonEmptyStringField(),
  "pattern string": patternStringField("^(human|service|system)$", /^(human|service|system)$/),
  "semver string": patternStringField("^\\d+\\.\\d+\\.\\d+$", /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u),
  "global pattern string": patternStringField("^a", /^a/g),
  "enum HealthStatus": HealthStatusSchema,
  "enum ConnectorState": ConnectorStateSchema,
  "int, no bounds": laxIntField(),
  "int ge 0": laxIntField({ ge: 0 }),
  "int gt 0": laxIntField({ gt: 0 }),
  "int ge 1": laxIntField({ ge: 1 }),
  "int 0..4": laxIntField({ ge: 0, le: 4 }),
  "float, no bounds": laxFloatField(),
  "float ge 0": laxFloatField({ ge: 0 }),
  "float gt 0 le 1": laxFloatField({ gt: 0, le: 1 }),
  datetime: datetimeField(),
  uuid: uuidField(),
  "http url": httpUrlField(),
  "event id": eventIdField(),
  "json object": jsonObjectField(),
  "lax bool": laxBoolField(),
  "strict int": strictIntField(),
  "strict int gt 0": strictIntField({ gt: 0 }),
  "float 0..1": laxFloatField({ ge: 0, le: 1 }),
  "literal one": literalField(["ci"]),
  "literal several": literalField(["info", "warning", "human"]),
  "literal true": literalField([true]),
  "literal false": literalField([false]),
};

/** Any input, weighted towards the shapes the rules read (ids, datetimes, numbers as text). */
const inputArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_INPUTS),
  fc.anything(),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: "binary" }),
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
  fc.integer({ min: -10, max: 10 }).map((n) => ` ${n}.0 `),
  timestampInputArb,
  timestampInputArb.map((t) => (typeof t === "string" ? t.replace(/\d$/, "9") : -t)),
  eventIdInputArb,
  eventIdInputArb.map((id) => id.slice(1)),
  uuidCaseArb.map((c) => c.input),
);

describe("field test: the rule's verdict without its value", () => {
  for (const [name, schema] of Object.entries(FIELDS)) {
    it(`${name}: test(input) is rule(input).ok for the edge inputs`, () => {
      for (const input of EDGE_INPUTS) {
        expect([input, schema.test(input)]).toEqual([input, schema.rule(input).ok]);
      }
    });

    it(`${name}: test(input) is rule(input).ok for any input`, () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          expect(schema.test(input)).toBe(schema.rule(input).ok);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("a field defined without a test gets rule(input).ok", () => {
    const even = field("even", "even number", { type: "integer" }, (input) =>
      typeof input === "number" && input % 2 === 0
        ? accept(input)
        : reject("int_type", "Input should be even"),
    );
    expect([even.test(2), even.test(3), even.test("2")]).toEqual([true, false, false]);
  });
});

/** A payload with one field removed, or set to another value (or to the same one). */
function mutatedArb(example: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  return fc.oneof(
    fc.constant(example),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _removed, ...rest } = example;
      return rest;
    }),
    fc
      .tuple(fc.constantFrom(...keys), inputArb)
      .map(([key, value]) => ({ ...example, [key]: value })),
    fc
      .tuple(fc.constantFrom(...keys), fc.constantFrom(...keys), inputArb)
      .map(([a, b, value]) => ({ ...example, [a]: value, [b]: value })),
  );
}

describe("model test: the model's verdict without its output", () => {
  it("covers an example payload of every registered payload type", () => {
    const payloadTypes = [...EVENT_TYPE_REGISTRY.keys()].filter((type) => type !== "Event");
    expect(Object.keys(PAYLOAD_EXAMPLES).sort()).toEqual(payloadTypes.sort());
  });

  for (const [type, example] of Object.entries(PAYLOAD_EXAMPLES)) {
    const payloadModel = EVENT_TYPE_REGISTRY.get(type)?.model;
    it(`${type}: test(payload) is safeParseModel(payload).success`, () => {
      if (payloadModel === undefined) throw new Error(`${type} is not registered`);
      expect(payloadModel.test(example)).toBe(true);
      fc.assert(
        fc.property(mutatedArb(example), (payload) => {
          expect(payloadModel.test(payload)).toBe(safeParseModel(payloadModel, payload).success);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("Event: test(envelope) is safeParseModel(envelope).success, defaults and nullables included", () => {
    fc.assert(
      fc.property(
        envelopeInputArb.chain((envelope) => mutatedArb(envelope)),
        (envelope) => {
          expect(EventSchema.test(envelope)).toBe(safeParseModel(EventSchema, envelope).success);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses what is not an object, and reads only own properties", () => {
    for (const input of [null, undefined, "x", 1, [], [SYNC_EXAMPLES.SyncIngestAccepted]]) {
      expect(EventSchema.test(input)).toBe(false);
    }
    const inherited = Object.create(SYNC_EXAMPLES.SyncIngestAccepted as object);
    const accepted = EVENT_TYPE_REGISTRY.get("SyncIngestAccepted")?.model;
    expect(accepted?.test(inherited)).toBe(false);
    expect(accepted && safeParseModel(accepted, inherited).success).toBe(false);
  });

  it("optional, nullable and nullish entries: defaults valid or not, constant or computed", () => {
    const wrapped = model("Wrapped", "Wrappers around fields.", {
      plain: v.optional(nonEmptyStringField()),
      withDefault: v.optional(laxIntField({ ge: 0 }), 0),
      badDefault: v.optional(nonEmptyStringField(), ""),
      computed: v.optional(nonEmptyStringField(), () => "x"),
      nullable: v.nullable(eventIdField()),
      nullableDefault: v.nullable(laxIntField({ ge: 1 }), 0),
      optionalNullable: v.optional(v.nullable(uuidField()), null),
      nullableNull: v.optional(v.nullable(uuidField(), null)),
      nullishNull: v.nullish(uuidField(), null),
      nullish: v.nullish(datetimeField(), "2026-02-30T00:00:00Z"),
      described: v.pipe(v.optional(jsonObjectField(), {}), v.description("any object")),
      checked: v.optional(v.pipe(nonEmptyStringField(), v.maxLength(2))),
    });
    const keys = Object.keys(wrapped.entries);
    const recordArb = fc.dictionary(fc.constantFrom(...keys), inputArb, { maxKeys: keys.length });
    fc.assert(
      fc.property(recordArb, (input) => {
        expect(wrapped.test(input)).toBe(safeParseModel(wrapped, input).success);
      }),
      { numRuns: 1000 },
    );
    const valid = {
      badDefault: "b",
      nullable: null,
      nullableDefault: 2,
      nullish: "2026-02-27T00:00:00Z",
    };
    expect(wrapped.test(valid)).toBe(true);
    expect(wrapped.test({ ...valid, badDefault: undefined })).toBe(false);
    expect(wrapped.test({ ...valid, nullableDefault: null })).toBe(false);
    expect(wrapped.test({ ...valid, nullish: null })).toBe(false);
    expect(wrapped.test({ ...valid, checked: "abc" })).toBe(false);
  });

  it("a nested model uses the nested model's test", () => {
    const inner = model("Inner", "Inner model.", { id: nonEmptyStringField() });
    const outer = model("Outer", "Outer model.", { inner, at: datetimeField() });
    const cases: unknown[] = [
      { inner: { id: "a" }, at: "2026-02-27T12:00:00Z" },
      { inner: { id: "" }, at: "2026-02-27T12:00:00Z" },
      { inner: "a", at: "2026-02-27T12:00:00Z" },
      { inner: { id: "a" }, at: "2026-02-30T12:00:00Z" },
      { inner: { id: "a" } },
    ];
    expect(cases.map((input) => outer.test(input))).toEqual([true, false, false, false, false]);
    expect(cases.map((input) => safeParseModel(outer, input).success)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("fields the reducers read from an accepted payload as is", () => {
  const READ_AS_IS: Readonly<Record<string, readonly string[]>> = {
    ConnectorProvisioned: ["connector_id", "provider"],
    ConnectorHealthChecked: ["connector_id", "provider"],
    ConnectorDegraded: ["connector_id", "provider"],
    ConnectorRevoked: ["connector_id", "provider"],
    ConnectorReconnected: ["connector_id", "provider"],
    SyncIngestAccepted: ["delivery_id", "source_event_fingerprint", "connector_id"],
    SyncIngestRejected: ["delivery_id", "source_event_fingerprint", "connector_id"],
    SyncRetryScheduled: ["delivery_id", "source_event_fingerprint", "connector_id"],
    SyncDeadLettered: ["delivery_id", "source_event_fingerprint", "connector_id"],
    SyncReplayCompleted: ["delivery_id", "source_event_fingerprint", "connector_id"],
  };

  for (const [type, keys] of Object.entries(READ_AS_IS)) {
    it(`${type}: the model outputs ${keys.join(", ")} exactly as given`, () => {
      const payloadModel = EVENT_TYPE_REGISTRY.get(type)?.model;
      const example = PAYLOAD_EXAMPLES[type];
      if (payloadModel === undefined || example === undefined) throw new Error(type);
      fc.assert(
        fc.property(
          fc.constantFrom(...keys),
          fc.string({ minLength: 1, maxLength: 8, unit: "binary" }),
          (key, text) => {
            const parsed = safeParseModel(payloadModel, { ...example, [key]: text });
            expect(parsed.success && (parsed.output as Record<string, unknown>)[key]).toBe(text);
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});

/** Lists, tuples and dicts of any input, with the edge inputs and valid values as members. */
const containerArb: fc.Arbitrary<unknown> = fc.oneof(
  inputArb,
  fc.array(inputArb, { maxLength: 4 }),
  fc.array(fc.constantFrom("a", "", "info", "yes", 1, null), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 3 }), inputArb, { maxKeys: 3 }),
  fc.dictionary(fc.constantFrom("a", "__proto__", "1"), fc.constantFrom("x", "", 1), {
    maxKeys: 3,
  }),
);

const Item = model("Item", "An item.", {
  id: nonEmptyStringField(),
  flag: withDefault(laxBoolField(), false),
  tags: nullableField(listField(stringField())),
});

const LaneLike = withBefore(HealthStatusSchema, (input) => (input === "ok" ? "healthy" : input));

/** Every composite kind, over fields, enums, literals and models. */
const COMPOSITES: Readonly<Record<string, CompositeSchema<unknown>>> = {
  "list of strings": listField(stringField()),
  "list of strings, min 2": listField(stringField(), { minItems: 2 }),
  "list of non-empty strings, min 1": listField(nonEmptyStringField(), { minItems: 1 }),
  "list of bools": listField(laxBoolField()),
  "list of an enum": listField(HealthStatusSchema),
  "list of a literal": listField(literalField(["info", "warning"])),
  "list of a model, min 1": listField(Item, { minItems: 1 }),
  "list of nullable ints": listField(v.nullable(laxIntField({ ge: 0 }))),
  "list of lists": listField(listField(strictIntField())),
  "tuple of strings, min 1": tupleField(stringField(), { minItems: 1 }),
  "tuple of a model": tupleField(Item),
  "dict of strings": dictField(stringField()),
  "dict of a model": dictField(Item),
  "dict of lists": dictField(listField(stringField(), { minItems: 1 })),
  "before step on an enum": LaneLike,
};

describe("composite kinds: test(input) is the parse's verdict", () => {
  for (const [name, schema] of Object.entries(COMPOSITES)) {
    it(`${name}: test(input) is running it without issues, for any input`, () => {
      fc.assert(
        fc.property(containerArb, (input) => {
          const parsed = schema["~run"]({ value: input }, {});
          expect(schema.test(input)).toBe(parsed.issues === undefined);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("a model of every kind: test(payload) is safeParseModel(payload).success", () => {
    const Everything = withModelRules(
      model("Everything", "A model of every kind.", {
        flag: withDefault(laxBoolField(), false),
        count: strictIntField({ gt: 0 }),
        pr: nullableField(strictIntField({ gt: 0 })),
        confidence: laxFloatField({ ge: 0, le: 1 }),
        severity: literalField(["info", "warning"]),
        state: LaneLike,
        previous: nullableField(LaneLike),
        ids: withFactoryDefault(listField(stringField()), () => []),
        participants: listField(stringField(), { minItems: 2 }),
        refs: tupleField(stringField(), { minItems: 1 }),
        options: withFactoryDefault(tupleField(stringField()), () => []),
        metadata: withFactoryDefault(dictField(stringField()), () => ({})),
        diagnostics: nullableField(dictField(stringField())),
        item: Item,
        items: listField(Item, { minItems: 1 }),
        maybe: nullableField(Item),
        display: withDefault(stringField(), ""),
        reason: nullableField(stringField()),
      }),
      (p) => (p.flag && isPythonBlank(p.reason) ? "flag needs a reason" : undefined),
      (p) => (p.severity === "warning" && p.maybe === null ? "a warning needs maybe" : undefined),
    );
    const example: Record<string, unknown> = {
      flag: "yes",
      reason: "r",
      count: 3,
      confidence: "0.5",
      severity: "info",
      state: "ok",
      participants: ["a", "a"],
      refs: ["x"],
      item: { id: "i" },
      items: [{ id: "j", tags: ["t"] }],
    };
    expect(Everything.test(example)).toBe(true);
    fc.assert(
      fc.property(
        mutatedArb(example),
        fc.constantFrom(...Object.keys(Everything.entries)),
        fc.option(containerArb, { nil: undefined }),
        (payload, key, value) => {
          const input =
            value !== undefined && typeof payload === "object" && payload !== null
              ? { ...payload, [key]: value }
              : payload;
          expect(Everything.test(input)).toBe(safeParseModel(Everything, input).success);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
