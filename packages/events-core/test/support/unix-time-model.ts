/**
 * An independent model of the contract's unix-time rule ("Unix time to a datetime,
 * exactly" in input-coercion.md), for tests only. It shares no code with the rule in
 * src/rules/datetime.ts: every value is an exact rational of BigInts, and each step the
 * reference performs in double arithmetic is one explicit rounding to the nearest double.
 *
 * The rule, as the reference (pydantic) applies it:
 * - integer text: an integer of seconds, or milliseconds when its absolute value is above
 *   2e10;
 * - decimal text: read as a double v; when |v| > 2e10, v becomes v / 1000 (a double); the
 *   whole part floor(v) is then an integer timestamp as above (so it can be read as
 *   milliseconds a second time), and the rest (v - floor(v)) * 1e6 is rounded half away
 *   from zero to microseconds and added;
 * - a JSON number v: the whole part floor(v) is an integer timestamp as above, and the
 *   absolute fraction |v - trunc(v)| times 1e6 (or times 1e3 when |v| > 2e10) is rounded
 *   half away from zero to microseconds and added;
 * - the result must lie in 0001-01-01T00:00:00 ... 9999-12-31T23:59:59.999999 UTC.
 */

/** An exact rational number `n / d`, with `d > 0`. */
interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const MILLISECONDS_THRESHOLD = 20_000_000_000n;
const MIN_MICROS = -62135596800n * 1_000_000n; // 0001-01-01T00:00:00Z
const MAX_MICROS = 253402300800n * 1_000_000n - 1n; // 9999-12-31T23:59:59.999999Z

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** floor(n / d) for d > 0. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** The exact value of a finite double, read from its IEEE 754 bits. */
function exactDouble(x: number): Rational {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  const n = high >>> 31 === 1 ? -mantissa : mantissa;
  return exponent >= 0 ? { n: n << BigInt(exponent), d: 1n } : { n, d: 1n << BigInt(-exponent) };
}

/**
 * The double nearest to an exact rational (ties to even), as a rational: one rounding
 * step of IEEE 754 arithmetic. Returns `undefined` past the largest double.
 */
function nearestDouble(q: Rational): Rational | undefined {
  if (q.n === 0n) return { n: 0n, d: 1n };
  const magnitude = abs(q.n);
  // pick e so that the scaled value magnitude / d / 2^e has 53 bits before the point
  let e = Math.max(bitLength(magnitude) - bitLength(q.d) - 53, -1074);
  const scaled = (exp: number): [bigint, bigint] => {
    const num = exp >= 0 ? magnitude : magnitude << BigInt(-exp);
    const den = exp >= 0 ? q.d << BigInt(exp) : q.d;
    return [num / den, num % den];
  };
  let [m, rest] = scaled(e);
  if (m >= 1n << 53n) {
    e += 1;
    [m, rest] = scaled(e);
  }
  const den = e >= 0 ? q.d << BigInt(e) : q.d;
  if (2n * rest > den || (2n * rest === den && (m & 1n) === 1n)) m += 1n;
  if (m === 1n << 53n) {
    m >>= 1n;
    e += 1;
  }
  if (e > 971) return undefined;
  const n = q.n < 0n ? -m : m;
  return e >= 0 ? { n: n << BigInt(e), d: 1n } : { n, d: 1n << BigInt(-e) };
}

/** The exact value of decimal text such as `-1.5e-3`, `.5` or `17.` (no rounding). */
function exactDecimal(text: string): Rational {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[Ee]([+-]?\d+))?$/.exec(text);
  if (match === null) throw new Error(`not decimal text: ${text}`);
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  let n = BigInt(`${whole}${fraction}` || "0") * (sign === "-" ? -1n : 1n);
  let d = 10n ** BigInt(fraction.length);
  const exponent = BigInt(exponentText);
  if (exponent >= 0n) n *= 10n ** exponent;
  else d *= 10n ** -exponent;
  return { n, d };
}

/** Microseconds since the epoch of an integer timestamp plus `micro` microseconds. */
function timestampMicros(timestamp: bigint, micro: bigint): bigint {
  if (abs(timestamp) <= MILLISECONDS_THRESHOLD) return timestamp * 1_000_000n + micro;
  return timestamp * 1000n + micro;
}

function inRange(micros: bigint): bigint | undefined {
  return micros >= MIN_MICROS && micros <= MAX_MICROS ? micros : undefined;
}

/** Rounds a non-negative rational half away from zero (here: half up). */
function roundHalfUp(q: Rational): bigint {
  return floorDiv(2n * q.n + q.d, 2n * q.d);
}

/**
 * Microseconds since the epoch that the contract gives for unix-time text (integer or
 * decimal text with a `.`), or `undefined` when the reference rejects it (out of range, or
 * not unix-time text, e.g. `1e9`).
 */
export function modelTextMicros(text: string): bigint | undefined {
  if (/^[+-]?\d+$/.test(text)) return inRange(timestampMicros(BigInt(text), 0n));
  // decimal text needs a `.` with a digit on either side; only then may an exponent follow
  if (!/^[+-]?(\d+\.\d*|\.\d+)([Ee][+-]?\d+)?$/.test(text)) return undefined;
  let v = nearestDouble(exactDecimal(text));
  if (v === undefined) return undefined;
  if (abs(v.n) > MILLISECONDS_THRESHOLD * v.d) {
    v = nearestDouble({ n: v.n, d: v.d * 1000n });
    if (v === undefined) return undefined;
  }
  const whole = floorDiv(v.n, v.d);
  const rest = nearestDouble({ n: v.n - whole * v.d, d: v.d });
  const scaled = rest && nearestDouble({ n: rest.n * 1_000_000n, d: rest.d });
  if (scaled === undefined) return undefined;
  return inRange(timestampMicros(whole, roundHalfUp(scaled)));
}

/**
 * Microseconds since the epoch that the contract gives for a unix-time JSON number, or
 * `undefined` when the reference rejects it.
 */
export function modelNumberMicros(value: number): bigint | undefined {
  if (!Number.isFinite(value)) return undefined;
  const v = exactDouble(value);
  const whole = floorDiv(v.n, v.d);
  const truncated = v.n < 0n ? -floorDiv(-v.n, v.d) : whole;
  const fraction = { n: abs(v.n - truncated * v.d), d: v.d };
  const scale = abs(v.n) > MILLISECONDS_THRESHOLD * v.d ? 1000n : 1_000_000n;
  const scaled = nearestDouble({ n: fraction.n * scale, d: fraction.d });
  if (scaled === undefined) return undefined;
  return inRange(timestampMicros(whole, roundHalfUp(scaled)));
}

/** The JSON form (`...Z`) and the isoformat (`...+00:00`) of a UTC instant in microseconds. */
export function utcFormsOfMicros(micros: bigint): { json: string; isoformat: string } {
  const milliseconds = floorDiv(micros, 1000n);
  const iso = new Date(Number(milliseconds)).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const micro = micros - floorDiv(micros, 1_000_000n) * 1_000_000n;
  const base = iso.slice(0, 19) + (micro === 0n ? "" : `.${String(micro).padStart(6, "0")}`);
  return { json: `${base}Z`, isoformat: `${base}+00:00` };
}
