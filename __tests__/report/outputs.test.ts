import { describe, expect, it } from "vitest";
import { Outputs } from "../../src/constants.js";
import { buildOutputs } from "../../src/report/index.js";
import { diagnostic, mixedResults, report, result, warning } from "./fixtures.js";

describe("buildOutputs", () => {
  const outputs = buildOutputs(report({ results: mixedResults() }));

  it("sets exactly the outputs of action.yml", () => {
    expect(Object.keys(outputs).sort()).toEqual(Object.values(Outputs).sort());
  });

  it("lists the URLs of published and updated cloudcasts only, in file order", () => {
    expect(outputs.urls).toBe(
      [
        "https://www.mixcloud.com/dj/a/",
        "https://www.mixcloud.com/dj/b/",
        "https://www.mixcloud.com/dj/g/",
      ].join("\n"),
    );
  });

  it("gives every result with SPEC §3's fields, null where unknown", () => {
    expect(outputs.results).toBe(
      '[{"file":"cloudcasts/a.yml","status":"published","title":"A","key":"/dj/a/","url":"https://www.mixcloud.com/dj/a/","error":null},' +
        '{"file":"cloudcasts/b.yml","status":"updated","title":"B","key":"/dj/b/","url":"https://www.mixcloud.com/dj/b/","error":null},' +
        '{"file":"cloudcasts/c.yml","status":"unchanged","title":"C","key":"/dj/c/","url":"https://www.mixcloud.com/dj/c/","error":null},' +
        '{"file":"cloudcasts/d.yml","status":"skipped","title":"D","key":"/dj/d/","url":"https://www.mixcloud.com/dj/d/","error":null},' +
        '{"file":"cloudcasts/e.yml","status":"failed","title":"E","key":null,"url":null,"error":"Mixcloud answered 500 three times."},' +
        '{"file":"cloudcasts/f.yml","status":"invalid","title":null,"key":null,"url":null,"error":"2 problems"},' +
        '{"file":"cloudcasts/g.yml","status":"published","title":"G","key":"/dj/g/","url":"https://www.mixcloud.com/dj/g/","error":null}]',
    );
  });

  it("counts statuses as decimal strings", () => {
    expect({
      published: outputs.published,
      updated: outputs.updated,
      skipped: outputs.skipped,
      failed: outputs.failed,
      invalid: outputs.invalid,
    }).toEqual({ published: "2", updated: "1", skipped: "1", failed: "1", invalid: "1" });
  });

  it("builds a matrix of every selected file but the invalid ones, in file order", () => {
    expect(outputs.matrix).toBe(
      '{"include":[{"file":"cloudcasts/a.yml"},{"file":"cloudcasts/b.yml"},{"file":"cloudcasts/c.yml"},' +
        '{"file":"cloudcasts/d.yml"},{"file":"cloudcasts/e.yml"},{"file":"cloudcasts/g.yml"}]}',
    );
  });

  it("gives empty lists and zero counts when nothing was selected", () => {
    expect(buildOutputs(report({ results: [], nothingSelected: true }))).toEqual({
      urls: "",
      results: "[]",
      published: "0",
      updated: "0",
      skipped: "0",
      failed: "0",
      invalid: "0",
      warnings: "0",
      matrix: '{"include":[]}',
    });
  });

  it("counts every warning of every file, whatever its status", () => {
    const outputs = buildOutputs(
      report({
        results: [
          result({
            file: "a.yml",
            status: "published",
            warnings: [warning(), warning({ line: 30 })],
          }),
          result({
            file: "b.yml",
            status: "invalid",
            diagnostics: [diagnostic()],
            warnings: [warning()],
          }),
          result({ file: "c.yml", status: "published" }),
        ],
      }),
    );
    expect(outputs.warnings).toBe("3");
    expect(outputs.invalid).toBe("1");
  });

  it("keeps a dry run's files in the matrix and out of the URLs", () => {
    const dry = buildOutputs(
      report({
        dryRun: true,
        results: [result({ file: "x.yml" }), result({ file: "y.yml", status: "invalid" })],
      }),
    );
    expect(dry.urls).toBe("");
    expect(JSON.parse(dry.matrix ?? "")).toEqual({ include: [{ file: "x.yml" }] });
  });

  it("passes file text through as data, JSON-encoded, so consumers get it exactly", () => {
    const title = 'Tab\there "quoted" \u202eRLO\n::set-output name=x::y';
    const file = "cloudcasts/with space & ünïcode.yml";
    const out = buildOutputs(report({ results: [result({ file, title })] }));
    expect(out.results).not.toContain("\n");
    expect(JSON.parse(out.results ?? "")).toEqual([
      { file, status: "dry-run", title, key: null, url: null, error: null },
    ]);
    expect(JSON.parse(out.matrix ?? "")).toEqual({ include: [{ file }] });
  });
});
