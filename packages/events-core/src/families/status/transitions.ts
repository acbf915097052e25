import { SpecKittyEventsError } from "../../errors.js";
import { isPythonBlank, pythonEnumRepr } from "../../python/python-text.js";
import { frozenSet } from "../../support/frozen.js";
import { Lane } from "./enums.js";
import { TERMINAL_LANES } from "./lanes.js";
import type { StatusTransitionPayload } from "./payloads.js";

/** The outcome of {@link validateTransition}: `valid` when `violations` is empty. */
export interface TransitionValidationResult {
  /** True when no rule is violated. */
  readonly valid: boolean;
  /** The violated rules' messages, in the order they were checked. */
  readonly violations: readonly string[];
}

/**
 * An invalid transition, for callers that want to raise one (the reference exports it and
 * never raises it). Message: `Invalid transition: ` + the violations joined by `; `.
 */
export class TransitionError extends SpecKittyEventsError {
  /** The violations, as given. */
  readonly violations: readonly string[];

  constructor(violations: readonly string[]) {
    super(`Invalid transition: ${violations.join("; ")}`);
    this.name = "TransitionError";
    this.violations = Object.freeze([...violations]);
  }
}

const { PLANNED, CLAIMED, IN_PROGRESS, FOR_REVIEW, DONE, BLOCKED, CANCELED } = Lane;

/**
 * The allowed unforced transitions, from a lane (`none`: no lane yet) to the lanes it may
 * move to: the happy path, the review rollback (`for_review -> in_progress`), abandon
 * (`in_progress -> planned`) and unblock (`blocked -> in_progress`). Besides these, any
 * non-terminal lane may move to `blocked` or `canceled`.
 */
const ALLOWED_TRANSITIONS: Readonly<Record<Lane | "none", ReadonlySet<Lane>>> = Object.freeze({
  none: frozenSet([PLANNED]),
  [PLANNED]: frozenSet([CLAIMED]),
  [CLAIMED]: frozenSet([IN_PROGRESS]),
  [IN_PROGRESS]: frozenSet([FOR_REVIEW, PLANNED]),
  [FOR_REVIEW]: frozenSet([DONE, IN_PROGRESS]),
  [DONE]: frozenSet<Lane>([]),
  [BLOCKED]: frozenSet([IN_PROGRESS]),
  [CANCELED]: frozenSet<Lane>([]),
});

/** Targets any non-terminal lane may move to. */
const ALWAYS_REACHABLE: ReadonlySet<Lane> = frozenSet<Lane>([BLOCKED, CANCELED]);

/** A guard: a transition pair, the field that must not be blank, and the message. */
interface TransitionGuard {
  readonly from: Lane;
  readonly to: Lane;
  readonly field: "review_ref" | "reason";
  readonly message: string;
}

/** Guards checked even when forced: a rollback needs a review_ref, an abandon a reason. */
const GUARDS: readonly TransitionGuard[] = Object.freeze([
  {
    from: FOR_REVIEW,
    to: IN_PROGRESS,
    field: "review_ref",
    message: "for_review -> in_progress requires review_ref",
  },
  {
    from: IN_PROGRESS,
    to: PLANNED,
    field: "reason",
    message: "in_progress -> planned requires reason",
  },
]);

/** True when the unforced matrix allows `from -> to`. */
function matrixAllows(from: Lane | null, to: Lane): boolean {
  if (ALLOWED_TRANSITIONS[from ?? "none"].has(to)) return true;
  return from !== null && !TERMINAL_LANES.has(from) && ALWAYS_REACHABLE.has(to);
}

/** The fields of a payload that {@link validateTransition} reads. */
export type TransitionFields = Pick<
  StatusTransitionPayload,
  "from_lane" | "to_lane" | "force" | "reason" | "review_ref"
>;

const VALID: TransitionValidationResult = Object.freeze({
  valid: true,
  violations: Object.freeze([]),
});

/**
 * Checks a parsed transition against the lane rules; never throws. In order: leaving a
 * terminal lane unforced (`done is terminal; requires force=True to exit`); the unforced
 * matrix (`Transition Lane.DONE -> Lane.PLANNED is not allowed`, skipped when forced); the
 * guards, even when forced (`for_review -> in_progress requires review_ref`,
 * `in_progress -> planned requires reason`, blank by Python's `str.strip()`).
 */
export function validateTransition(payload: TransitionFields): TransitionValidationResult {
  const { from_lane: from, to_lane: to, force } = payload;
  const terminal = !force && from !== null && TERMINAL_LANES.has(from);
  const matrix = !force && !matrixAllows(from, to);
  let guard: TransitionGuard | undefined;
  for (let i = 0; i < GUARDS.length; i++) {
    const candidate = GUARDS[i] as TransitionGuard;
    if (from === candidate.from && to === candidate.to && isPythonBlank(payload[candidate.field])) {
      guard = candidate;
    }
  }
  if (!terminal && !matrix && guard === undefined) return VALID;
  const violations: string[] = [];
  if (terminal) violations.push(`${from} is terminal; requires force=True to exit`);
  if (matrix) {
    violations.push(
      `Transition ${pythonEnumRepr("Lane", from)} -> ${pythonEnumRepr("Lane", to)} is not allowed`,
    );
  }
  if (guard !== undefined) violations.push(guard.message);
  return Object.freeze({ valid: false, violations: Object.freeze(violations) });
}
