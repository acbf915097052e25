import { describe, expect, it } from "vitest";
import { httpUrlField, parseHttpUrl } from "../src/rules/url.js";

describe("HTTP URLs (input-coercion.md)", () => {
  it.each<[string, string, string]>([
    ["localhost with a port", "http://localhost:8080/x", "http://localhost:8080/x"],
    [
      "user info, query and fragment",
      "https://user:pw@host/p?q=1#f",
      "https://user:pw@host/p?q=1#f",
    ],
    ["an IPv6 host", "https://[::1]/", "https://[::1]/"],
    ["upper-case scheme and host", "HTTPS://API.GITHUB.COM", "https://api.github.com/"],
    ["a single slash (repaired by WHATWG parsing)", "https:/host", "https://host/"],
    ["no slash (repaired by WHATWG parsing)", "https:host", "https://host/"],
    ["an IDN host", "https://bücher.example/", "https://xn--bcher-kva.example/"],
    ["no path: normalised with a slash", "https://api.github.com", "https://api.github.com/"],
    ["port 65535", "https://host:65535/", "https://host:65535/"],
    ["the default port is dropped", "https://host:443/", "https://host/"],
    ["an IPv4 host", "http://1.2.3.4/", "http://1.2.3.4/"],
    ["a space in the path is escaped", "https://host/a b", "https://host/a%20b"],
    ["outer spaces are stripped", " https://host/ ", "https://host/"],
  ])("%s: %j -> %j", (_label, input, output) => {
    expect(parseHttpUrl(input)).toEqual({ ok: true, value: output });
  });

  it.each<[string, unknown, string]>([
    ["a space in the host", "https://ho st/", "url_parsing"],
    ["mailto:", "mailto:someone@example.com", "url_scheme"],
    ["ftp:", "ftp://host/", "url_scheme"],
    ["ws:", "ws://host/", "url_scheme"],
    ["file:", "file:///etc/hosts", "url_scheme"],
    ["no host", "https://", "url_parsing"],
    ["scheme-relative", "//host/path", "url_parsing"],
    ["port 70000", "https://host:70000/", "url_parsing"],
    ["empty", "", "url_parsing"],
    ["a number", 123, "url_type"],
    ["null", null, "url_type"],
    ["an object", { href: "https://host/" }, "url_type"],
  ])("%s (%j) -> %s", (_label, input, violation) => {
    expect(parseHttpUrl(input)).toMatchObject({ ok: false, violation });
  });

  it("says which rule failed", () => {
    expect(parseHttpUrl("ftp://host/")).toMatchObject({
      message: "URL scheme should be 'http' or 'https'",
    });
    expect(parseHttpUrl(1)).toMatchObject({ message: "URL input should be a string" });
    expect(parseHttpUrl("")).toMatchObject({
      message: "Input should be a valid URL, input is empty",
    });
  });

  it("httpUrlField has the wire form of a uri-formatted string", () => {
    expect(httpUrlField().wire).toEqual({ type: "string", format: "uri", minLength: 1 });
  });
});
