import { describe, expect, it } from "vitest";
import { createLoginThrottle } from "./login-throttle";

describe("createLoginThrottle", () => {
  function setup() {
    let clock = 1_000_000;
    const throttle = createLoginThrottle({ freeAttempts: 3, windowMs: 60_000 }, () => clock);
    return { throttle, advance: (ms: number) => (clock += ms) };
  }

  it("lets a key try while it has fewer attempts than the free attempts", () => {
    const { throttle } = setup();
    expect([throttle.begin(["login:coder1"]), throttle.begin(["login:coder1"]), throttle.begin(["login:coder1"])]).toEqual([0, 0, 0]);
  });

  it("counts each attempt as it begins, so attempts begun together are refused past the free ones", () => {
    const { throttle } = setup();
    const answers = Array.from({ length: 10 }, () => throttle.begin(["login:coder1"]));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(3);
  });

  it("refuses a key after its free attempts until the window since the last attempt has passed", () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) throttle.begin(["login:coder1"]);
    advance(59_999);
    expect(throttle.begin(["login:coder1"])).toBe(1);
    advance(1);
    expect(throttle.begin(["login:coder1"])).toBe(0);
  });

  it("counts nothing for any key when one of them is throttled", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.begin(["login:coder1"]);
    expect(throttle.begin(["login:coder1", "address:a"])).toBeGreaterThan(0);
    expect([throttle.begin(["address:a"]), throttle.begin(["address:a"]), throttle.begin(["address:a"])]).toEqual([0, 0, 0]);
  });

  it("counts keys separately: one login's lockout does not lock out another", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.begin(["login:coder1"]);
    expect(throttle.begin(["login:coder2"])).toBe(0);
  });

  it("takes back one attempt of a key", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.begin(["address:a"]);
    throttle.takeBack("address:a");
    expect(throttle.begin(["address:a"])).toBe(0);
    expect(throttle.begin(["address:a"])).toBeGreaterThan(0);
  });

  it("forgets a key's attempts on reset", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.begin(["login:coder1"]);
    throttle.reset("login:coder1");
    expect(throttle.begin(["login:coder1"])).toBe(0);
  });
});
