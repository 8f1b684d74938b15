import { describe, expect, it } from "vitest";
import { extractFeatures } from "./extract-features";
import { predictProbability, trainLogisticRegression } from "./logistic-regression";

const positives = ["the emir stole the money", "money was stolen by the emir", "the emir kept our money"];
const negatives = ["we walked to the border", "the children went to school", "it rained in the camp", "we ate bread", "the road was long", "my brother left"];

describe("trainLogisticRegression", () => {
  const vectors = [...positives, ...negatives].map(extractFeatures);
  const labels = Uint8Array.from([...positives, ...negatives], (_, i) => (i < positives.length ? 1 : 0));
  const model = trainLogisticRegression(vectors, labels);

  it("separates sentences of a code from the rest, including an unseen paraphrase", () => {
    expect(predictProbability(model, extractFeatures("the emir took all the money"))).toBeGreaterThan(0.5);
    expect(predictProbability(model, extractFeatures("we walked in the rain"))).toBeLessThan(0.5);
  });

  it("comes out the same when run again with the same seed", () => {
    const again = trainLogisticRegression(vectors, labels);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
    expect(again.bias).toBe(model.bias);
  });

  it("learns a constant when every label is the same", () => {
    const none = trainLogisticRegression(vectors, new Uint8Array(vectors.length));
    expect(predictProbability(none, vectors[0]!)).toBeLessThan(0.001);
  });
});
