import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

const MAX_PORT = 65535;

/**
 * Parses an HTTP(S) URL by the reference's rules: WHATWG URL parsing, scheme `http` or
 * `https`, a host, a port of at most 65535. Returns the normalised URL text
 * (`https://api.github.com` becomes `https://api.github.com/`).
 */
export function parseHttpUrl(input: unknown): RuleResult<string> {
  if (typeof input !== "string") return reject("url_type", "URL input should be a string");
  if (input.length === 0)
    return reject("url_parsing", "Input should be a valid URL, input is empty");
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return reject(
      "url_parsing",
      "Input should be a valid URL, relative URL without a base or invalid host or port",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return reject("url_scheme", "URL scheme should be 'http' or 'https'");
  }
  if (url.hostname === "") return reject("url_parsing", "Input should be a valid URL, empty host");
  if (url.port !== "" && Number(url.port) > MAX_PORT) {
    return reject("url_parsing", "Input should be a valid URL, invalid port number");
  }
  return accept(url.href);
}

/**
 * HTTP(S) URL field: lax model layer per `input-coercion.md`; wire form
 * `{ type: "string", format: "uri", minLength: 1 }`.
 */
export function httpUrlField(): FieldSchema<string> {
  return field(
    "http_url",
    "HTTP(S) URL",
    { type: "string", format: "uri", minLength: 1 },
    parseHttpUrl,
  );
}
