import { describe, expect, it } from "vitest";

const core = (await import("../src/index.js")) as Record<string, unknown>;
const primitives = (await import("../src/primitives/index.js")) as Record<string, unknown>;

describe("core primitives exports (§5)", () => {
  it("the package entry re-exports every runtime name of the primitives unchanged", () => {
    for (const [name, value] of Object.entries(primitives)) expect(core[name]).toBe(value);
  });

  it("exports the reference's primitives under TypeScript names", () => {
    for (const name of [
      "LamportClock",
      "InMemoryEventStore",
      "InMemoryClockStorage",
      "InMemoryErrorStorage",
      "ErrorLog",
      "ErrorEntrySchema",
      "parseErrorEntry",
      "errorEntryRepr",
      "isConcurrent",
      "totalOrderKey",
      "topologicalSort",
      "mergeGset",
      "mergeCounter",
      "stateMachineMerge",
      "conflictResolutionRepr",
      "SpecKittyEventsError",
      "StorageError",
      "ValidationError",
      "CyclicDependencyError",
      "ValueError",
    ]) {
      expect(Object.keys(core)).toContain(name);
    }
  });

  it("ValueError is named as Python's and is not a library error", async () => {
    const { ValueError, SpecKittyEventsError } = await import("../src/errors.js");
    const error = new ValueError("bad");
    expect([error.name, error.message]).toEqual(["ValueError", "bad"]);
    expect(error).not.toBeInstanceOf(SpecKittyEventsError);
  });
});
