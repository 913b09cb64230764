import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_API_URL, DEFAULT_FILES, Inputs } from "../src/constants.js";
import { parseSettings, SettingsError, type Settings } from "../src/settings.js";

interface Run {
  settings?: Settings;
  error?: SettingsError;
  masked: string[];
  /** Inputs read before each mask call, to check masking happens on read. */
  readBeforeMask: string[][];
}

function parse(
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
  eventName = "push",
): Run {
  const masked: string[] = [];
  const readSoFar: string[] = [];
  const readBeforeMask: string[][] = [];
  const read = (name: string) => {
    readSoFar.push(name);
    return inputs[name] ?? "";
  };
  const mask = (secret: string) => {
    masked.push(secret);
    readBeforeMask.push([...readSoFar]);
  };
  try {
    return { settings: parseSettings(read, env, eventName, mask), masked, readBeforeMask };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return { error, masked, readBeforeMask };
  }
}

describe("parseSettings defaults", () => {
  it("gives SPEC §3 defaults when no input is set", () => {
    const { settings } = parse({}, { GITHUB_WORKSPACE: "/work/space", RUNNER_TEMP: "/runner/tmp" });
    expect(settings).toEqual({
      accessToken: undefined,
      files: DEFAULT_FILES,
      changedOnly: true,
      dryRun: false,
      ifExists: "update",
      comment: true,
      githubToken: undefined,
      apiUrl: DEFAULT_API_URL,
      concurrency: 2,
      retries: 5,
      licensing: "warn",
      prereleases: false,
      allowPrivateUrls: false,
      workspace: path.resolve("/work/space"),
      tempDir: path.resolve("/runner/tmp"),
      timeouts: { headersMs: undefined, stallMs: undefined, listingLagMs: undefined },
    });
  });

  it("takes network timeouts in seconds from the environment, and refuses nonsense", () => {
    const { settings } = parse(
      {},
      {
        MIXCLOUD_PUBLISH_ANSWER_TIMEOUT: "2",
        MIXCLOUD_PUBLISH_STALL_TIMEOUT: "0.5",
        MIXCLOUD_PUBLISH_LISTING_LAG: "3",
      },
    );
    expect(settings?.timeouts).toEqual({ headersMs: 2000, stallMs: 500, listingLagMs: 3000 });
    const { error } = parse({}, { MIXCLOUD_PUBLISH_STALL_TIMEOUT: "soon" });
    expect(error?.message).toMatch(
      /MIXCLOUD_PUBLISH_STALL_TIMEOUT: got "soon"; expected a number of seconds/,
    );
  });

  it("falls back to the current directory and the OS temp dir outside a runner", () => {
    const { settings } = parse();
    expect(settings?.workspace).toBe(process.cwd());
    expect(settings?.tempDir).toBe(path.resolve(os.tmpdir()));
  });
});

describe("access token", () => {
  it("takes the input, trimmed, and masks it the moment it is read", () => {
    const run = parse({ [Inputs.AccessToken]: "  secret-token \n" });
    expect(run.settings?.accessToken).toBe("secret-token");
    expect(run.masked).toContain("secret-token");
    // Masked right after the token input itself was read, before any other input.
    expect(run.readBeforeMask[0]).toEqual([Inputs.AccessToken]);
  });

  it("falls back to MIXCLOUD_ACCESS_TOKEN", () => {
    const run = parse({}, { MIXCLOUD_ACCESS_TOKEN: " from-env " });
    expect(run.settings?.accessToken).toBe("from-env");
    expect(run.masked).toContain("from-env");
  });

  it("prefers the input over the environment", () => {
    const run = parse(
      { [Inputs.AccessToken]: "from-input" },
      { MIXCLOUD_ACCESS_TOKEN: "from-env" },
    );
    expect(run.settings?.accessToken).toBe("from-input");
  });

  it("is masked even when other inputs are invalid, and never shown in the error", () => {
    const run = parse({ [Inputs.AccessToken]: "tok\nen", [Inputs.Retries]: "zero" });
    expect(run.error).toBeInstanceOf(SettingsError);
    expect(run.masked).toEqual(expect.arrayContaining(["tok\nen", "tok", "en"]));
    expect(run.error?.message).not.toContain("tok\nen");
    expect(run.error?.message).toContain(Inputs.AccessToken);
    expect(run.error?.message).toContain("single-line token");
  });

  it("masks the github token too", () => {
    const run = parse({ [Inputs.GithubToken]: "ghs_abc" });
    expect(run.settings?.githubToken).toBe("ghs_abc");
    expect(run.masked).toContain("ghs_abc");
  });
});

describe("booleans", () => {
  it.each([
    ["true", true],
    ["TRUE", true],
    ["False", false],
    [" false ", false],
  ])("reads %j as %s", (raw, expected) => {
    const { settings } = parse({
      [Inputs.ChangedOnly]: raw,
      [Inputs.Comment]: raw,
      [Inputs.Prereleases]: raw,
    });
    expect(settings?.changedOnly).toBe(expected);
    expect(settings?.comment).toBe(expected);
    expect(settings?.prereleases).toBe(expected);
  });

  it.each(["yes", "1", "on", "truthy"])(
    "rejects %j naming the input and the allowed values",
    (raw) => {
      const { error } = parse({ [Inputs.Comment]: raw, [Inputs.Prereleases]: raw });
      expect(error?.problems).toEqual([
        { input: Inputs.Comment, value: JSON.stringify(raw), allowed: "`true` or `false`" },
        { input: Inputs.Prereleases, value: JSON.stringify(raw), allowed: "`true` or `false`" },
      ]);
    },
  );
});

describe("unexpanded expressions", () => {
  function parseNoticing(inputs: Record<string, string>) {
    const notices: string[] = [];
    const masked: string[] = [];
    const settings = parseSettings(
      (name) => inputs[name] ?? "",
      {},
      "push",
      (secret) => masked.push(secret),
      (message) => notices.push(message),
    );
    return { settings, notices, masked };
  }

  it("takes github-token's default, as local-action passes it, as not given, with a notice", () => {
    const { settings, notices, masked } = parseNoticing({
      [Inputs.GithubToken]: "${{ github.token }}",
    });
    expect(settings.githubToken).toBeUndefined();
    expect(masked).toEqual([]);
    expect(notices).toEqual([
      expect.stringMatching(
        /^Input github-token is the unexpanded expression "\$\{\{ github\.token \}\}": .*treated as not given.*INPUT_GITHUB-TOKEN/,
      ),
    ]);
  });

  it("does so for every input, wherever the expression stands in it, once each", () => {
    const expression = "${{ matrix.value }}";
    const inputs = Object.fromEntries(
      Object.values(Inputs).map((name) => [name, `x ${expression}\n`]),
    );
    const { settings, notices } = parseNoticing(inputs);
    expect(notices).toHaveLength(Object.values(Inputs).length);
    for (const name of Object.values(Inputs)) {
      expect(notices.filter((n) => n.startsWith(`Input ${name} is`))).toHaveLength(1);
    }
    // Every input at its default: nothing of the expression was taken as a value.
    expect(settings).toMatchObject({
      accessToken: undefined,
      files: DEFAULT_FILES,
      changedOnly: true,
      dryRun: false,
      comment: true,
      apiUrl: DEFAULT_API_URL,
      concurrency: 2,
      retries: 5,
      prereleases: false,
    });
  });

  it("leaves a value with a lone `${` or `}}` alone", () => {
    const { settings, notices } = parseNoticing({ [Inputs.Files]: "shows/${x}}}.yml" });
    expect(settings.files).toEqual(["shows/${x}}}.yml"]);
    expect(notices).toEqual([]);
  });
});

describe("dry-run", () => {
  it.each([
    ["", "push", false],
    ["auto", "push", false],
    ["auto", "release", false],
    ["auto", "pull_request", true],
    ["AUTO", "pull_request_target", true],
    ["auto", "merge_group", true],
    ["true", "push", true],
    ["false", "pull_request", false],
  ])("%j on %s → %s", (raw, event, expected) => {
    expect(parse({ [Inputs.DryRun]: raw }, {}, event).settings?.dryRun).toBe(expected);
  });

  it("rejects other values", () => {
    expect(parse({ [Inputs.DryRun]: "maybe" }).error?.problems[0]).toMatchObject({
      input: Inputs.DryRun,
      allowed: "one of `auto`, `true`, `false`",
    });
  });
});

describe("if-exists", () => {
  it.each(["update", "skip", "fail", "Skip"])("accepts %j", (raw) => {
    expect(parse({ [Inputs.IfExists]: raw }).settings?.ifExists).toBe(raw.toLowerCase());
  });

  it("rejects others", () => {
    expect(parse({ [Inputs.IfExists]: "replace" }).error?.problems[0]).toMatchObject({
      input: Inputs.IfExists,
      value: '"replace"',
      allowed: "one of `update`, `skip`, `fail`",
    });
  });
});

describe("licensing", () => {
  it.each(["warn", "error", "off", " Error "])("accepts %j", (raw) => {
    expect(parse({ [Inputs.Licensing]: raw }).settings?.licensing).toBe(raw.trim().toLowerCase());
  });

  it("rejects others", () => {
    expect(parse({ [Inputs.Licensing]: "strict" }).error?.problems[0]).toMatchObject({
      input: Inputs.Licensing,
      value: '"strict"',
      allowed: "one of `warn`, `error`, `off`",
    });
  });
});

describe("numbers", () => {
  it("accepts bounds", () => {
    expect(parse({ [Inputs.Concurrency]: "1", [Inputs.Retries]: "20" }).settings).toMatchObject({
      concurrency: 1,
      retries: 20,
    });
    expect(parse({ [Inputs.Concurrency]: "16", [Inputs.Retries]: "1" }).settings).toMatchObject({
      concurrency: 16,
      retries: 1,
    });
  });

  it.each(["0", "17", "2.5", "-1", "two", "1e1", "0x2"])("rejects concurrency %j", (raw) => {
    expect(parse({ [Inputs.Concurrency]: raw }).error?.problems[0]).toEqual({
      input: Inputs.Concurrency,
      value: JSON.stringify(raw),
      allowed: "a whole number from 1 to 16",
    });
  });

  it("rejects retries out of 1–20", () => {
    expect(parse({ [Inputs.Retries]: "21" }).error?.problems[0]?.allowed).toBe(
      "a whole number from 1 to 20",
    );
  });
});

describe("files", () => {
  it("splits lines, skips blanks and comments, drops a leading ./", () => {
    const raw = "\n# shows\ncloudcasts/**/*.yml\n\n  ./extra/*.yaml  \n!cloudcasts/drafts/**\n";
    expect(parse({ [Inputs.Files]: raw }).settings?.files).toEqual([
      "cloudcasts/**/*.yml",
      "extra/*.yaml",
      "!cloudcasts/drafts/**",
    ]);
  });

  it("splits on a lone CR and Unicode line breaks too, so no glob hides a second line", () => {
    const raw = "cloudcasts/*.yml\r!cloudcasts/x.yml\r\nshows/*.yml\u2028mixes/*.yml\u0085a/*.yml";
    expect(parse({ [Inputs.Files]: raw }).settings?.files).toEqual([
      "cloudcasts/*.yml",
      "!cloudcasts/x.yml",
      "shows/*.yml",
      "mixes/*.yml",
      "a/*.yml",
    ]);
  });

  it("excludes from the defaults when every glob is an exclusion", () => {
    expect(parse({ [Inputs.Files]: "!cloudcasts/drafts/**" }).settings?.files).toEqual([
      ...DEFAULT_FILES,
      "!cloudcasts/drafts/**",
    ]);
  });

  it("rejects only comments, absolute globs and .. segments", () => {
    expect(parse({ [Inputs.Files]: "# nothing\n" }).error?.problems[0]?.input).toBe(Inputs.Files);
    const { error } = parse({ [Inputs.Files]: "/etc/*.yml\n../up/*.yml\nok/*.yml" });
    expect(error?.problems.map((p) => p.value)).toEqual(['"/etc/*.yml"', '"../up/*.yml"']);
  });
});

describe("allow-private-urls", () => {
  it("is off unless set to true", () => {
    expect(parse({}).settings?.allowPrivateUrls).toBe(false);
    expect(parse({ [Inputs.AllowPrivateUrls]: "true" }).settings?.allowPrivateUrls).toBe(true);
    expect(parse({ [Inputs.AllowPrivateUrls]: "yes" }).error?.problems[0]?.input).toBe(
      Inputs.AllowPrivateUrls,
    );
  });
});

describe("api-url", () => {
  it.each([
    ["https://api.mixcloud.com/", "https://api.mixcloud.com"],
    ["https://proxy.example.com/mixcloud//", "https://proxy.example.com/mixcloud"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["http://localhost:9/", "http://localhost:9"],
    ["http://[::1]:3000", "http://[::1]:3000"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(parse({ [Inputs.ApiUrl]: raw }).settings?.apiUrl).toBe(expected);
  });

  it.each([
    "http://api.mixcloud.com",
    "ftp://example.com",
    "not a url",
    "https://api.mixcloud.com/?x=1",
    "https://api.mixcloud.com/#top",
  ])("rejects %j", (raw) => {
    expect(parse({ [Inputs.ApiUrl]: raw }).error?.problems[0]?.input).toBe(Inputs.ApiUrl);
  });

  it("never echoes credentials in a URL", () => {
    const { error } = parse({ [Inputs.ApiUrl]: "https://user:hunter2@api.example.com" });
    expect(error?.message).not.toContain("hunter2");
    expect(error?.message).toContain("credentials hidden");
  });
});

describe("SettingsError", () => {
  it("lists every bad input at once, each with its value and what is allowed", () => {
    const { error } = parse({
      [Inputs.ChangedOnly]: "yes",
      [Inputs.Concurrency]: "99",
      [Inputs.IfExists]: "nope",
      [Inputs.ApiUrl]: "http://example.com",
    });
    expect(error?.problems.map((p) => p.input)).toEqual([
      Inputs.ChangedOnly,
      Inputs.IfExists,
      Inputs.ApiUrl,
      Inputs.Concurrency,
    ]);
    const lines = error?.message.split("\n") ?? [];
    expect(lines[0]).toBe("Invalid action inputs:");
    expect(lines).toContain('  - concurrency: got "99"; expected a whole number from 1 to 16.');
    expect(lines).toContain('  - changed-only: got "yes"; expected `true` or `false`.');
  });
});
