/**
 * Test-only models built with every family field kind (nested models in lists and nullable
 * fields, a before step, defaults, literals, a model-level rule), with a valid example: shared
 * by the schema generator's tests.
 */
import {
  describe as describeField,
  dictField,
  enumField,
  laxBoolField,
  laxFloatField,
  listField,
  literalField,
  model,
  nonEmptyStringField,
  nullableField,
  strictIntField,
  stringField,
  tupleField,
  withBefore,
  withDefault,
  withFactoryDefault,
  withModelRules,
} from "@spec-kitty/events-core";

export const Mode = enumField("Mode", ["fast", "slow"], "How it runs.");
export const Leaf = model("Leaf", "A leaf.", {
  id: describeField(nonEmptyStringField(), "Leaf id"),
  note: nullableField(stringField()),
});
export const Branch = model("Branch", "A branch.", {
  leaves: describeField(listField(Leaf, { minItems: 1 }), "At least one leaf"),
  extra: withFactoryDefault(listField(Leaf), () => []),
  mode: Mode,
});
export const Optionals = model("Optionals", "", { hint: nullableField(stringField()) });
export const Root = withModelRules(
  model("RootPayload", "A root.", {
    branch: describeField(Branch, "The branch"),
    maybe: nullableField(Branch),
    mode: describeField(
      nullableField(withBefore(Mode, (input) => (input === "quick" ? "fast" : input))),
      "Mode, if any",
    ),
    flag: withDefault(laxBoolField(), false),
    label: withDefault(stringField(), ""),
    kind: literalField(["x"]),
    kinds: nullableField(literalField(["x", "y"])),
    count: strictIntField({ gt: 0 }),
    score: laxFloatField({ ge: 0, le: 1 }),
    meta: withFactoryDefault(dictField(stringField()), () => ({})),
    diag: nullableField(dictField(stringField())),
    refs: tupleField(stringField(), { minItems: 1 }),
    changed: nullableField(tupleField(Leaf)),
    optionals: Optionals,
  }),
  (root) => (root.flag && root.label === "" ? "flag needs a label" : undefined),
);

/** A valid example of {@link Root}. */
export const valid = {
  branch: { leaves: [{ id: "l" }], mode: "fast" },
  kind: "x",
  count: 1,
  score: 0.5,
  refs: ["r"],
  optionals: {},
};
