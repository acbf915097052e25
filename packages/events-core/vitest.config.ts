import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source", "import", "module", "default"] },
  ssr: { resolve: { conditions: ["source", "import", "module", "default"] } },
  test: {
    include: ["test/**/*.test.ts"],
  },
});
