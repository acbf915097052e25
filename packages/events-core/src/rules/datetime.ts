import { flatString } from "../internal/flat-string.js";
import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

/**
 * A parsed datetime of the contract. It gives what the contract needs: the calendar fields
 * at microsecond precision, the UTC offset (or `null` for a naive value), the JSON form
 * (used by envelope and reducer outputs) and the isoformat form (used by the sort key).
 * `JSON.stringify` writes the JSON form. A value is frozen and holds its isoformat text
 * alone: every other field is read from that text.
 */
export interface DateTimeValue {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  /** Offset from UTC in minutes; `null` for a naive datetime. */
  readonly offsetMinutes: number | null;
  /** JSON form: `2026-02-27T12:00:00Z`, `...T12:00:00.500000+01:00`, or no offset when naive. */
  readonly json: string;
  /** Python `datetime.isoformat()` form: like `json` but UTC is `+00:00`. */
  readonly isoformat: string;
  /** Returns the JSON form. */
  toJSON(): string;
}

const MILLISECONDS_THRESHOLD = 2e10;
const MAX_UNIX_SECONDS = 253402300799; // 9999-12-31T23:59:59Z
const MIN_UNIX_SECONDS = -62135596800; // 0001-01-01T00:00:00Z

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const pad2 = (n: number): string => TWO_DIGITS[n] ?? String(n).padStart(2, "0");
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.trunc(abs / 60))}:${pad2(abs % 60)}`;
}

/** Fields of a datetime before its output forms are computed. */
export interface DateTimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  offsetMinutes: number | null;
}

/** The whole number written in `text` from `start` to `end` (ASCII digits). */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Where the offset starts in an isoformat text (or in a text checked for being one): after
 * the seconds, and after their six-digit fraction when a `.` follows them.
 */
function offsetStart(isoformat: string): number {
  return isoformat.charCodeAt(19) === 46 ? 26 : 19;
}

/**
 * The shared prototype of every DateTimeValue. A value holds its isoformat text alone
 * (`YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM]`, fixed positions); the calendar fields, the offset
 * and the JSON form are read from that text. A long stream's events then each hold one
 * small object and one string for their timestamp.
 */
const DATETIME_PROTOTYPE: Omit<DateTimeValue, "isoformat"> = Object.freeze({
  get year(): number {
    return digitsAt((this as DateTimeValue).isoformat, 0, 4);
  },
  get month(): number {
    return digitsAt((this as DateTimeValue).isoformat, 5, 7);
  },
  get day(): number {
    return digitsAt((this as DateTimeValue).isoformat, 8, 10);
  },
  get hour(): number {
    return digitsAt((this as DateTimeValue).isoformat, 11, 13);
  },
  get minute(): number {
    return digitsAt((this as DateTimeValue).isoformat, 14, 16);
  },
  get second(): number {
    return digitsAt((this as DateTimeValue).isoformat, 17, 19);
  },
  get microsecond(): number {
    const text = (this as DateTimeValue).isoformat;
    return text.charCodeAt(19) === 46 ? digitsAt(text, 20, 26) : 0;
  },
  get offsetMinutes(): number | null {
    const text = (this as DateTimeValue).isoformat;
    const at = offsetStart(text);
    if (text.length === at) return null;
    const minutes = digitsAt(text, at + 1, at + 3) * 60 + digitsAt(text, at + 4, at + 6);
    return text.charCodeAt(at) === 45 ? -minutes : minutes;
  },
  get json(): string {
    const text = (this as DateTimeValue).isoformat;
    return text.endsWith("+00:00") ? `${text.slice(0, -6)}Z` : text;
  },
  toJSON(this: DateTimeValue): string {
    return this.json;
  },
});

/** Makes a DateTimeValue's one own field (with `new`: every value has the same shape). */
function DateTimeRecord(this: { isoformat: string }, isoformat: string): void {
  this.isoformat = isoformat;
}
DateTimeRecord.prototype = DATETIME_PROTOTYPE;

const newDateTimeRecord = DateTimeRecord as unknown as new (isoformat: string) => DateTimeValue;

/**
 * Builds an immutable {@link DateTimeValue} from already valid calendar fields.
 * The caller guarantees the fields form a real date and time.
 */
export function makeDateTime(fields: DateTimeFields): DateTimeValue {
  const base =
    `${fields.year >= 1000 ? fields.year : pad(fields.year, 4)}-${pad2(fields.month)}-${pad2(fields.day)}` +
    `T${pad2(fields.hour)}:${pad2(fields.minute)}:${pad2(fields.second)}` +
    (fields.microsecond !== 0 ? `.${pad(fields.microsecond, 6)}` : "");
  // An offset of -0 is written +00:00, as 0 is.
  const isoformat =
    fields.offsetMinutes === null ? base : base + formatOffset(fields.offsetMinutes + 0);
  return Object.freeze(new newDateTimeRecord(flatString(isoformat)));
}

/** True when `value` is a {@link DateTimeValue} made by this package. */
export function isDateTimeValue(value: unknown): value is DateTimeValue {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === DATETIME_PROTOTYPE
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Seconds since the Unix epoch of a datetime's instant (naive values are read as UTC). */
export function epochSeconds(value: DateTimeFields): number {
  const days = daysFromCivil(value.year, value.month, value.day);
  return (
    days * 86400 +
    value.hour * 3600 +
    value.minute * 60 +
    value.second -
    (value.offsetMinutes ?? 0) * 60
  );
}

function outOfRange(): RuleResult<never> {
  return reject(
    "datetime_from_date_parsing",
    "Input should be a valid datetime, value out of range",
  );
}

function fromUnix(seconds: number, microsecond: number): RuleResult<DateTimeValue> {
  if (seconds > MAX_UNIX_SECONDS || seconds < MIN_UNIX_SECONDS) return outOfRange();
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return accept(
    makeDateTime({
      year,
      month,
      day,
      hour: Math.trunc(rest / 3600),
      minute: Math.trunc((rest % 3600) / 60),
      second: rest % 60,
      microsecond,
      offsetMinutes: 0,
    }),
  );
}

// Past this, an integral timestamp is out of range even read as milliseconds (and it is
// still an exact integer in a double).
const MAX_TIMESTAMP = 1e15;

/**
 * Unix time from an integral `timestamp` plus `micro` microseconds (0 to 1e6), as the
 * reference does it: a timestamp whose absolute value is above 2e10 is milliseconds, whole
 * milliseconds become whole seconds (floored) and microseconds, and `micro` is added to the
 * microseconds unchanged, whichever unit the timestamp had.
 */
function fromTimestamp(timestamp: number, micro: number): RuleResult<DateTimeValue> {
  if (!(Math.abs(timestamp) <= MAX_TIMESTAMP)) return outOfRange();
  let seconds = timestamp + 0; // -0 becomes 0
  let total = micro;
  if (Math.abs(timestamp) > MILLISECONDS_THRESHOLD) {
    const rest = timestamp % 1000; // exact; has the sign of the timestamp
    seconds = (timestamp - rest) / 1000;
    total += rest * 1000;
    if (rest < 0) {
      seconds -= 1;
      total += 1_000_000;
    }
  }
  if (total >= 1_000_000) {
    seconds += Math.floor(total / 1_000_000);
    total %= 1_000_000;
  }
  return fromUnix(seconds, total);
}

/**
 * Unix time from a JSON number, as the reference does it: the whole part is `floor(v)`
 * (seconds, or milliseconds above 2e10), and the absolute fraction `|v - trunc(v)|`, in
 * seconds or (when `|v|` is above 2e10) milliseconds, is rounded half away from zero to
 * microseconds and added. A negative non-integral value therefore comes out mirrored
 * (`-1.25` gives 1969-12-31T23:59:58.250000Z), and a value strictly between 2e10 and
 * 2e10 + 1 has a whole part in seconds and a fraction in milliseconds.
 */
function fromUnixNumber(input: number): RuleResult<DateTimeValue> {
  if (!Number.isFinite(input)) {
    return reject("datetime_from_date_parsing", "Input should be a finite number");
  }
  const scale = Math.abs(input) > MILLISECONDS_THRESHOLD ? 1000 : 1_000_000;
  // Double arithmetic, like the reference's; Math.round halves up, and its input is >= 0.
  const micro = Math.round(Math.abs(input - Math.trunc(input)) * scale);
  return fromTimestamp(Math.floor(input), micro);
}

/**
 * Unix time from decimal text (with a `.`, maybe an exponent), as the reference does it:
 * the text is read as a double `v`; above 2e10 in absolute value it is milliseconds and
 * becomes `v / 1000` seconds; then `floor` gives whole seconds and the rest, times 1e6, is
 * rounded half away from zero to microseconds (all in double arithmetic). The whole
 * seconds then go through {@link fromTimestamp}, so a value that is still above 2e10 is
 * read as milliseconds once more.
 */
function fromUnixDecimalText(text: string): RuleResult<DateTimeValue> {
  let value = Number(text);
  if (!Number.isFinite(value)) return outOfRange();
  if (Math.abs(value) > MILLISECONDS_THRESHOLD) value /= 1000;
  const whole = Math.floor(value);
  return fromTimestamp(whole, Math.round((value - whole) * 1_000_000));
}

// YYYY-MM-DD, then optionally [Tt _]HH:MM[:SS[(.|,)f+]] and an offset Z|z|±HH:MM|±HHMM,
// where the minus sign may also be U+2212
const DATETIME_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt _](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+\-\u2212])(\d{2}):?(\d{2}))?)?$/;
// unix time as text: an integer, or decimal text with a `.` (then an exponent may follow)
const UNIX_INTEGER_TEXT = /^[+-]?\d+$/;
const UNIX_DECIMAL_TEXT = /^[+-]?(?:\d+\.\d*|\.\d+)(?:[Ee][+-]?\d+)?$/;

const BAD_DATETIME = "Input should be a valid datetime or date, invalid character";

/** Raw fields read from datetime text, before range checks. */
interface ScannedDateTime extends DateTimeFields {
  hasTime: boolean;
  offsetHour: number;
  offsetMinute: number;
}

const ZERO = 48;
const MINUS_SIGN = 0x2212; // U+2212, accepted like `-` in an offset

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

function digits2(text: string, i: number): number {
  return digit(text, i) * 10 + digit(text, i + 1);
}

/**
 * Fast scanner for the common shape `YYYY-MM-DD[Tt _]HH:MM:SS[(.|,)f+][Z|z|±HH:MM|±HHMM]`
 * (the minus may be U+2212); returns `null` for any other shape (the regular expression
 * then decides).
 */
function scanCommon(text: string): ScannedDateTime | null {
  const n = text.length;
  if (n < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32 && sep !== 95) return null;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  const year = digits2(text, 0) * 100 + digits2(text, 2);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  const hour = digits2(text, 11);
  const minute = digits2(text, 14);
  const second = digits2(text, 17);
  if (Number.isNaN(year + month + day + hour + minute + second)) return null;
  let i = 19;
  let microsecond = 0;
  const mark = text.charCodeAt(i);
  if (mark === 46 || mark === 44) {
    i++;
    let scale = 100000;
    const start = i;
    while (i < n) {
      const d = digit(text, i);
      if (Number.isNaN(d)) break;
      if (scale >= 1) {
        microsecond += d * scale;
        scale /= 10;
      }
      i++;
    }
    if (i === start) return null;
  }
  let offsetMinutes: number | null = null;
  let offsetHour = 0;
  let offsetMinute = 0;
  if (i < n) {
    const c = text.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n) {
      offsetMinutes = 0;
    } else if (c === 43 || c === 45 || c === MINUS_SIGN) {
      offsetHour = digits2(text, i + 1);
      const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
      offsetMinute = digits2(text, i + 3 + colon);
      if (Number.isNaN(offsetHour + offsetMinute) || i + 5 + colon !== n) return null;
      offsetMinutes = (c === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
    } else return null;
  }
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    microsecond,
    offsetMinutes,
    hasTime: true,
    offsetHour,
    offsetMinute,
  };
}

function scanWithPattern(text: string): ScannedDateTime | null {
  const m = DATETIME_TEXT.exec(text);
  if (m === null) return null;
  const hasTime = m[4] !== undefined;
  const offsetHour = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinute = m[11] === undefined ? 0 : Number(m[11]);
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: hasTime ? Number(m[4]) : 0,
    minute: hasTime ? Number(m[5]) : 0,
    second: m[6] === undefined ? 0 : Number(m[6]),
    microsecond: m[7] === undefined ? 0 : Number(`${m[7]}000000`.slice(0, 6)),
    offsetMinutes:
      m[8] !== undefined
        ? 0
        : m[9] !== undefined
          ? (m[9] === "+" ? 1 : -1) * (offsetHour * 60 + offsetMinute)
          : null,
    hasTime,
    offsetHour,
    offsetMinute,
  };
}

function invalid(reason: string): RuleResult<never> {
  return reject("datetime_from_date_parsing", `Input should be a valid datetime, ${reason}`);
}

/** Why scanned datetime fields are out of range, or `undefined` when they form a real datetime. */
function rangeError(f: ScannedDateTime): string | undefined {
  if (f.year === 0) return "year 0 is out of range";
  if (f.month < 1 || f.month > 12) return "month value is outside expected range of 1-12";
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month))
    return "day value is outside expected range";
  if (f.hour > 23) return "hour value is outside expected range of 0-23";
  if (f.minute > 59) return "minute value is outside expected range of 0-59";
  if (f.second > 59) return "second value is outside expected range of 0-59";
  if (f.offsetHour > 23 || f.offsetMinute > 59) return "timezone offset must be less than 24 hours";
  return undefined;
}

/**
 * True when `text`, scanned into the valid fields `f`, is already the isoformat text of its
 * value: `T` between date and time, a fraction of six digits only when the microseconds are
 * not zero, and no offset (naive) or `±HH:MM` (`+00:00` for UTC).
 */
function isIsoformatText(text: string, f: ScannedDateTime): boolean {
  if (text.charCodeAt(10) !== 84) return false;
  const at = offsetStart(text);
  if (at !== 19 && f.microsecond === 0) return false;
  if (text.length === at) return f.offsetMinutes === null;
  const sign = text.charCodeAt(at);
  return (
    text.length === at + 6 &&
    (sign === 43 || (sign === 45 && f.offsetMinutes !== 0)) &&
    text.charCodeAt(at + 3) === 58
  );
}

/**
 * Parses datetime text by the reference's rules (see `input-coercion.md`). Text that is
 * already in isoformat form (as the reference's producer writes timestamps) is kept as the
 * value's text, not written again.
 */
export function parseDateTimeText(text: string): RuleResult<DateTimeValue> {
  const f = scanCommon(text) ?? scanWithPattern(text);
  if (f === null) {
    if (UNIX_INTEGER_TEXT.test(text)) return fromTimestamp(Number(text), 0);
    if (UNIX_DECIMAL_TEXT.test(text)) return fromUnixDecimalText(text);
    return reject("datetime_from_date_parsing", BAD_DATETIME);
  }
  const error = rangeError(f);
  if (error !== undefined) return invalid(error);
  return accept(
    isIsoformatText(text, f)
      ? Object.freeze(new newDateTimeRecord(flatString(text)))
      : makeDateTime(f),
  );
}

/** True when {@link parseDateTime} accepts `input`; datetime text is checked without building a value. */
function isDateTime(input: unknown): boolean {
  if (typeof input !== "string") return parseDateTime(input).ok;
  const f = scanCommon(input) ?? scanWithPattern(input);
  return f === null ? parseDateTimeText(input).ok : rangeError(f) === undefined;
}

/**
 * Parses a datetime input by the reference's lax rules: datetime text, unix time as text or
 * number, a `Date`, or an already parsed {@link DateTimeValue}.
 */
export function parseDateTime(input: unknown): RuleResult<DateTimeValue> {
  if (typeof input === "string") return parseDateTimeText(input);
  if (typeof input === "number") return fromUnixNumber(input);
  if (isDateTimeValue(input)) return accept(input);
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    const ms = input.getTime();
    const seconds = Math.floor(ms / 1000);
    return fromUnix(seconds, (ms - seconds * 1000) * 1000);
  }
  return reject("datetime_type", "Input should be a valid datetime");
}

/**
 * Datetime field: lax model layer per `input-coercion.md`; wire form
 * `{ type: "string", format: "date-time" }`.
 */
export function datetimeField(): FieldSchema<DateTimeValue> {
  return field(
    "datetime",
    "datetime",
    { type: "string", format: "date-time" },
    parseDateTime,
    isDateTime,
  );
}
