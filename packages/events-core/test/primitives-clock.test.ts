import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueError } from "../src/errors.js";
import { LamportClock } from "../src/primitives/clock.js";
import { type ClockStorage, InMemoryClockStorage } from "../src/primitives/storage.js";

/** A clock storage that records every save. */
class RecordingStorage implements ClockStorage {
  readonly saves: [string, number][] = [];
  constructor(private readonly initial: Record<string, number> = {}) {}
  load(nodeId: string): number {
    return this.initial[nodeId] ?? 0;
  }
  save(nodeId: string, value: number): void {
    this.saves.push([nodeId, value]);
  }
}

type Step = readonly ["tick"] | readonly ["update", number];

describe("LamportClock (§4.1)", () => {
  it.each<[string, readonly Step[], number]>([
    ["a fresh clock is 0", [], 0],
    ["tick adds one", [["tick"]], 1],
    ["tick, tick, update(5) gives 6 (sheet example)", [["tick"], ["tick"], ["update", 5]], 6],
    [
      "update with a smaller remote adds one to the counter",
      [["tick"], ["tick"], ["update", 1]],
      3,
    ],
    ["update with an equal remote adds one", [["tick"], ["update", 1]], 2],
    ["update(0) on a fresh clock gives 1", [["update", 0]], 1],
    ["a fractional remote larger than the counter makes it fractional", [["update", 5.5]], 6.5],
    [
      "a fractional remote smaller than the counter is ignored",
      [
        ["update", 9],
        ["update", 0.5],
      ],
      11,
    ],
  ])("%s", (_, steps, expected) => {
    const clock = new LamportClock("n", new InMemoryClockStorage());
    for (const step of steps) {
      if (step[0] === "tick") clock.tick();
      else clock.update(step[1]);
    }
    expect(clock.current()).toBe(expected);
  });

  it("quirk 29: update accepts negatives (fresh clock, update(-10) gives 1)", () => {
    const clock = new LamportClock("n", new InMemoryClockStorage());
    expect(clock.update(-10)).toBeUndefined();
    expect(clock.current()).toBe(1);
  });

  it("tick returns the new value and saves it under the node id", () => {
    const storage = new RecordingStorage();
    const clock = new LamportClock("node-a", storage);
    expect(clock.tick()).toBe(1);
    expect(clock.tick()).toBe(2);
    clock.update(7);
    expect(storage.saves).toEqual([
      ["node-a", 1],
      ["node-a", 2],
      ["node-a", 8],
    ]);
  });

  it("construction reads the saved value; a new clock on the same storage resumes", () => {
    const storage = new InMemoryClockStorage();
    const clock = new LamportClock("n", storage);
    clock.tick();
    clock.tick();
    clock.update(5);
    expect(new LamportClock("n", storage).current()).toBe(6);
    expect(new LamportClock("other", storage).current()).toBe(0);
    expect(new LamportClock("x", new RecordingStorage({ x: 41 })).tick()).toBe(42);
  });

  it("current() does not change the value; nodeId is public", () => {
    const clock = new LamportClock("node-7", new InMemoryClockStorage());
    clock.tick();
    expect([clock.current(), clock.current()]).toEqual([1, 1]);
    expect(clock.nodeId).toBe("node-7");
  });

  it("quirk: the counter changes before save, so a failing save leaves the new value", () => {
    // A storage whose saved value is negative makes InMemoryClockStorage.save throw.
    const storage = new InMemoryClockStorage();
    const clock = new LamportClock("n", { load: () => -5, save: (n, v) => storage.save(n, v) });
    expect(() => clock.tick()).toThrow(ValueError);
    expect(clock.current()).toBe(-4);
    expect(() => clock.update(-9)).toThrow("Clock value must be ≥ 0, got -3");
    expect(clock.current()).toBe(-3);
  });

  it("update(NaN) keeps the counter as Python's max does, then adds one", () => {
    const clock = new LamportClock("n", new InMemoryClockStorage());
    clock.update(3);
    clock.update(Number.NaN);
    expect(clock.current()).toBe(5);
  });

  it("property: every tick and update strictly increases the clock, by max(counter, remote) + 1", () => {
    const stepArb = fc.oneof(
      fc.constant<Step>(["tick"]),
      fc.integer({ min: -1000, max: 1000 }).map((n): Step => ["update", n]),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n): Step => ["update", n]),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const storage = new InMemoryClockStorage();
        const clock = new LamportClock("n", storage);
        for (const step of steps) {
          const before = clock.current();
          if (step[0] === "tick") expect(clock.tick()).toBe(before + 1);
          else {
            clock.update(step[1]);
            expect(clock.current()).toBe(Math.max(step[1], before) + 1);
          }
          expect(clock.current()).toBeGreaterThan(before);
          expect(storage.load("n")).toBe(clock.current());
        }
      }),
    );
  });
});
