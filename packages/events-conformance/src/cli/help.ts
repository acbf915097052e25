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
  validate [FILE|-]                      check every envelope and payload of a stream
  replay [FILE|-] --reducer ${REDUCER_CHOICES}
                                         project a stream with a reducer
  schemas list | schemas show NAME       list or print the JSON Schemas
  fixtures list [--category C]           list the bundled conformance fixtures
  conformance                            run the conformance suite on this installation

Options:
  -h, --help      show help (also after a command: ${PROGRAM} validate --help)
  -v, --version   print the version

Exit codes: 0 all valid, 1 something invalid (or a check failed), 2 usage or I/O error.

Examples:
  ${PROGRAM} validate events.jsonl
  cat events.jsonl | ${PROGRAM} replay - --reducer sync --json
`;

/** Help text of each command. */
export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  validate: `Usage: ${PROGRAM} validate [FILE|-] [--json] [--strict] [--jobs N]

Checks each event of a stream: the envelope against the Event model and schema, and the
payload against the model and schema of its event_type (both layers: model and JSON Schema).

Input: JSON Lines (one envelope per line; read line by line, memory stays flat on any size)
or one JSON array of envelopes (when the whole input is one array: it starts with '[' and
that array spans several lines, or ends on its first line with nothing after it; JSON Lines
whose first line is an array are JSON Lines; the array is held in memory, up to 400 MiB).
FILE '-' (or no FILE, when input is piped) reads standard input. Blank lines are skipped;
LF, CRLF and CR line ends, a byte-order mark and a last line without newline are accepted.
A line that is not JSON or not an object is reported and counted as invalid; so is a line
longer than 256 MiB (not read) and a record nested more than 1,000 levels deep (not
checked). The lines after it are still checked.

Output: one line per problem, with the line number, the event id, the field path and the
reason, the layer and the violation type; then a summary line (events, valid, invalid,
unknown types). Paths of the model layer are dotted (payload.latency_ms), paths of the
schema layer are JSON paths ($.payload.latency_ms).

Unknown event types: an event whose event_type is not registered in contract 2.7.0 gets a
warning line and is counted under "unknown types"; its envelope is still checked, its
payload is not. It counts as valid when its envelope is valid, unless --strict is given.

Options:
  --json      print one result object per event on standard output instead (keys in a fixed
              order, byte-identical across runs); the summary goes to standard error
  --strict    count events of unknown type as invalid
  --jobs N    check on N threads: the main thread and N-1 worker threads (1: main thread
              only). By default a JSON Lines file of 16 MiB or more is checked on one thread
              per core (at most 4), smaller files and standard input on the main thread only.
              The output is byte for byte the same with any N.
  -h, --help  show this help

Progress: when standard error is a terminal, a progress line is shown every second.

Exit codes: 0 every event valid (or no events), 1 some event invalid, 2 usage or I/O error.

Examples:
  ${PROGRAM} validate events.jsonl
  ${PROGRAM} validate events.jsonl --json | jq 'select(.valid | not)'
  gunzip -c events.jsonl.gz | ${PROGRAM} validate -
`,
  replay: `Usage: ${PROGRAM} replay [FILE|-] --reducer NAME [--mode M] [--json] [--limit N] [--jobs N]

Parses the envelopes of a stream (JSON Lines or a JSON array, as for validate) and prints the
projection of a family's reducer (one of: ${REDUCER_CHOICES.replaceAll("|", ", ")}).
A line that is not a valid envelope is reported on standard error with its line number and
skipped; the other events are still reduced. Every event is held in memory (the reducers
sort the whole stream), but only what the reducer reads of it.

Options:
  --reducer NAME  the family whose reducer projects the stream (required):
${REDUCER_LINES}
  --mode M        the reducer's mode, for a reducer that has modes
  --json          print the reducer's exact JSON output on one line
  --limit N       longest list shown in the readable summary (default 20, 0 for all)
  --jobs N        parse on N threads: the main thread and N-1 worker threads (1: main thread
                  only). By default a JSON Lines file of 16 MiB or more is parsed on one
                  thread per core (at most 4), smaller files and standard input on the main
                  thread only. The output is byte for byte the same with any N.
  -h, --help      show this help

Exit codes: 0 every line was an envelope, 1 some lines were skipped (the projection of the
others is still printed) or the reducer refused the stream (as the reference raises, e.g. a
strict mode on an unknown participant), 2 usage or I/O error. Anomalies found by the reducer
do not change the exit code.

Examples:
  ${PROGRAM} replay events.jsonl --reducer connector
  ${PROGRAM} replay events.jsonl --reducer sync --json > sync-state.json
`,
  schemas: `Usage: ${PROGRAM} schemas list
       ${PROGRAM} schemas show NAME

list  prints the names of the JSON Schemas of contract 2.7.0, one per line
show  prints one schema (JSON, 2-space indent)

Options:
  -h, --help  show this help

Examples:
  ${PROGRAM} schemas list
  ${PROGRAM} schemas show connector_health_checked_payload
`,
  fixtures: `Usage: ${PROGRAM} fixtures list [--category C]

Lists the bundled conformance fixtures, one per line, tab-separated: id, kind (payload,
replay_stream or reducer_output), expected result, event type, path (relative to the
fixture root of @spec-kitty/events-fixtures).

Options:
  --category C  only the fixtures of category C (the first segment of the path)
  -h, --help    show this help

Examples:
  ${PROGRAM} fixtures list
  ${PROGRAM} fixtures list --category connector
`,
  conformance: `Usage: ${PROGRAM} conformance [--fixtures DIR]

Runs the conformance suite against this installation: every payload fixture through the
validator, the lane mapping, every schema, and an envelope round trip. Prints the report.

Options:
  --fixtures DIR  check the fixture set under DIR (a directory with a manifest.json) instead
                  of the bundled @spec-kitty/events-fixtures
  -h, --help      show this help

Exit codes: 0 every check passed, 1 some check failed, 2 usage error.

Examples:
  ${PROGRAM} conformance
  ${PROGRAM} conformance --fixtures ./my-fixtures
`,
};
