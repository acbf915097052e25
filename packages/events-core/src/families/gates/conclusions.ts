import { SpecKittyEventsError } from "../../errors.js";
import { assertPythonHashable } from "../../python/python-errors.js";
import { pythonValueRepr } from "../../python/python-value.js";
import { frozenSet } from "../../support/frozen.js";
import { GATE_FAILED, GATE_PASSED, type GateEventType } from "./constants.js";

/** The check_run conclusions that map to an event type (exact, case-sensitive). */
const CONCLUSION_EVENT_TYPES: ReadonlyMap<string, GateEventType> = new Map([
  ["success", GATE_PASSED],
  ["failure", GATE_FAILED],
  ["timed_out", GATE_FAILED],
  ["cancelled", GATE_FAILED],
  ["action_required", GATE_FAILED],
]);

/** The non-blocking check_run conclusions: they map to no event. */
const IGNORED_CONCLUSIONS: ReadonlySet<string> = frozenSet(["neutral", "skipped", "stale"]);

const KNOWN_CONCLUSIONS = [...CONCLUSION_EVENT_TYPES.keys(), ...IGNORED_CONCLUSIONS].join(", ");

/**
 * A check_run conclusion that {@link mapCheckRunConclusion} does not know. Message:
 * `Unknown check_run conclusion: 'SUCCESS'. Known values: success, failure, timed_out,
 * cancelled, action_required, neutral, skipped, stale` (the value in Python repr).
 */
export class UnknownConclusionError extends SpecKittyEventsError {
  /** The offending input, as given. */
  readonly conclusion: unknown;

  constructor(conclusion: unknown) {
    super(
      `Unknown check_run conclusion: ${pythonValueRepr(conclusion)}. Known values: ${KNOWN_CONCLUSIONS}`,
    );
    this.name = "UnknownConclusionError";
    this.conclusion = conclusion;
  }
}

/** Called for an ignored (non-blocking) conclusion with the conclusion and `non_blocking`. */
export type OnIgnoredConclusion = (conclusion: string, reason: "non_blocking") => unknown;

/**
 * Where {@link mapCheckRunConclusion} writes the reference's INFO log line
 * (`Ignored non-blocking check_run conclusion: neutral`, logger `spec_kitty_events.gates`).
 */
export type ConclusionLogger = (line: string) => void;

/**
 * Maps a GitHub check_run conclusion to the event type to emit: `success` -> `GatePassed`;
 * `failure`, `timed_out`, `cancelled`, `action_required` -> `GateFailed`; `neutral`, `skipped`,
 * `stale` -> `null` (ignored: the log line goes to `log` when given, then `onIgnored` is called
 * with `(conclusion, "non_blocking")`; its errors propagate, its return value is ignored).
 * Anything else throws {@link UnknownConclusionError}, except a list or an object, which
 * throws Python's `TypeError: unhashable type: 'list'` as the reference does.
 *
 * @param conclusion The conclusion (case-sensitive).
 * @param onIgnored The reference's `on_ignored` callback.
 * @param log Receives the reference's INFO log line for an ignored conclusion.
 */
export function mapCheckRunConclusion(
  conclusion: unknown,
  onIgnored?: OnIgnoredConclusion | null,
  log?: ConclusionLogger,
): GateEventType | null {
  assertPythonHashable(conclusion);
  if (typeof conclusion === "string") {
    const eventType = CONCLUSION_EVENT_TYPES.get(conclusion);
    if (eventType !== undefined) return eventType;
    if (IGNORED_CONCLUSIONS.has(conclusion)) {
      log?.(`Ignored non-blocking check_run conclusion: ${conclusion}`);
      onIgnored?.(conclusion, "non_blocking");
      return null;
    }
  }
  throw new UnknownConclusionError(conclusion);
}
