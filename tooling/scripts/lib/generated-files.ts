/**
 * A directory of generated files: write it from the generator's output, or compare it with
 * that output (drift, missing and orphaned files).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The files a generator produces for one flat directory. */
export interface GeneratedFileSet {
  /** Absolute path of the directory. */
  readonly directory: string;
  /** File name (no directory part) to the exact text the generator produces. */
  readonly files: ReadonlyMap<string, string>;
  /** True for the file names the generator manages (e.g. `*.schema.json`); others are left alone. */
  readonly isManaged: (fileName: string) => boolean;
}

/** How a committed file differs from the generator's output. */
export type FileProblemKind = "drift" | "missing" | "orphaned";

/** One difference between the directory and the generator's output. */
export interface FileProblem {
  /** `drift`: text differs; `missing`: generated but absent; `orphaned`: present, not generated. */
  readonly kind: FileProblemKind;
  /** Absolute path of the file. */
  readonly path: string;
  /** One line naming the file and the problem. */
  readonly message: string;
}

/** What {@link writeGeneratedFiles} did, each list sorted. */
export interface WriteReport {
  /** Files created or rewritten. */
  readonly written: readonly string[];
  /** Files whose text was already the generated text. */
  readonly unchanged: readonly string[];
  /** Managed files removed because nothing generates them any more. */
  readonly removed: readonly string[];
}

function managedFiles(set: GeneratedFileSet): string[] {
  if (!existsSync(set.directory)) return [];
  return readdirSync(set.directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && set.isManaged(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function sameBytes(path: string, text: string): boolean {
  return readFileSync(path).equals(Buffer.from(text, "utf8"));
}

function assertManaged(set: GeneratedFileSet): void {
  for (const name of set.files.keys()) {
    if (!set.isManaged(name) || name.includes("/") || name.includes("\\")) {
      throw new Error(`Generated file name ${JSON.stringify(name)} is not a managed file name`);
    }
  }
}

/**
 * Compares the directory with the generated files: every generated file must exist with the
 * same bytes, and every managed file present must be generated. Problems are sorted by path.
 */
export function findFileProblems(set: GeneratedFileSet): FileProblem[] {
  assertManaged(set);
  const problems: FileProblem[] = [];
  for (const [name, text] of set.files) {
    const path = join(set.directory, name);
    if (!existsSync(path)) {
      problems.push({ kind: "missing", path, message: `${path}: missing (it is generated)` });
    } else if (!sameBytes(path, text)) {
      problems.push({ kind: "drift", path, message: `${path}: differs from the generated text` });
    }
  }
  for (const name of managedFiles(set)) {
    if (set.files.has(name)) continue;
    const path = join(set.directory, name);
    problems.push({ kind: "orphaned", path, message: `${path}: orphaned (nothing generates it)` });
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Makes the directory hold exactly the generated files: writes new or changed ones, removes
 * managed files nothing generates. Files the set does not manage are left alone.
 */
export function writeGeneratedFiles(set: GeneratedFileSet): WriteReport {
  assertManaged(set);
  mkdirSync(set.directory, { recursive: true });
  const written: string[] = [];
  const unchanged: string[] = [];
  const removed: string[] = [];
  for (const [name, text] of set.files) {
    const path = join(set.directory, name);
    if (existsSync(path) && sameBytes(path, text)) {
      unchanged.push(path);
      continue;
    }
    writeFileSync(path, text);
    written.push(path);
  }
  for (const name of managedFiles(set)) {
    if (set.files.has(name)) continue;
    const path = join(set.directory, name);
    rmSync(path);
    removed.push(path);
  }
  return { written: written.sort(), unchanged: unchanged.sort(), removed: removed.sort() };
}

/** A generator's command line: `<script> generate|check [directory]`. */
export interface GeneratorCommand {
  /** Script name for the usage line, e.g. `schemas.ts`. */
  readonly script: string;
  /** What the files are, plural, e.g. `schemas`. */
  readonly noun: string;
  /** The command that regenerates them, e.g. `pnpm schemas:generate`. */
  readonly regenerate: string;
  /** Where the files go unless a directory is given. */
  readonly defaultDirectory: string;
  /** The generated files of a directory. */
  readonly fileSet: (directory: string) => GeneratedFileSet;
}

/**
 * Runs `generate` (write the files, remove orphans) or `check` (report drift, missing and
 * orphaned files); returns the exit code: 0, 1 on problems, 2 on usage errors.
 */
export function runGeneratorCommand(
  command: GeneratorCommand,
  args: readonly string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): number {
  const [verb, directory = command.defaultDirectory, ...rest] = args;
  if (rest.length > 0 || (verb !== "generate" && verb !== "check")) {
    err(`usage: ${command.script} generate|check [directory]`);
    return 2;
  }
  if (verb === "generate") {
    const report = writeGeneratedFiles(command.fileSet(directory));
    for (const path of report.written) out(`wrote ${path}`);
    for (const path of report.removed) out(`removed ${path}`);
    out(
      `${report.written.length + report.unchanged.length} ${command.noun} in ${directory}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed`,
    );
    return 0;
  }
  const problems = findFileProblems(command.fileSet(directory));
  if (problems.length === 0) {
    out(`${command.noun} up to date in ${directory}`);
    return 0;
  }
  for (const problem of problems) err(problem.message);
  err(
    `${problems.length} ${command.noun} file problem(s); run '${command.regenerate}' and commit the result`,
  );
  return 1;
}
