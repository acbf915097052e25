import { describe, expect, it } from "vitest";
import {
  CyclicDependencyError,
  PayloadValidationError,
  SpecKittyEventsError,
  StorageError,
  ValidationError,
} from "../src/errors.js";

describe("error classes", () => {
  it.each([
    [SpecKittyEventsError, "SpecKittyEventsError"],
    [StorageError, "StorageError"],
    [ValidationError, "ValidationError"],
    [CyclicDependencyError, "CyclicDependencyError"],
  ] as const)("%o carries the reference's class name and message", (ErrorClass, name) => {
    const error = new ErrorClass("boom");
    expect(error.name).toBe(name);
    expect(error.message).toBe("boom");
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error).toBeInstanceOf(Error);
  });

  it("names pydantic's validation error ValidationError, outside the library's hierarchy", () => {
    const issues = [
      { field: "a", message: "Field required", violationType: "missing", inputValue: undefined },
    ] as const;
    const error = new PayloadValidationError("Thing", issues, "1 validation error for Thing");
    expect(error.name).toBe("ValidationError");
    expect(error).not.toBeInstanceOf(SpecKittyEventsError);
    expect(error.issues).toEqual(issues);
    expect(error.modelName).toBe("Thing");
  });
});
