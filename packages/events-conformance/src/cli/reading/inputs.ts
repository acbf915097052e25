/**
 * The inputs of a command line: file paths, globs (`logs/*.jsonl`, `logs/**\/*.jsonl`) and `-`
 * for standard input, expanded into the list of inputs in the order given (each glob's
 * matches in code-point order, each path once).
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compareCodePoints } from "@spec-kitty/events-core";
import { CommandError } from "../errors.js";

/** True when `pattern` has a glob character (`*`, `?`, `[`). */
export function isGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The regular expression of one path segment's glob (`*`, `?`, `[...]`; no `/`). */
function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i] as string;
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end === -1) {
        source += "\\[";
        continue;
      }
      const body = segment
        .slice(i + 1, end)
        .replace(/^!/, "^")
        .replace(/\\/g, "\\\\");
      source += `[${body}]`;
      i = end;
    } else source += char.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  // A leading `*` or `?` does not match a hidden name, as in shells.
  const hidden = segment.startsWith(".") ? "" : "(?!\\.)";
  return new RegExp(`^${hidden}${source}$`, "u");
}

/** The directory entries of `dir` (an unreadable directory has none). */
function entriesOf(dir: string): { name: string; isDirectory: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      isDirectory:
        entry.isDirectory() ||
        (entry.isSymbolicLink() &&
          statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory() === true),
    }));
  } catch {
    return [];
  }
}

/**
 * The files that match a glob, in code-point order of their paths. `**` matches any number of
 * directories (none included); other segments match one name each. Paths are returned as the
 * pattern writes them (relative patterns give relative paths).
 */
export function expandGlob(pattern: string, cwd: string = process.cwd()): string[] {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((segment, i) => segment !== "" || i === 0);
  const matches = new Set<string>();
  const walk = (dir: string, index: number): void => {
    if (index === segments.length) return;
    const segment = segments[index] as string;
    const last = index === segments.length - 1;
    if (segment === "**") {
      walk(dir, index + 1);
      for (const entry of entriesOf(dir)) {
        if (entry.isDirectory && !entry.name.startsWith(".")) walk(join(dir, entry.name), index);
      }
      return;
    }
    if (!isGlob(segment)) {
      const path = join(dir, segment);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (last ? stats?.isFile() : stats?.isDirectory()) {
        if (last) matches.add(path);
        else walk(path, index + 1);
      }
      return;
    }
    const regexp = segmentRegExp(segment);
    for (const entry of entriesOf(dir)) {
      if (!regexp.test(entry.name)) continue;
      const path = join(dir, entry.name);
      if (last) {
        if (!entry.isDirectory) matches.add(path);
      } else if (entry.isDirectory) walk(path, index + 1);
    }
  };
  walk(absolute ? "/" : cwd, absolute ? 1 : 0);
  const paths = [...matches].map((path) =>
    absolute ? path : relative(cwd, path).split(sep).join("/"),
  );
  return paths.sort(compareCodePoints);
}

/**
 * The inputs of a command: each argument as given (a path, or `-` for standard input), a
 * glob replaced by the files it matches. A glob that matches nothing is a usage error; a path
 * given twice is read once.
 */
export function expandInputs(
  command: string,
  args: readonly string[],
  cwd: string = process.cwd(),
): string[] {
  const inputs: string[] = [];
  const seen = new Set<string>();
  const add = (input: string): void => {
    if (seen.has(input)) return;
    seen.add(input);
    inputs.push(input);
  };
  for (const arg of args) {
    if (arg === "-" || !isGlob(arg)) {
      add(arg);
      continue;
    }
    const matched = expandGlob(arg, cwd);
    if (matched.length === 0) {
      throw new CommandError(
        `${command}: no file matches '${arg}'`,
        "check the pattern (quote it to let the command expand it: '**' matches directories)",
      );
    }
    for (const path of matched) add(path);
  }
  return inputs;
}
