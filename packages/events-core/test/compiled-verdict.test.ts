import fc from "fast-check";
import type * as v from "valibot";
import { describe, expect, it } from "vitest";
import { EventSchema } from "../src/envelope/event.js";
import { compiledFieldsTest } from "../src/internal/index.js";
import { schemaTest } from "../src/model/field.js";
import type { ModelSchema } from "../src/model/model.js";
import { EVENT_TYPE_REGISTRY } from "../src/registry.js";
import { PAYLOAD_EXAMPLES } from "./support/payload-examples.js";

type Test = (input: unknown) => boolean;

/** The model's fields as `model()` reads them: keys, whether each may be missing, tests. */
function fieldsOf(schema: ModelSchema<never>) {
  const keys = Object.keys(schema.entries);
  const entries = schema.entries as Record<string, v.GenericSchema>;
  const schemas = keys.map((key) => entries[key] as v.GenericSchema);
  const optional = schemas.map((s) => ["optional", "exact_optional", "nullish"].includes(s.type));
  return { keys, optional, tests: schemas.map(schemaTest) };
}

/** The plain loop over the fields (the oracle of the compiled verdict). */
function loopTest(keys: readonly string[], optional: readonly boolean[], tests: readonly Test[]) {
  return (input: unknown): boolean => {
    try {
      if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
      const record = input as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const value = Object.hasOwn(record, key) ? record[key] : undefined;
        if (value === undefined && !optional[i]) return false;
        if (!(tests[i] as Test)(value)) return false;
      }
      return true;
    } catch {
      return false;
    }
  };
}

const EXAMPLES = PAYLOAD_EXAMPLES;

const VALUES: readonly unknown[] = [undefined, null, "", "x", 0, 1, true, [], ["a"], {}];

/** An example changed: fields removed, set to other values, inherited only, or throwing. */
function variantArb(example: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  return fc.oneof(
    fc
      .record({
        changes: fc.array(
          fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...VALUES), fc.anything())),
          { maxLength: 3 },
        ),
        removed: fc.subarray(keys, { maxLength: 2 }),
        how: fc.constantFrom("own", "inherited", "throwing"),
      })
      .map(({ changes, removed, how }) => {
        const payload: Record<string, unknown> = { ...example };
        for (const [key, value] of changes) payload[key] = value;
        for (const key of removed) delete payload[key];
        if (how === "inherited") return Object.assign(Object.create({ ...example }), payload);
        if (how === "throwing" && removed[0] !== undefined) {
          Object.defineProperty(payload, removed[0], {
            enumerable: true,
            get() {
              throw new Error("unreadable");
            },
          });
        }
        return payload;
      }),
    fc.anything(),
  );
}

describe("compiledFieldsTest: a model's loop over its fields, unrolled", () => {
  const models: [string, ModelSchema<never>, Readonly<Record<string, unknown>>][] = [];
  for (const [type, example] of Object.entries(EXAMPLES)) {
    const model = EVENT_TYPE_REGISTRY.get(type)?.model;
    if (model) models.push([type, model as unknown as ModelSchema<never>, example]);
  }

  it("is what every model's test is (functions can be made here)", () => {
    expect(models.length).toBeGreaterThan(40);
    for (const [type, model] of models) {
      const { keys, optional, tests } = fieldsOf(model);
      expect(compiledFieldsTest(keys, optional, tests), type).toBeTypeOf("function");
      // A model with model-level rules tests its fields' model (compiled) first.
      const source = model.test.toString();
      expect(source.includes("hasOwn(p,") || source.includes("base.test(input)"), type).toBe(true);
    }
  });

  for (const [type, model, example] of models) {
    it(`${type}: the same verdict as the loop, on changed examples and any value`, () => {
      const { keys, optional, tests } = fieldsOf(model);
      const compiled = compiledFieldsTest(keys, optional, tests) as Test;
      const loop = loopTest(keys, optional, tests);
      expect(compiled(example)).toBe(true);
      fc.assert(
        fc.property(variantArb(example), (input) => {
          expect(compiled(input)).toBe(loop(input));
        }),
        { numRuns: 200 },
      );
    });
  }

  it("Event: optional fields, defaults and a revoked proxy", () => {
    const { keys, optional, tests } = fieldsOf(EventSchema as unknown as ModelSchema<never>);
    const compiled = compiledFieldsTest(keys, optional, tests) as Test;
    const loop = loopTest(keys, optional, tests);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [proxy, null, [], {}, { event_id: 1 }]) {
      expect(compiled(input)).toBe(loop(input));
    }
  });

  it("keys that are not identifiers are read as given", () => {
    const keys = ['a"b', "__proto__", "\u2028", "x y", "0"];
    const tests: Test[] = keys.map(() => (value) => value === 1);
    const optional = keys.map((_, i) => i % 2 === 0);
    const compiled = compiledFieldsTest(keys, optional, tests) as Test;
    const loop = loopTest(keys, optional, tests);
    const full = Object.fromEntries(keys.map((key) => [key, 1]));
    Object.defineProperty(full, "__proto__", { value: 1, enumerable: true });
    for (const input of [full, { 'a"b': 1 }, { "x y": 1, "0": 1 }, {}]) {
      expect(compiled(input)).toBe(loop(input));
    }
    expect(compiled(full)).toBe(true);
  });

  it("gives undefined where functions cannot be made from text (the model keeps its loop)", () => {
    const original = globalThis.Function;
    globalThis.Function = function refused() {
      throw new EvalError("Code generation from strings disallowed");
    } as unknown as FunctionConstructor;
    try {
      expect(compiledFieldsTest(["a"], [false], [() => true])).toBeUndefined();
    } finally {
      globalThis.Function = original;
    }
  });
});
