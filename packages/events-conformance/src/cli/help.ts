/** Help texts of the `spec-kitty-events` command, one per command. */
import { REDUCING_FAMILIES } from "@spec-kitty/events-core";

/** Name of the executable. */
export const PROGRAM = "spec-kitty-events";

/** The commands, in the order the overview lists them. */
export const COMMANDS = ["validate", "replay", "schemas", "fixtures", "conformance"] as const;

/** A command name. */
export type CommandName = (typeof COMMANDS)[number];

/** The `--reducer` names, from the list of families: `connector|sync|...`. */
const REDUCER_CHOICES = [...REDUCING_FAMILIES.keys()].join("|");

/** One line per reducer for `replay --help`: name, output model, what the family is about. */
const REDUCER_LINES = [...REDUCING_FAMILIES.values()]
  .map((family) => {
    const modes = family.reducer?.modes ?? [];
    const modeText = modes.length > 0 ? `; --mode ${modes.join("|")} (default ${modes[0]})` : "";
    return `                    ${family.name.padEnd(15)} ${family.reducer?.outputModel} (${family.title}${modeText})`;
  })
  .join("\n");

/** Text of `spec-kitty-events --help`. */
export const OVERVIEW_HELP = `Usage: ${PROGRAM} <command> [options]

Validate and replay spec-kitty event streams (contract 2.7.0).

Commands:
  validate [FILE|GLOB|-]...              check every envelope and payload of streams
  replay [FILE|GLOB|-]... [--reducer all|${REDUCER_CHOICES}]
         [--group-by aggregate]          project streams with the families' reducers
  schemas list | schemas show NAME       list or print the JSON Schemas
  fixtures list [--category C]           list the bundled conformance fixtures
  conformance                            run the conformance suite on this installation

Options:
  -h, --help      show help (also after a command: ${PROGRAM} validate --help)
  -v, --version   print the version

Every command takes --json (or --format text|json|jsonl where more than one fits),
-o/--output FILE, and --color/--no-color; validate and replay take --quiet.

Exit codes: 0 all valid, 1 something invalid (or a check failed), 2 usage or I/O error.

Examples:
  ${PROGRAM} validate 'logs/*.jsonl'
  ${PROGRAM} replay events.jsonl --group-by aggregate
  cat events.jsonl | ${PROGRAM} replay - --reducer sync --json
`;

/**
 * One option of a help text: its name, then its text (lines of at most 70 characters) from
 * column `column`, or on the next lines when the name is too long for the column.
 */
function optionHelp(column: number, name: string, lines: readonly string[]): string {
  const head = `  ${name}`;
  const pad = " ".repeat(column);
  const [first = "", ...rest] = lines;
  const top =
    head.length + 2 <= column ? `${head.padEnd(column)}${first}` : `${head}\n${pad}${first}`;
  return [top, ...rest.map((line) => `${pad}${line}`)].join("\n");
}

/**
 * The options every command shares, from column `column`: -o, and --color and --no-color for
 * the commands whose text has colours.
 */
function outputHelp(column: number, colours = true): string {
  if (!colours) {
    return optionHelp(column, "-o, --output FILE", [
      "write the output to FILE (created or truncated) instead of",
      "standard output",
    ]);
  }
  return [
    optionHelp(column, "-o, --output FILE", [
      "write the output to FILE (created or truncated) instead of",
      "standard output; colours are off in the file unless --color",
    ]),
    optionHelp(column, "--color, --no-color", [
      "colours on or off (the last one given wins). By default on when",
      "the output is a terminal, off otherwise; NO_COLOR (set, not",
      "empty) turns them off, FORCE_COLOR (not 0 or false) on",
    ]),
  ].join("\n");
}

/** The input rules of validate and replay, for the help texts. */
const INPUTS_HELP = `Inputs: FILE paths, globs (*, ?, [..], ** for any directories; quote them to let the
command expand them: matches in code-point order; a glob that matches nothing is an error)
and '-' for standard input (also read when no input is given and input is piped). A path
given twice is read once.`;

/** The progress line of validate and replay, for the help texts. */
const PROGRESS_HELP = `Progress: when standard error is a terminal (and --quiet is not given), a progress line
is shown every second: events read, MB/s and events/s, and the percent done and time left
when the total size of the inputs is known (files), else the MB read. It is erased before
other output.`;

/** Help text of each command. */
export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  validate: `Usage: ${PROGRAM} validate [FILE|GLOB|-]... [--format text|json|jsonl] [--json]
         [--strict] [--jobs N] [-o FILE] [--color|--no-color] [--quiet]

Checks each event of one or more streams: the envelope against the Event model and schema,
and the payload against the model and schema of its event_type (both layers: model and
JSON Schema).

${INPUTS_HELP}

Input: JSON Lines (one envelope per line; read line by line, memory stays flat on any size)
or one JSON array of envelopes (when the whole input is one array: it starts with '[' and
that array spans several lines, or ends on its first line with nothing after it; JSON Lines
whose first line is an array are JSON Lines; the array is held in memory, up to 400 MiB).
FILE '-' (or no FILE, when input is piped) reads standard input. Blank lines are skipped;
LF, CRLF and CR line ends, a byte-order mark and a last line without newline are accepted.
A line that is not JSON or not an object is reported and counted as invalid; so is a line
longer than 256 MiB (not read) and a record nested more than 1,000 levels deep (not
checked). The lines after it are still checked.

Output (--format text, the default): one line per problem, with the line number, the event
id, the field path and the reason, the layer and the violation type; then a summary line
(events, valid, invalid, unknown types). Paths of the model layer are dotted
(payload.latency_ms), paths of the schema layer are JSON paths ($.payload.latency_ms). With
several inputs each line starts with the input's name, each input's summary line follows
its problems, and a total line ends the output.

Unknown event types: an event whose event_type is not registered in contract 2.7.0 gets a
warning line and is counted under "unknown types"; its envelope is still checked, its
payload is not. It counts as valid when its envelope is valid, unless --strict is given.

Options:
  --format F  text (default); jsonl: one result object per event, one per line (keys in a
              fixed order, byte-identical across runs; with several inputs each starts
              with "file"); json: one JSON document {"results": [...], "files":
              [{"file", counts}], "summary": {counts}}, counts being events, valid,
              invalid, unknown, unknown_types [{"event_type", "count"}] and
              other_unknown_types. With json and jsonl the summary lines go to standard
              error
  --json      the same as --format jsonl
  --strict    count events of unknown type as invalid
  --jobs N    check on N threads: the main thread and N-1 worker threads (1: main thread
              only). By default a JSON Lines file of 16 MiB or more is checked on one thread
              per core (at most 4), smaller files and standard input on the main thread only.
              The output is byte for byte the same with any N.
${outputHelp(14)}
  -q, --quiet no progress line
  -h, --help  show this help

Colours (text): locations dim, problem kinds red, unknown-type warnings yellow.

${PROGRESS_HELP}

Exit codes: 0 every event valid (or no events), 1 some event invalid, 2 usage or I/O error.

Examples:
  ${PROGRAM} validate events.jsonl
  ${PROGRAM} validate 'logs/**/*.jsonl' -o report.txt
  ${PROGRAM} validate events.jsonl --json | jq 'select(.valid | not)'
  ${PROGRAM} validate a.jsonl b.jsonl --format json > report.json
  gunzip -c events.jsonl.gz | ${PROGRAM} validate -
`,
  replay: `Usage: ${PROGRAM} replay [FILE|GLOB|-]... [--reducer all|NAME] [--mode M]
         [--group-by aggregate] [--format text|json|jsonl] [--json] [--limit N] [--jobs N]
         [-o FILE] [--color|--no-color] [--quiet]

Parses the envelopes of one or more streams (JSON Lines or a JSON array, as for validate)
and prints the projections of the families' reducers
(${REDUCER_CHOICES.replaceAll("|", ", ")}).
Several inputs are reduced as one stream (the reducers sort the events). A line that is not
a valid envelope is reported on standard error with its line number (and its input's name,
with several inputs) and skipped; the other events are still reduced. Every event is held in
memory (the reducers sort the whole stream), but only what the reducers read of it.

${INPUTS_HELP}

Options:
  --reducer NAME  the family whose reducer projects the stream, or all (the default): every
                  family found in the stream (one with at least one event of its own event
                  types), one section each, in the order of the list of families:
${REDUCER_LINES}
  --mode M        the reducer's mode, for one reducer that has modes (with --reducer all
                  each reducer runs in its default mode)
  --group-by aggregate
                  project each aggregate_id on its own (each connector, mission or work
                  package gets its own state), in code-point order of the ids. A family's
                  aggregates are those with at least one event of its own types; each is
                  reduced on all its events (what the reducer gives on them alone). Without
                  it, a reducer folds the whole stream into one state, as the reference does
  --format F      text (default): readable summaries; json: one JSON document; jsonl: one
                  line per projection {"family", "aggregate_id" (grouped), "state"}
  --json          the same as --format json: the reducer's exact JSON output on one line
                  with one --reducer; with all {"<family>": <output>, ...}; grouped by
                  aggregate {"<aggregate_id>": <output>, ...}, or with all
                  {"<family>": {"<aggregate_id>": <output>}}
  --limit N       longest list shown in the readable summary (default 20, 0 for all)
  --jobs N        parse on N threads: the main thread and N-1 worker threads (1: main thread
                  only). By default a JSON Lines file of 16 MiB or more is parsed on one
                  thread per core (at most 4), smaller files and standard input on the main
                  thread only. The output is byte for byte the same with any N.
${outputHelp(18)}
  -q, --quiet     no progress line
  -h, --help      show this help

A reducer that refuses its events (the reference raises, e.g. a strict mode on an unknown
participant): with one --reducer on the whole stream it is reported on standard error and
nothing is printed; otherwise its section says so with the error's name and message, and
its JSON value is {"error": {"name", "message"}} ("error" in place of "state" in JSON
Lines).

${PROGRESS_HELP}

Exit codes: 0 every line was an envelope, 1 some lines were skipped (the projections of the
others are still printed) or a reducer refused its events, 2 usage or I/O error. Anomalies
found by the reducers do not change the exit code.

Examples:
  ${PROGRAM} replay events.jsonl
  ${PROGRAM} replay events.jsonl --reducer connector --group-by aggregate
  ${PROGRAM} replay 'logs/*.jsonl' --json -o state.json
  ${PROGRAM} replay events.jsonl --reducer sync --json > sync-state.json
  ${PROGRAM} replay events.jsonl --group-by aggregate --format jsonl | jq -c .state
`,
  schemas: `Usage: ${PROGRAM} schemas list [--format text|json|jsonl] [--json] [-o FILE]
       ${PROGRAM} schemas show NAME [-o FILE]

list  prints the names of the JSON Schemas of contract 2.7.0, one per line (--json: one
      JSON array of the names; --format jsonl: one JSON string per line)
show  prints one schema (JSON, 2-space indent; --json changes nothing)

Options:
  --format F  text (default), json or jsonl (list only)
  --json      the same as --format json
${outputHelp(14, false)}
  -h, --help  show this help

Examples:
  ${PROGRAM} schemas list
  ${PROGRAM} schemas list --json | jq length
  ${PROGRAM} schemas show connector_health_checked_payload -o health.schema.json
`,
  fixtures: `Usage: ${PROGRAM} fixtures list [--category C] [--format text|json|jsonl] [--json]
       [-o FILE]

Lists the bundled conformance fixtures, one per line, tab-separated: id, kind (payload,
replay_stream or reducer_output), expected result, event type, path (relative to the
fixture root of @spec-kitty/events-fixtures).

Options:
  --category C  only the fixtures of category C (the first segment of the path)
  --format F    text (default); json: one JSON array of objects {"id", "kind",
                "expected_result", "event_type", "path", "min_version", "notes"}; jsonl: one
                such object per line
  --json        the same as --format json
${outputHelp(16, false)}
  -h, --help    show this help

Examples:
  ${PROGRAM} fixtures list
  ${PROGRAM} fixtures list --category connector
  ${PROGRAM} fixtures list --format jsonl | jq -r 'select(.kind != "payload").path'
`,
  conformance: `Usage: ${PROGRAM} conformance [--fixtures DIR] [--format text|json] [--json]
       [-o FILE] [--color|--no-color]

Runs the conformance suite against this installation: every payload fixture through the
validator, the lane mapping, every schema, and an envelope round trip. Prints the report
(PASS in green, FAIL in red on a terminal).

Options:
  --fixtures DIR  check the fixture set under DIR (a directory with a manifest.json) instead
                  of the bundled @spec-kitty/events-fixtures
  --format F      text (default) or json: the report as one JSON object (the SuiteReport of
                  runConformanceSuite: contractVersion, fixturesRoot, manifestVersion,
                  checks with their cases, totals, ok)
  --json          the same as --format json
${outputHelp(18)}
  -h, --help      show this help

Exit codes: 0 every check passed, 1 some check failed, 2 usage or I/O error.

Examples:
  ${PROGRAM} conformance
  ${PROGRAM} conformance --fixtures ./my-fixtures
  ${PROGRAM} conformance --json | jq '.checks[] | select(.failed > 0)'
`,
};
