import { z } from "zod";

type Issue = z.core.$ZodRawIssue;

const count = (amount: number | bigint, one: string, many: string) => `${amount} ${amount === 1 || amount === 1n ? one : many}`;
const lengthOf = (input: unknown) => (typeof input === "string" ? [...input].length : Array.isArray(input) ? input.length : null);

/**
 * What a person reads when input breaks a schema that gives no message of its own: a sentence saying what to do,
 * instead of zod's "Too big: expected string to have <=120 characters". Undefined leaves zod's message.
 */
export function plainZodMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "too_big": {
      const length = lengthOf(issue.input);
      if (issue.origin === "string") return `is too long: at most ${count(issue.maximum, "character", "characters")}${length === null ? "" : ` (this has ${length})`}; shorten it.`;
      if (issue.origin === "array") return `has too many items: at most ${issue.maximum}${length === null ? "" : ` (this has ${length})`}.`;
      if (issue.origin === "number") return `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}.`;
      return undefined;
    }
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "must not be empty." : `is too short: at least ${count(issue.minimum, "character", "characters")}.`;
      if (issue.origin === "array") return `needs at least ${count(issue.minimum, "item", "items")}.`;
      if (issue.origin === "number") return `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}.`;
      return undefined;
    case "invalid_type":
      return issue.input === undefined ? "is missing." : `must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}.`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this request does not take: ${issue.keys.join(", ")}.`;
    default:
      return undefined;
  }
}

/** Makes every schema without a message of its own answer in plain sentences; the server's entry wrappers call it. */
export function installPlainZodMessages(): void {
  z.config({ customError: plainZodMessage });
}
