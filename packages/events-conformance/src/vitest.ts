/**
 * Vitest matchers for consumers' tests. Importing this module registers them:
 *
 * ```ts
 * import "@spec-kitty/events-conformance/vitest";
 * expect(payload).toConformTo("ConnectorProvisioned");
 * expect(bad).not.toConformTo("SyncIngestAccepted");
 * ```
 *
 * @packageDocumentation
 */
import type { EventTypeName } from "@spec-kitty/events-core";
import { expect } from "vitest";
import { formatViolations } from "./assertions.js";
import { validateEvent } from "./validate.js";

/** Result shape of a vitest matcher. */
interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The matchers this module registers with `expect.extend`. */
export const conformanceMatchers = {
  /** Passes when the payload passes both validation layers for `eventType`. */
  toConformTo(received: unknown, eventType: string): MatcherResult {
    const result = validateEvent(received, eventType);
    return {
      pass: result.valid,
      message: () =>
        result.valid
          ? `expected the payload not to conform to ${eventType}, but it does`
          : `expected the payload to conform to ${eventType}:\n${formatViolations(result)}`,
    };
  },
};

expect.extend(conformanceMatchers);

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's own declaration
  interface Assertion<T = any> {
    /**
     * Asserts that the payload passes both validation layers for `eventType` (a registered
     * name, checked where it is written, or a `string` known only at run time).
     */
    toConformTo<TName extends string>(eventType: EventTypeName<TName>): void;
  }
  interface AsymmetricMatchersContaining {
    /** Matches a payload that passes both validation layers for `eventType`. */
    toConformTo<TName extends string>(eventType: EventTypeName<TName>): unknown;
  }
}
