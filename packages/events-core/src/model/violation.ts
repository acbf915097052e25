/**
 * Violation types of the model layer, in the reference's vocabulary
 * (`conformance-harness.md`, "Violation types of the model layer").
 */
export type ViolationType =
  | "missing"
  | "model_type"
  | "dict_type"
  | "string_type"
  | "string_too_short"
  | "string_too_long"
  | "string_pattern_mismatch"
  | "enum"
  | "int_type"
  | "int_parsing"
  | "int_from_float"
  | "int_parsing_size"
  | "float_type"
  | "float_parsing"
  | "finite_number"
  | "greater_than"
  | "greater_than_equal"
  | "less_than_equal"
  | "datetime_type"
  | "datetime_from_date_parsing"
  | "uuid_type"
  | "uuid_parsing"
  | "url_type"
  | "url_parsing"
  | "url_scheme"
  | "value_error"
  | "bool_type"
  | "bool_parsing"
  | "literal_error"
  | "list_type"
  | "tuple_type"
  | "too_short"
  | "get_attribute_error";

/** One problem found by the model layer: where, what kind, and a plain message. */
export interface ModelIssue {
  /** Dotted field path (`""` for the input itself, `evidence.repos.0.repo` for nested fields). */
  readonly field: string;
  /** The reference's violation type. */
  readonly violationType: ViolationType;
  /** Plain-language reason. */
  readonly message: string;
  /** The offending input value (`undefined` for a missing field). */
  readonly inputValue: unknown;
}

/** The outcome of a field rule: a normalised value, or a violation. */
export type RuleResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly violation: ViolationType; readonly message: string };

/** Builds a successful {@link RuleResult}. */
export function accept<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

/** Builds a failed {@link RuleResult}. */
export function reject(violation: ViolationType, message: string): RuleResult<never> {
  return { ok: false, violation, message };
}
