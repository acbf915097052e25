import type * as v from "valibot";
import { describe } from "../../model/describe.js";
import { type ModelOutput, model } from "../../model/model.js";
import { nullableField } from "../../rules/defaults.js";
import { literalField } from "../../rules/literal.js";
import { strictIntField } from "../../rules/strict-int.js";
import { nonEmptyStringField } from "../../rules/string.js";
import { httpUrlField } from "../../rules/url.js";

/**
 * The fields of every gate payload, in the reference's order, with `conclusion` as in the base
 * (any non-empty text); the two event payloads narrow it.
 */
function gateEntries<TConclusion extends v.GenericSchema>(conclusion: TConclusion) {
  return {
    gate_name: describe(nonEmptyStringField(), "Name of the CI gate (e.g., 'ci/build', 'ci/lint')"),
    gate_type: describe(literalField(["ci"]), "Type of gate. Currently only 'ci' is supported."),
    conclusion,
    external_provider: describe(
      literalField(["github"]),
      "External CI provider. Currently only 'github' is supported.",
    ),
    check_run_id: describe(strictIntField({ gt: 0 }), "GitHub check run ID"),
    check_run_url: describe(httpUrlField(), "URL of the GitHub check run"),
    delivery_id: describe(nonEmptyStringField(), "Webhook delivery ID used as idempotency key"),
    pr_number: describe(
      nullableField(strictIntField({ gt: 0 })),
      "Pull request number, if the gate is associated with a PR",
    ),
  };
}

/**
 * Model of {@link GatePayloadBase}: the base of the gate payloads, instantiable on its own (any
 * non-empty `conclusion`, `neutral` included). Not published as a schema, as in the reference.
 */
export const GatePayloadBaseSchema = model(
  "GatePayloadBase",
  "Base payload for CI gate outcome events.",
  gateEntries(describe(nonEmptyStringField(), "GitHub check_run conclusion")),
);

/**
 * The fields of a gate outcome: `check_run_id` and `pr_number` are strict positive integers
 * (`"5"`, `true` and, in JSON text, `5.0` are refused); `check_run_url` is an http(s) URL,
 * normalised as WHATWG URL parsing does (`HTTPS://GitHub.com:443` becomes
 * `https://github.com/`).
 */
export type GatePayloadBase = ModelOutput<typeof GatePayloadBaseSchema.entries>;

/** Model of {@link GatePassedPayload}. */
export const GatePassedPayloadSchema = model(
  "GatePassedPayload",
  "Payload for a CI gate that concluded successfully.\n\nAttached to a generic Event with event_type='GatePassed'.",
  gateEntries(
    describe(literalField(["success"]), "Allowed GitHub check_run conclusion for passed gates."),
  ),
);

/** Payload of a `GatePassed` event: a gate whose conclusion is `success`. */
export type GatePassedPayload = ModelOutput<typeof GatePassedPayloadSchema.entries>;

/** Model of {@link GateFailedPayload}. */
export const GateFailedPayloadSchema = model(
  "GateFailedPayload",
  "Payload for a CI gate that concluded with a failure condition.\n\nCovers conclusions: failure, timed_out, cancelled, action_required.\nAttached to a generic Event with event_type='GateFailed'.",
  gateEntries(
    describe(
      literalField(["failure", "timed_out", "cancelled", "action_required"]),
      "Allowed GitHub check_run conclusions for failed gates.",
    ),
  ),
);

/**
 * Payload of a `GateFailed` event: conclusion `failure`, `timed_out`, `cancelled` (two Ls) or
 * `action_required`.
 */
export type GateFailedPayload = ModelOutput<typeof GateFailedPayloadSchema.entries>;
