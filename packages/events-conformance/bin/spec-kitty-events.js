#!/usr/bin/env node
// The `spec-kitty-events` executable. It stays in the package before any build, so package
// managers can link it at install time; the command itself is built and bundled into
// dist/command/main.js.
import "../dist/command/main.js";
