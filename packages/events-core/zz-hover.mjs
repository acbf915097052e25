import ts from "typescript";

const file = process.argv[2];
const config = ts.getParsedCommandLineOfConfigFile(
  "tsconfig.json",
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
const program = ts.createProgram([file], config.options);
const checker = program.getTypeChecker();
const sf = program.getSourceFile(file);
ts.forEachChild(sf, (node) => {
  if (ts.isVariableStatement(node))
    for (const d of node.declarationList.declarations) {
      const t = checker.getTypeAtLocation(d.name);
      console.log(
        d.name.getText(),
        "=>",
        checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation).slice(0, 400),
      );
    }
});
