import { describe, expect, it } from "vitest";
import { createLoginThrottle } from "./login-throttle";

describe("createLoginThrottle", () => {
  function setup() {
    let clock = 1_000_000;
    const throttle = createLoginThrottle({ freeAttempts: 3, windowMs: 60_000 }, () => clock);
    return { throttle, advance: (ms: number) => (clock += ms) };
  }

  it("lets a key try while it has fewer failures than the free attempts", () => {
    const { throttle } = setup();
    throttle.recordFailure("login:coder1");
    throttle.recordFailure("login:coder1");
    expect(throttle.retryAfterMs("login:coder1")).toBe(0);
  });

  it("refuses a key after its free attempts until the window since the last failure has passed", () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure("login:coder1");
    expect(throttle.retryAfterMs("login:coder1")).toBe(60_000);
    advance(59_999);
    expect(throttle.retryAfterMs("login:coder1")).toBe(1);
    advance(1);
    expect(throttle.retryAfterMs("login:coder1")).toBe(0);
  });

  it("counts keys separately", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure("login:coder1");
    expect(throttle.retryAfterMs("login:coder2")).toBe(0);
  });

  it("forgets a key's failures on reset (a successful sign-in)", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure("login:coder1");
    throttle.reset("login:coder1");
    expect(throttle.retryAfterMs("login:coder1")).toBe(0);
  });
});
