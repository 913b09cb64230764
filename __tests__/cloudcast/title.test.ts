import { describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";

describe("the title of an invalid file", () => {
  it("is kept for the reports when the title itself is fine", () => {
    const parsed = parseCloudcast("title: Bad Show\nunlisted: yes\n", "a.yml");
    expect(parsed.cloudcast).toBeUndefined();
    expect(parsed.title).toBe("Bad Show");
  });

  it("is absent when the title is what is wrong", () => {
    expect(parseCloudcast('title: ""\n', "a.yml").title).toBeUndefined();
    expect(parseCloudcast("tags: [a]\n", "a.yml").title).toBeUndefined();
  });
});
