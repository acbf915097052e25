/**
 * fast-check arbitraries for the envelope and its input forms (`input-coercion.md`,
 * `envelope-and-ordering.md`). Expected outputs are computed here from the generated parts
 * (or with `Date`, or for unix time with the independent model in `unix-time-model.ts`),
 * never by the code under test.
 */
import fc from "fast-check";
import { type Event, parseEvent } from "../../src/envelope/event.js";
import { modelNumberMicros, modelTextMicros, utcFormsOfMicros } from "./unix-time-model.js";

/** The 32 characters of Crockford base32, upper case. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const HEX_DIGITS = "0123456789abcdef";

/** Turns each character to upper or lower case at random. */
function mixedCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      Array.from(text, (ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(""),
    );
}

function charsOf(alphabet: string, length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length })
    .map((chars) => chars.join(""));
}

/** One event id input with the normalised form the contract requires. */
export interface EventIdCase {
  /** The input text (any case). */
  readonly input: string;
  /** Its normalised form: ULID upper case, UUID lower-case hyphenated. */
  readonly normalized: string;
}

/** 26-char ULID inputs (Crockford base32, mixed case); normalised to upper case. */
export const ulidCaseArb: fc.Arbitrary<EventIdCase> = charsOf(CROCKFORD_ALPHABET, 26).chain(
  (ulid) => mixedCase(ulid).map((input) => ({ input, normalized: ulid })),
);

/** 32 lower-case hex digits. */
const hex32Arb = charsOf(HEX_DIGITS, 32);

function hyphenate(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 36-char hyphenated UUID inputs (mixed case); normalised to lower case. */
export const hyphenatedUuidCaseArb: fc.Arbitrary<EventIdCase> = hex32Arb.chain((hex) =>
  mixedCase(hyphenate(hex)).map((input) => ({ input, normalized: hyphenate(hex) })),
);

/** 32-char hex UUID inputs (mixed case); normalised to lower-case hyphenated. */
export const simpleHexUuidCaseArb: fc.Arbitrary<EventIdCase> = hex32Arb.chain((hex) =>
  mixedCase(hex).map((input) => ({ input, normalized: hyphenate(hex) })),
);

/** Event id inputs in all three accepted shapes, with their normalised forms. */
export const eventIdCaseArb: fc.Arbitrary<EventIdCase> = fc.oneof(
  ulidCaseArb,
  hyphenatedUuidCaseArb,
  simpleHexUuidCaseArb,
);

/** Event id inputs in all three accepted shapes. */
export const eventIdInputArb: fc.Arbitrary<string> = eventIdCaseArb.map((c) => c.input);

/** One UUID input with its lower-case hyphenated form. */
export interface UuidCase {
  readonly input: string;
  readonly normalized: string;
}

/** UUID inputs in the four accepted forms (hyphenated, 32 hex, braced, `urn:uuid:`), mixed case. */
export const uuidCaseArb: fc.Arbitrary<UuidCase> = fc
  .tuple(hex32Arb, fc.constantFrom("hyphenated", "hex", "braced", "urn"))
  .chain(([hex, form]) => {
    const normalized = hyphenate(hex);
    const body = form === "hex" ? mixedCase(hex) : mixedCase(normalized);
    return body.map((text) => ({
      input: form === "braced" ? `{${text}}` : form === "urn" ? `urn:uuid:${text}` : text,
      normalized,
    }));
  });

/** One datetime input with the two output forms the contract gives for it. */
export interface DateTimeCase {
  /** The input: datetime text, unix-time text, or a unix-time JSON number. */
  readonly input: string | number;
  /** JSON form (`2026-02-27T12:00:00Z`). */
  readonly json: string;
  /** Python isoformat form (`2026-02-27T12:00:00+00:00`). */
  readonly isoformat: string;
}

const p2 = (n: number): string => String(n).padStart(2, "0");

/** Days in a month, asked of `Date` (day 0 of the next month). */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const offsetArb = fc.oneof(
  fc.constant({ text: "", minutes: null as number | null }),
  fc.constantFrom({ text: "Z", minutes: 0 }, { text: "z", minutes: 0 }),
  fc.constantFrom(
    { text: "-00:00", minutes: 0 },
    { text: "+0000", minutes: 0 },
    { text: "\u221200:00", minutes: 0 },
  ),
  fc
    .tuple(
      fc.constantFrom("+", "-", "\u2212"),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.boolean(),
    )
    .map(([sign, hh, mm, colon]) => ({
      text: `${sign}${p2(hh)}${colon ? ":" : ""}${p2(mm)}`,
      minutes: (sign === "+" ? 1 : -1) * (hh * 60 + mm),
    })),
);

function offsetForms(minutes: number | null): { json: string; iso: string } {
  if (minutes === null) return { json: "", iso: "" };
  if (minutes === 0) return { json: "Z", iso: "+00:00" };
  const abs = Math.abs(minutes);
  const text = `${minutes < 0 ? "-" : "+"}${p2(Math.trunc(abs / 60))}:${p2(abs % 60)}`;
  return { json: text, iso: text };
}

/** Calendar datetime text in the accepted forms: separators, offsets, fractions, short forms. */
export const calendarDateTimeCaseArb: fc.Arbitrary<DateTimeCase> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.nat(),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(
      fc.tuple(
        fc.constantFrom(".", ","),
        fc.stringMatching(/^\d{1,12}$/),
        // extra digits past microseconds: truncated, never rounded
      ),
      { nil: undefined },
    ),
    separator: fc.constantFrom("T", "t", " ", "_"),
    shape: fc.constantFrom("full", "full", "full", "no-seconds", "date-only"),
    offset: offsetArb,
  })
  .map((r) => {
    const day = (r.dayIndex % daysInMonth(r.year, r.month)) + 1;
    const date = `${String(r.year).padStart(4, "0")}-${p2(r.month)}-${p2(day)}`;
    if (r.shape === "date-only") {
      const json = `${date}T00:00:00`;
      return { input: date, json, isoformat: json };
    }
    const second = r.shape === "no-seconds" ? 0 : r.second;
    let input = `${date}${r.separator}${p2(r.hour)}:${p2(r.minute)}`;
    let micro = "";
    if (r.shape === "full") {
      input += `:${p2(second)}`;
      if (r.fraction) {
        input += r.fraction[0] + r.fraction[1];
        const six = `${r.fraction[1]}000000`.slice(0, 6);
        if (six !== "000000") micro = `.${six}`;
      }
    }
    input += r.offset.text;
    const base = `${date}T${p2(r.hour)}:${p2(r.minute)}:${p2(second)}${micro}`;
    const forms = offsetForms(r.offset.minutes);
    return { input, json: base + forms.json, isoformat: base + forms.iso };
  });

const MIN_SECONDS = -62135596800; // 0001-01-01T00:00:00Z
const MAX_SECONDS = 253402300799; // 9999-12-31T23:59:59Z
const MS_THRESHOLD = 2e10;

/** The case of an accepted unix-time input, its forms given by the independent model. */
function unixCase(input: string | number): DateTimeCase {
  const micros = typeof input === "number" ? modelNumberMicros(input) : modelTextMicros(input);
  if (micros === undefined) throw new Error(`generated unix time out of range: ${input}`);
  return { input, ...utcFormsOfMicros(micros) };
}

/**
 * Unix-time inputs read as seconds (absolute value at most 2e10): integer or decimal text
 * with up to 6 fraction digits, negative values, and JSON numbers with or without a fraction.
 */
export const unixSecondsCaseArb: fc.Arbitrary<DateTimeCase> = fc
  .record({
    seconds: fc.integer({ min: -MS_THRESHOLD, max: MS_THRESHOLD }),
    micro: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 })),
    digits: fc.integer({ min: 1, max: 6 }),
    asNumber: fc.boolean(),
  })
  .map((r) => {
    // sign + |seconds| + `digits` fraction digits of `micro`
    const kept = String(r.micro).padStart(6, "0").slice(0, r.digits);
    const fraction = /^0*$/.test(kept) ? "" : `.${kept}`;
    const text = `${r.seconds < 0 ? "-" : ""}${Math.abs(r.seconds)}${fraction}`;
    return { text, asNumber: r.asNumber };
  })
  .filter(({ text }) => Math.abs(Number(text)) <= MS_THRESHOLD)
  .map(({ text, asNumber }) => unixCase(asNumber ? Number(text) : text));

/**
 * Unix-time inputs read as milliseconds (absolute value above 2e10), up to year 9999 and
 * back to year 1, with up to 3 fraction digits, as text or as JSON numbers.
 */
export const unixMillisecondsCaseArb: fc.Arbitrary<DateTimeCase> = fc
  .record({
    milliseconds: fc.oneof(
      fc.integer({ min: MS_THRESHOLD + 1, max: MAX_SECONDS * 1000 + 998 }),
      fc.integer({ min: MIN_SECONDS * 1000 + 1, max: -MS_THRESHOLD - 1 }),
    ),
    fraction: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    asNumber: fc.boolean(),
  })
  .map(({ milliseconds, fraction, asNumber }) => {
    const text =
      fraction === undefined
        ? String(milliseconds)
        : `${milliseconds}.${String(fraction).padStart(3, "0")}`;
    return unixCase(asNumber ? Number(text) : text);
  });

/** Datetime inputs in many accepted forms, with their expected JSON and isoformat forms. */
export const dateTimeCaseArb: fc.Arbitrary<DateTimeCase> = fc.oneof(
  { weight: 4, arbitrary: calendarDateTimeCaseArb },
  { weight: 1, arbitrary: unixSecondsCaseArb },
  { weight: 1, arbitrary: unixMillisecondsCaseArb },
);

/** Datetime inputs in many accepted forms. */
export const timestampInputArb: fc.Arbitrary<string | number> = dateTimeCaseArb.map((c) => c.input);

/** Keys of the envelope, in the reference's JSON order. */
export const ENVELOPE_KEYS = [
  "event_id",
  "event_type",
  "aggregate_id",
  "payload",
  "timestamp",
  "node_id",
  "lamport_clock",
  "causation_id",
  "project_uuid",
  "project_slug",
  "correlation_id",
  "schema_version",
  "data_tier",
] as const;

/** Required keys of the envelope. */
export const REQUIRED_ENVELOPE_KEYS = [
  "event_id",
  "event_type",
  "aggregate_id",
  "timestamp",
  "node_id",
  "lamport_clock",
  "project_uuid",
  "correlation_id",
] as const;

const nonEmptyTextArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 6, unit: "binary" }),
);

/** A JSON object (string keys, any JSON values), as a payload holds. */
export const jsonObjectArb: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 5 },
);

/** Unknown extra keys (never an envelope key): accepted and dropped by the model. */
const extraKeysArb = fc.dictionary(
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((k) => !(ENVELOPE_KEYS as readonly string[]).includes(k)),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

/**
 * Valid envelope inputs: ids in all three shapes, timestamps in many accepted forms,
 * `project_uuid` in its four forms, optional fields present or absent, unknown extra keys.
 */
export const envelopeInputArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        event_id: eventIdInputArb,
        event_type: nonEmptyTextArb,
        aggregate_id: nonEmptyTextArb,
        payload: jsonObjectArb,
        timestamp: timestampInputArb,
        node_id: nonEmptyTextArb,
        lamport_clock: fc.oneof(
          fc.nat({ max: 1000 }),
          fc.nat({ max: Number.MAX_SAFE_INTEGER }),
          fc.nat({ max: 1000 }).map(String),
        ),
        causation_id: fc.option(eventIdInputArb, { nil: null }),
        project_uuid: uuidCaseArb.map((c) => c.input),
        project_slug: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
        correlation_id: eventIdInputArb,
        schema_version: fc
          .tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 }))
          .map((parts) => parts.join(".")),
        data_tier: fc.integer({ min: 0, max: 4 }),
      },
      { requiredKeys: [...REQUIRED_ENVELOPE_KEYS] },
    ),
    extraKeysArb,
  )
  .map(([envelope, extra]) => ({ ...extra, ...envelope }));

/** Parsed events built from {@link envelopeInputArb}. */
export const eventArb: fc.Arbitrary<Event> = envelopeInputArb.map((input) => parseEvent(input));

/**
 * Small pools of clocks, timestamps (mixed offsets, naive and aware) and ids, so that
 * generated event lists have many equal clocks, equal timestamp texts and shared ids.
 */
const ORDERING_TIMESTAMPS = [
  "2026-02-27T12:00:00Z",
  "2026-02-27T12:00:00+00:00",
  "2026-02-27T12:00:00",
  "2026-02-27T12:00:00.5+01:00",
  "2026-02-27T11:00:00-05:00",
  "2026-02-27T13:00:00+05:30",
  "2026-02-27T12:00:00.000001Z",
  "1700000000",
] as const;

/** Envelope inputs drawn from small pools (3 clocks, 8 timestamps, `idPool` ids). */
export function orderingEnvelopeArb(
  idPool: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    event_id: fc.constantFrom(...idPool),
    event_type: fc.constantFrom("A", "B"),
    aggregate_id: fc.constant("wp-1"),
    payload: fc.record({ n: fc.nat({ max: 1_000_000 }) }),
    timestamp: fc.constantFrom(...ORDERING_TIMESTAMPS),
    node_id: fc.constant("node"),
    lamport_clock: fc.integer({ min: 0, max: 2 }),
    project_uuid: fc.constant("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
    correlation_id: fc.constant("01ARZ3NDEKTSV4RRFFQ69G5FAV"),
  });
}

/** A fixed pool of ids in all three shapes (and cases) for ordering properties. */
export const ORDERING_ID_POOL: readonly string[] = [
  "01ARZ3NDEKTSV4RRFFQ69G5FAV",
  "01arz3ndektsv4rrffq69g5fb0",
  "0aaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  "AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE",
  "7ZZZZZZZZZZZZZZZZZZZZZZZZZ",
];

/** Lists of parsed events with colliding clocks, timestamp texts and ids. */
export const orderingEventsArb: fc.Arbitrary<Event[]> = fc.array(
  orderingEnvelopeArb(ORDERING_ID_POOL).map((input) => parseEvent(input)),
  { maxLength: 12 },
);
