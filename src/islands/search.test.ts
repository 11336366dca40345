import { describe, expect, it } from "vitest";
import { meaningfulQuery } from "./search.ts";

describe(meaningfulQuery, () => {
  it("leaves out Dutch question and function words", () => {
    expect(meaningfulQuery("hoeveel mag ik bijverdienen")).toBe("bijverdienen");
    expect(meaningfulQuery("Wat is de kostendelersnorm?")).toBe("kostendelersnorm");
    expect(meaningfulQuery("hoe werkt de vrijlating in Amsterdam")).toBe(
      "werkt vrijlating amsterdam",
    );
  });

  it("is empty when nothing or everything would be left out", () => {
    expect(meaningfulQuery("bijverdienen")).toBe("");
    expect(meaningfulQuery("wat is het")).toBe("");
    expect(meaningfulQuery("")).toBe("");
  });
});
