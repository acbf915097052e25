import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { model, safeParseModel } from "../src/model/model.js";
import { withModelRules } from "../src/model/model-rules.js";
import {
  isPythonBlank,
  isPythonWhitespace,
  pythonEnumRepr,
  pythonStrip,
} from "../src/python/python-text.js";
import {
  formatPydanticValidationError,
  truncatePydanticRepr,
} from "../src/python/validation-error.js";
import { enumField } from "../src/rules/enum.js";
import { listField, tupleField } from "../src/rules/list.js";
import { nonEmptyStringField, stringField } from "../src/rules/string.js";

// Python's whitespace (status §6.4), enumerated over every code point on the reference.
const PYTHON_WHITESPACE = [
  ...[0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680],
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  ...[0x2028, 0x2029, 0x202f, 0x205f, 0x3000],
];

describe("Python whitespace, strip and blank checks (status §6.4)", () => {
  it("is exactly the reference's set over the Basic Multilingual Plane", () => {
    const found: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isPythonWhitespace(code)) found.push(code);
    expect(found).toEqual(PYTHON_WHITESPACE);
  });

  it.each<[string | null | undefined, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    [" ", true],
    ["\t\n\r\x0b\x0c", true],
    ["\x1c\x1d\x1e\x1f", true],
    ["\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000", true],
    ["\ufeff", false],
    ["\u200b", false],
    [" x ", false],
    ["x", false],
  ])("isPythonBlank(%j) is %s", (text, blank) => {
    expect(isPythonBlank(text)).toBe(blank);
  });

  it.each<[string, string]>([
    ["  a b  ", "a b"],
    ["\x1ca\x85", "a"],
    ["\ufeffa\ufeff", "\ufeffa\ufeff"],
    ["\u3000\u2028", ""],
    ["", ""],
  ])("pythonStrip(%j) is %j", (text, stripped) => {
    expect(pythonStrip(text)).toBe(stripped);
  });

  it("blank is the same as an empty strip, for any text", () => {
    const char = fc.constantFrom(
      ...PYTHON_WHITESPACE.map((code) => String.fromCharCode(code)),
      "a",
      "\ufeff",
      "\u200b",
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 5 }), (chars) => {
        const text = chars.join("");
        expect(isPythonBlank(text)).toBe(pythonStrip(text) === "");
      }),
    );
  });
});

describe("pythonEnumRepr (Python 3.11 f-string of a str enum member, status §6.1)", () => {
  it.each<[string, string | null | undefined, string]>([
    ["Lane", "planned", "Lane.PLANNED"],
    ["Lane", "in_progress", "Lane.IN_PROGRESS"],
    ["Lane", "for_review", "Lane.FOR_REVIEW"],
    ["MissionStatus", "completed", "MissionStatus.COMPLETED"],
    ["MissionRunStatus", "completed", "MissionRunStatus.COMPLETED"],
    ["Lane", null, "None"],
    ["Lane", undefined, "None"],
  ])("%s %j -> %s", (name, value, text) => {
    expect(pythonEnumRepr(name, value)).toBe(text);
  });
});

describe("truncatePydanticRepr (dossier §1.7 TRUNC)", () => {
  const quoted = (text: string) => `'${text}'`;

  it.each<[string, string, string]>([
    [
      "a 48-byte string (repr 50 bytes) stays whole",
      quoted("b".repeat(48)),
      quoted("b".repeat(48)),
    ],
    [
      "a 49-byte string is cut 25 + ... + 24",
      quoted("b".repeat(49)),
      "'bbbbbbbbbbbbbbbbbbbbbbbb...bbbbbbbbbbbbbbbbbbbbbbb'",
    ],
    ["25 × é (2 bytes each)", quoted("é".repeat(25)), `'${"é".repeat(12)}...${"é".repeat(11)}'`],
    [
      "13 × U+1F600 (4 bytes each)",
      quoted("\u{1F600}".repeat(13)),
      `'${"\u{1F600}".repeat(6)}...${"\u{1F600}".repeat(5)}'`,
    ],
  ])("%s", (_label, repr, text) => {
    expect(truncatePydanticRepr(repr)).toBe(text);
  });
});

describe("truncatePydanticRepr's shortcut for ASCII text", () => {
  // The implementation before the shortcut (UTF-8 bytes counted per code point), kept as the
  // oracle of the shortcut.
  function byCodePoints(repr: string): string {
    const points = [...repr].map((text) => {
      const code = text.codePointAt(0) ?? 0;
      return { text, bytes: code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4 };
    });
    if (points.reduce((sum, point) => sum + point.bytes, 0) <= 50) return repr;
    let head = "";
    for (let i = 0, bytes = 0; i < points.length; i++) {
      const point = points[i] as { text: string; bytes: number };
      if (bytes + point.bytes > 25) break;
      bytes += point.bytes;
      head += point.text;
    }
    let tail = "";
    for (let i = points.length - 1, bytes = 0; i >= 0; i--) {
      const point = points[i] as { text: string; bytes: number };
      if (bytes + point.bytes > 24) break;
      bytes += point.bytes;
      tail = point.text + tail;
    }
    return `${head}...${tail}`;
  }

  it("cuts any text as counting UTF-8 bytes per code point does", () => {
    const textArb = fc.oneof(
      fc.string({ unit: "grapheme-ascii", maxLength: 80 }),
      fc.string({ unit: "binary", maxLength: 80 }),
      fc
        .tuple(fc.nat({ max: 60 }), fc.constantFrom("\x7f", "\x80", "é", "\u{1F600}"))
        .map(([length, unit]) => `${"a".repeat(length)}${unit}${"b".repeat(60 - length)}`),
    );
    fc.assert(
      fc.property(textArb, (repr) => {
        expect(truncatePydanticRepr(repr)).toBe(byCodePoints(repr));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatPydanticValidationError (status §6.2, dossier §1.7)", () => {
  const Repo = model("RepoEvidence", "Repo.", { repo: nonEmptyStringField() });
  const Role = enumField("DecisionAuthorityRole", ["mission_owner", "advisory", "informed"]);
  const Payload = model("StatusTransitionPayload", "Payload.", {
    feature_slug: nonEmptyStringField(),
    wp_id: nonEmptyStringField(),
    execution_mode: nonEmptyStringField(),
    repos: listField(Repo),
    role: Role,
    refs: tupleField(stringField(), { minItems: 1 }),
  });
  const valid = {
    feature_slug: "f",
    wp_id: "WP01",
    execution_mode: "worktree",
    repos: [],
    role: "advisory",
    refs: ["x"],
  };

  function text(schema: typeof Payload, input: unknown): string {
    const result = safeParseModel(schema, input);
    if (result.success) throw new Error("expected issues");
    return formatPydanticValidationError(schema.name, result.issues, input);
  }

  it("writes the reference's example: a missing field shows the enclosing object, truncated", () => {
    // Key order as the producer wrote it; execution_mode is missing.
    const payload = {
      wp_id: "WP01",
      to_lane: "planned",
      feature_slug: "f",
      repos: [],
      role: "advisory",
      refs: ["x"],
    };
    const issues = safeParseModel(Payload, payload).issues ?? [];
    expect(formatPydanticValidationError(Payload.name, issues, payload)).toBe(
      [
        "1 validation error for StatusTransitionPayload",
        "execution_mode",
        "  Field required [type=missing, input_value={'wp_id': 'WP01', 'to_lan...dvisory', 'refs': ['x']}, input_type=dict]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/missing",
      ].join("\n"),
    );
  });

  it("lists several errors in field order with their paths, values and Python types", () => {
    expect(
      text(Payload, { ...valid, wp_id: 5, repos: [{}, { repo: "" }], role: "owner", refs: [null] }),
    ).toBe(
      [
        "6 validation errors for StatusTransitionPayload",
        "wp_id",
        "  Input should be a valid string [type=string_type, input_value=5, input_type=int]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/string_type",
        "repos.0.repo",
        "  Field required [type=missing, input_value={}, input_type=dict]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/missing",
        "repos.1.repo",
        "  String should have at least 1 character [type=string_too_short, input_value='', input_type=str]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/string_too_short",
        "role",
        "  Input should be 'mission_owner', 'advisory' or 'informed' [type=enum, input_value='owner', input_type=str]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/enum",
        "refs.0",
        "  Input should be a valid string [type=string_type, input_value=None, input_type=NoneType]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/string_type",
        "refs",
        "  Tuple should have at least 1 item after validation, not 0 [type=too_short, input_value=[None], input_type=list]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/too_short",
      ].join("\n"),
    );
  });

  it("writes a model-level rule without a location line", () => {
    const Forced = withModelRules(Payload, () => "force=True requires a non-empty reason");
    expect(text(Forced, valid)).toBe(
      [
        "1 validation error for StatusTransitionPayload",
        "  Value error, force=True requires a non-empty reason [type=value_error, input_value={'feature_slug': 'f', 'wp...dvisory', 'refs': ['x']}, input_type=dict]",
        "    For further information visit https://errors.pydantic.dev/2.13/v/value_error",
      ].join("\n"),
    );
  });

  it("writes a non-object payload with its type, and the docs version given", () => {
    const result = safeParseModel(Payload, [1.5, true]);
    expect(
      formatPydanticValidationError(
        "StatusTransitionPayload",
        result.issues ?? [],
        [1.5, true],
        "2.99",
      ),
    ).toBe(
      [
        "1 validation error for StatusTransitionPayload",
        "  Input should be a valid dictionary or instance of StatusTransitionPayload [type=model_type, input_value=[1.5, True], input_type=list]",
        "    For further information visit https://errors.pydantic.dev/2.99/v/model_type",
      ].join("\n"),
    );
  });
});
