import fs from "node:fs";
import ts from "typescript";

const file = "test/zz-probe.ts";
const config = ts.getParsedCommandLineOfConfigFile(
  "tsconfig.json",
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
const host = {
  getScriptFileNames: () => [file],
  getScriptVersion: () => "1",
  getScriptSnapshot: (f) =>
    fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8")) : undefined,
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const ls = ts.createLanguageService(host);
const text = fs.readFileSync(file, "utf8");
for (const marker of ['validateA({}, "Conn', 'validateC({}, "Conn']) {
  const pos = text.indexOf(marker) + marker.length;
  const c = ls.getCompletionsAtPosition(file, pos, {});
  console.log(marker, c ? c.entries.map((e) => e.name).slice(0, 5) : "none");
}
