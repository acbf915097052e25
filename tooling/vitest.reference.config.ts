// The reference check (`pnpm test:reference`): the published schemas against the reference's
// schemas beside the repository. Not part of `pnpm test`, which needs nothing beside the clone.
import { defineConfig } from "vitest/config";

const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  resolve: { conditions: ["source", "import", "module", "default"] },
  ssr: { resolve: { conditions: ["source", "import", "module", "default"] } },
  test: {
    include: ["reference/**/*.test.ts"],
    // The envelope schema's corpus grows with every family's replay streams.
    testTimeout: 60_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
