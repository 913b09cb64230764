/**
 * A small mock of the GitHub REST API: a real HTTP server on 127.0.0.1 serving just the
 * endpoints the action uses, with GitHub's response shapes, `Link` pagination and errors.
 *
 *   const gh = await startGitHubMock();                 // repo octo-org/shows, tokens below
 *   gh.addPull({ number: 7, files: [{ filename: "cloudcasts/a.yml", status: "added" }] });
 *   gh.setComparison("abc", "def", [{ filename: "cloudcasts/b.yml", status: "modified" }]);
 *   gh.addComment(7, "<!-- marker -->\nhello");          // by github-actions[bot] by default
 *   gh.addComment(7, "quoting <!-- marker -->", human("alice"));
 *   gh.addRelease({ tag: "v1.0.0", assets: [{ name: "show.mp3", data: Buffer.from("…") }] });
 *   gh.setCommitPulls("def", [7]);
 *   gh.addWorkflowRun({ workflow: "publish.yml", headSha: "abc", conclusion: "success" });
 *   gh.state.actionsReadable = false;                   // the runs list answers 403, as without `actions: read`
 *   gh.state.workflowRunsFailure = 502;                 // the runs list answers 502, GitHub having a bad moment
 *   // code under test: createGitHubApi({ token: gh.token, apiUrl: gh.url, serverUrl: gh.serverUrl, … })
 *   gh.state.requests  // every request: method, path with query, status, redacted Authorization
 *   await gh.close();
 *
 * Tokens (`Authorization: token X` or `Bearer X`): `token` writes as `github-actions[bot]`;
 * `readOnlyToken` reads, and gets 403 "Resource not accessible by integration" on writes (as a
 * fork's token does); `userTokens` (token → login) act as that person (a PAT), and are the only
 * tokens `GET /user` answers for. GraphQL's `viewer { login }` answers for every token, as
 * GitHub's does (the app token as `github-actions[bot]`). No token → 401; an unknown token → 401 "Bad credentials".
 *
 * Lists honour `per_page` (default 30, at most 100) and `page`, with `Link` headers holding
 * absolute URLs. Release assets requested with `Accept: application/octet-stream` redirect (302)
 * to a storage path that serves the bytes without a token, as GitHub's storage does.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface MockUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export const ACTIONS_BOT: MockUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

let nextUserId = 1000;
/** A person. */
export function human(login: string): MockUser {
  return { login, id: nextUserId++, type: "User" };
}

export interface MockFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previous_filename?: string;
}

export interface MockPull {
  number: number;
  state: "open" | "closed";
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  files: MockFile[];
}

export interface MockComparison {
  files: MockFile[];
  mergeBaseSha: string;
  status: "ahead" | "behind" | "identical" | "diverged";
  totalCommits: number;
}

export interface MockComment {
  id: number;
  issueNumber: number;
  body: string;
  user: MockUser;
  createdAt: string;
  updatedAt: string;
}

export interface MockAsset {
  id: number;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface MockRelease {
  id: number;
  tagName: string;
  name: string;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  assets: MockAsset[];
}

export interface MockWorkflowRun {
  id: number;
  /** The workflow's file name, e.g. "mixcloud-publish.yml". */
  workflow: string;
  headSha: string;
  headBranch: string;
  event: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: "success" | "failure" | "cancelled" | "skipped" | null;
  runNumber: number;
  createdAt: string;
}

export interface RecordedRequest {
  method: string;
  /** Path with query, as requested. */
  path: string;
  status: number;
  /** `token ***` / `Bearer ***`: the scheme only, never the token. */
  authorization?: string;
  /** The JSON body of writes. */
  body?: unknown;
}

export interface GitHubMockState {
  owner: string;
  repo: string;
  pulls: MockPull[];
  /** Keyed `base...head`. */
  comparisons: Map<string, MockComparison>;
  comments: MockComment[];
  releases: MockRelease[];
  /** Commit sha → numbers of the pull requests containing it. */
  commitPulls: Map<string, number[]>;
  /** Runs of the repository's workflows, in the order added (the API lists the newest first). */
  workflowRuns: MockWorkflowRun[];
  /** False: the token lacks `actions: read`, and the runs list answers 403. Default true. */
  actionsReadable: boolean;
  /** A status the runs list answers with instead of the runs (a 5xx); default none. */
  workflowRunsFailure?: number;
  requests: RecordedRequest[];
}

export interface GitHubMockOptions {
  owner?: string;
  repo?: string;
  /** Read-write token acting as github-actions[bot]. Default "ghs_mock_write_token". */
  token?: string;
  /** Read-only token. Default "ghs_mock_read_token". */
  readOnlyToken?: string;
  /** Personal access tokens: token → login. */
  userTokens?: Record<string, string>;
  /** API path prefix, e.g. "/api/v3" as on GitHub Enterprise Server. Default "". */
  basePath?: string;
  /** No GraphQL endpoint (404), to test the REST fallbacks. */
  noGraphql?: boolean;
}

export interface GitHubMock {
  /** API root (with basePath), no trailing slash. */
  url: string;
  /** Web root whose `/{owner}/{repo}/releases/download/{tag}/{name}` links the assets use. */
  serverUrl: string;
  token: string;
  readOnlyToken: string;
  state: GitHubMockState;
  addPull(pull: {
    number: number;
    files?: MockFile[];
    headSha?: string;
    baseSha?: string;
    headRef?: string;
    baseRef?: string;
    state?: "open" | "closed";
  }): MockPull;
  setComparison(
    base: string,
    head: string,
    files: MockFile[],
    extra?: Partial<MockComparison>,
  ): void;
  addComment(issueNumber: number, body: string, user?: MockUser): MockComment;
  addRelease(release: {
    tag: string;
    name?: string;
    draft?: boolean;
    prerelease?: boolean;
    /** ISO time; default: one minute after the previous release. */
    createdAt?: string;
    assets?: Array<{ name: string; data: Buffer | string; contentType?: string }>;
  }): MockRelease;
  setCommitPulls(sha: string, pullNumbers: number[]): void;
  addWorkflowRun(run: {
    workflow: string;
    headSha: string;
    headBranch?: string;
    event?: string;
    status?: MockWorkflowRun["status"];
    conclusion?: MockWorkflowRun["conclusion"];
  }): MockWorkflowRun;
  /** The browser download URL of a release asset. */
  assetUrl(tag: string, name: string): string;
  close(): Promise<void>;
}

type Identity = { kind: "app"; readOnly: boolean } | { kind: "user"; user: MockUser };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const DOCS = "https://docs.github.com/rest";

export async function startGitHubMock(options: GitHubMockOptions = {}): Promise<GitHubMock> {
  const owner = options.owner ?? "octo-org";
  const repo = options.repo ?? "shows";
  const token = options.token ?? "ghs_mock_write_token";
  const readOnlyToken = options.readOnlyToken ?? "ghs_mock_read_token";
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const users = new Map(
    Object.entries(options.userTokens ?? {}).map(([t, login]) => [t, human(login)] as const),
  );
  const state: GitHubMockState = {
    owner,
    repo,
    pulls: [],
    comparisons: new Map(),
    comments: [],
    releases: [],
    commitPulls: new Map(),
    workflowRuns: [],
    actionsReadable: true,
    requests: [],
  };
  let ids = 100;
  let releaseClock = Date.parse("2024-01-01T00:00:00Z");
  let origin = "";

  const identify = (header: string | undefined): Identity => {
    if (!header) throw new HttpError(401, "Requires authentication");
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    const given = match?.[1];
    if (given === token) return { kind: "app", readOnly: false };
    if (given === readOnlyToken) return { kind: "app", readOnly: true };
    const user = given === undefined ? undefined : users.get(given);
    if (user) return { kind: "user", user };
    throw new HttpError(401, "Bad credentials");
  };

  const requireWrite = (who: Identity): MockUser => {
    if (who.kind === "user") return who.user;
    if (who.readOnly) throw new HttpError(403, "Resource not accessible by integration");
    return ACTIONS_BOT;
  };

  const commentJson = (c: MockComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${origin}${basePath}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `${origin}/${owner}/${repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${origin}${basePath}/repos/${owner}/${repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user.login, id: c.user.id, type: c.user.type },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
  });

  const assetUrl = (tag: string, name: string) =>
    `${origin}/${owner}/${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;

  const assetJson = (release: MockRelease, a: MockAsset) => ({
    id: a.id,
    node_id: `RA_${a.id}`,
    url: `${origin}${basePath}/repos/${owner}/${repo}/releases/assets/${a.id}`,
    name: a.name,
    label: null,
    state: "uploaded",
    content_type: a.contentType,
    size: a.data.length,
    download_count: 0,
    created_at: release.createdAt,
    updated_at: release.createdAt,
    browser_download_url: assetUrl(release.tagName, a.name),
    uploader: ACTIONS_BOT,
  });

  const releaseJson = (r: MockRelease) => ({
    id: r.id,
    node_id: `RE_${r.id}`,
    url: `${origin}${basePath}/repos/${owner}/${repo}/releases/${r.id}`,
    html_url: `${origin}/${owner}/${repo}/releases/tag/${encodeURIComponent(r.tagName)}`,
    tag_name: r.tagName,
    target_commitish: "main",
    name: r.name,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    author: ACTIONS_BOT,
    assets: r.assets.map((a) => assetJson(r, a)),
    body: "",
  });

  const pullJson = (p: MockPull) => ({
    id: p.number * 10,
    number: p.number,
    state: p.state,
    title: `Pull request #${p.number}`,
    html_url: `${origin}/${owner}/${repo}/pull/${p.number}`,
    url: `${origin}${basePath}/repos/${owner}/${repo}/pulls/${p.number}`,
    head: { sha: p.head.sha, ref: p.head.ref, label: `${owner}:${p.head.ref}` },
    base: { sha: p.base.sha, ref: p.base.ref, label: `${owner}:${p.base.ref}` },
    user: human("contributor"),
  });

  const fileJson = (f: MockFile, i: number) => ({
    sha: i.toString(16).padStart(40, "0"),
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `${origin}/${owner}/${repo}/blob/HEAD/${encodeURI(f.filename)}`,
    raw_url: `${origin}/${owner}/${repo}/raw/HEAD/${encodeURI(f.filename)}`,
    contents_url: `${origin}${basePath}/repos/${owner}/${repo}/contents/${encodeURI(f.filename)}`,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  });

  const findPull = (n: string): MockPull => {
    const pull = state.pulls.find((p) => String(p.number) === n);
    if (!pull) throw new HttpError(404, "Not Found");
    return pull;
  };

  const workflowRunJson = (run: MockWorkflowRun) => ({
    id: run.id,
    name: run.workflow,
    node_id: `WFR_${run.id}`,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflow}`,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: 7,
    html_url: `${origin}/${owner}/${repo}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.createdAt,
  });

  /** `GET …/actions/workflows/{file}/runs`: newest first, filtered as GitHub filters them. */
  const workflowRunsPage = (workflow: string, url: URL): Reply => {
    const q = url.searchParams;
    const status = q.get("status");
    const runs = state.workflowRuns
      .filter((r) => r.workflow === workflow)
      .filter((r) => q.get("branch") === null || r.headBranch === q.get("branch"))
      .filter((r) => q.get("event") === null || r.event === q.get("event"))
      .filter((r) => status === null || r.status === status || r.conclusion === status)
      .reverse();
    const listed = page(runs.map(workflowRunJson), url);
    return { ...listed, body: { total_count: runs.length, workflow_runs: listed.body } };
  };

  /** Routes under /repos/{owner}/{repo}; `parts` are the decoded segments after it. */
  const repoRoute = async (
    method: string,
    parts: string[],
    who: Identity,
    req: http.IncomingMessage,
    url: URL,
  ): Promise<Reply> => {
    const [a, b, c, d] = parts;
    if (method === "GET" && a === "pulls" && b && c === "files" && d === undefined) {
      return page(findPull(b).files.slice(0, 3000).map(fileJson), url);
    }
    if (method === "GET" && a === "compare" && b && c === undefined) {
      const comparison = state.comparisons.get(b);
      if (!comparison) throw new HttpError(404, "Not Found");
      const [base = "", head = ""] = b.split("...");
      return {
        status: 200,
        body: {
          url: `${origin}${basePath}/repos/${owner}/${repo}/compare/${b}`,
          status: comparison.status,
          ahead_by: comparison.totalCommits,
          behind_by: 0,
          total_commits: comparison.totalCommits,
          base_commit: { sha: base },
          merge_base_commit: { sha: comparison.mergeBaseSha },
          commits: [{ sha: head }],
          // Like GitHub: files only on the first page, at most 300.
          files:
            (url.searchParams.get("page") ?? "1") === "1"
              ? comparison.files.slice(0, 300).map(fileJson)
              : [],
        },
      };
    }
    if (method === "GET" && a === "releases" && b === undefined) {
      const sorted = [...state.releases].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
      return page(sorted.map(releaseJson), url);
    }
    if (method === "GET" && a === "releases" && b === "tags" && c && d === undefined) {
      const release = state.releases.find((r) => r.tagName === c && !r.draft);
      if (!release) throw new HttpError(404, "Not Found");
      return { status: 200, body: releaseJson(release) };
    }
    if (method === "GET" && a === "releases" && b === "assets" && c && d === undefined) {
      for (const release of state.releases) {
        const asset = release.assets.find((x) => String(x.id) === c);
        if (!asset) continue;
        if ((req.headers.accept ?? "").includes("application/octet-stream")) {
          const location = `${origin}/_storage/assets/${asset.id}/${encodeURIComponent(asset.name)}?sig=mock`;
          return { status: 302, body: "", headers: { location } };
        }
        return { status: 200, body: assetJson(release, asset) };
      }
      throw new HttpError(404, "Not Found");
    }
    if (method === "GET" && a === "commits" && b && c === "pulls" && d === undefined) {
      const numbers = state.commitPulls.get(b) ?? [];
      return page(state.pulls.filter((p) => numbers.includes(p.number)).map(pullJson), url);
    }
    if (method === "GET" && a === "actions" && b === "workflows" && c && d === "runs") {
      if (!state.actionsReadable)
        throw new HttpError(403, "Resource not accessible by integration");
      if (state.workflowRunsFailure !== undefined)
        throw new HttpError(state.workflowRunsFailure, "Server Error");
      return workflowRunsPage(c, url);
    }
    if (a === "issues" && b && c === "comments" && d === undefined) {
      const issue = Number(b);
      if (method === "GET") {
        return page(state.comments.filter((x) => x.issueNumber === issue).map(commentJson), url);
      }
      if (method === "POST") {
        const author = requireWrite(who);
        const body = await readJson(req);
        if (typeof body.body !== "string" || body.body === "")
          throw new HttpError(422, "Validation Failed");
        const now = new Date().toISOString();
        const comment = {
          id: ids++,
          issueNumber: issue,
          body: body.body,
          user: author,
          createdAt: now,
          updatedAt: now,
        };
        state.comments.push(comment);
        return { status: 201, body: commentJson(comment), recordedBody: body };
      }
    }
    if (method === "PATCH" && a === "issues" && b === "comments" && c && d === undefined) {
      requireWrite(who);
      const comment = state.comments.find((x) => String(x.id) === c);
      if (!comment) throw new HttpError(404, "Not Found");
      const body = await readJson(req);
      if (typeof body.body !== "string" || body.body === "")
        throw new HttpError(422, "Validation Failed");
      comment.body = body.body;
      comment.updatedAt = new Date().toISOString();
      return { status: 200, body: commentJson(comment), recordedBody: body };
    }
    throw new HttpError(404, "Not Found");
  };

  const route = async (req: http.IncomingMessage, url: URL): Promise<Reply> => {
    const method = req.method ?? "GET";
    // Storage: what a release download redirects to. Signed URL, so no token needed.
    const storage = /^\/_storage\/assets\/(\d+)\//.exec(url.pathname);
    if (storage && method === "GET") {
      const asset = state.releases
        .flatMap((r) => r.assets)
        .find((x) => String(x.id) === storage[1]);
      if (!asset) throw new HttpError(404, "Not Found");
      return {
        status: 200,
        body: asset.data,
        headers: { "content-type": "application/octet-stream" },
      };
    }
    // GraphQL (at /graphql, or /api/graphql beside GHES's /api/v3): only `viewer { login }`.
    if (method === "POST" && url.pathname.endsWith("/graphql") && options.noGraphql !== true) {
      const who = identify(req.headers.authorization);
      const query = String((await readJson(req))["query"] ?? "");
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query))
        throw new HttpError(400, "the mock answers only `viewer { login }`");
      const login = who.kind === "user" ? who.user.login : ACTIONS_BOT.login;
      return { status: 200, body: { data: { viewer: { login } } } };
    }
    if (!url.pathname.startsWith(`${basePath}/`)) throw new HttpError(404, "Not Found");
    const segments = url.pathname
      .slice(basePath.length + 1)
      .split("/")
      .map(decodeURIComponent);
    const who = identify(req.headers.authorization);
    if (method === "GET" && segments.length === 1 && segments[0] === "user") {
      if (who.kind !== "user") throw new HttpError(403, "Resource not accessible by integration");
      return { status: 200, body: { login: who.user.login, id: who.user.id, type: "User" } };
    }
    const [root, o, r, ...rest] = segments;
    if (
      root !== "repos" ||
      o?.toLowerCase() !== owner.toLowerCase() ||
      r?.toLowerCase() !== repo.toLowerCase()
    ) {
      throw new HttpError(404, "Not Found");
    }
    return repoRoute(method, rest, who, req, url);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: `${url.pathname}${url.search}`,
      status: 0,
    };
    const scheme = req.headers.authorization?.trim().split(/\s+/)[0];
    if (scheme) record.authorization = `${scheme} ***`;
    state.requests.push(record);
    route(req, url)
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        return {
          status,
          body: { message, documentation_url: DOCS, status: String(status) },
        } as Reply;
      })
      .then((reply) => {
        record.status = reply.status;
        if (reply.recordedBody !== undefined) record.body = reply.recordedBody;
        send(res, reply);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}${basePath}`,
    serverUrl: origin,
    token,
    readOnlyToken,
    state,
    addPull: (p) => {
      const pull: MockPull = {
        number: p.number,
        state: p.state ?? "open",
        head: { sha: p.headSha ?? "b".repeat(40), ref: p.headRef ?? `feature-${p.number}` },
        base: { sha: p.baseSha ?? "a".repeat(40), ref: p.baseRef ?? "main" },
        files: p.files ?? [],
      };
      state.pulls.push(pull);
      return pull;
    },
    setComparison: (base, head, files, extra = {}) => {
      state.comparisons.set(`${base}...${head}`, {
        files,
        mergeBaseSha: extra.mergeBaseSha ?? base,
        status: extra.status ?? "ahead",
        totalCommits: extra.totalCommits ?? 1,
      });
    },
    addComment: (issueNumber, body, user = ACTIONS_BOT) => {
      const now = new Date().toISOString();
      const comment = { id: ids++, issueNumber, body, user, createdAt: now, updatedAt: now };
      state.comments.push(comment);
      return comment;
    },
    addRelease: (r) => {
      releaseClock += 60_000;
      const createdAt = r.createdAt ?? new Date(releaseClock).toISOString();
      const release: MockRelease = {
        id: ids++,
        tagName: r.tag,
        name: r.name ?? r.tag,
        draft: r.draft ?? false,
        prerelease: r.prerelease ?? false,
        createdAt,
        publishedAt: r.draft ? null : createdAt,
        assets: (r.assets ?? []).map((a) => ({
          id: ids++,
          name: a.name,
          contentType: a.contentType ?? "application/octet-stream",
          data: Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data),
        })),
      };
      state.releases.push(release);
      return release;
    },
    setCommitPulls: (sha, numbers) => {
      state.commitPulls.set(sha, numbers);
    },
    addWorkflowRun: (r) => {
      const run: MockWorkflowRun = {
        id: ids++,
        workflow: r.workflow,
        headSha: r.headSha,
        headBranch: r.headBranch ?? "main",
        event: r.event ?? "push",
        status: r.status ?? "completed",
        conclusion: r.conclusion === undefined ? "success" : r.conclusion,
        runNumber: state.workflowRuns.filter((x) => x.workflow === r.workflow).length + 1,
        createdAt: new Date(Date.parse("2024-06-01T00:00:00Z") + ids * 60_000).toISOString(),
      };
      state.workflowRuns.push(run);
      return run;
    },
    assetUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  recordedBody?: unknown;
}

/** One page of a list, with GitHub's `Link` header (absolute URLs, `page` and `per_page`). */
function page(items: unknown[], url: URL): Reply {
  const requested = Number(url.searchParams.get("per_page") ?? "30");
  const perPage = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 100) : 30;
  const pageNumber = Math.max(1, Number(url.searchParams.get("page") ?? "1") || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set("page", String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNumber > 1) links.push(link(pageNumber - 1, "prev"));
  if (pageNumber < last) links.push(link(pageNumber + 1, "next"), link(last, "last"));
  if (pageNumber > 1) links.push(link(1, "first"));
  return { status: 200, body: slice, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", reject);
    req.on("end", () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
          resolve(parsed as Record<string, unknown>);
        } else reject(new HttpError(400, "Problems parsing JSON"));
      } catch {
        reject(new HttpError(400, "Problems parsing JSON"));
      }
    });
  });
}

function send(res: http.ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "x-github-media-type": "github.v3; format=json",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    ...reply.headers,
  };
  if (Buffer.isBuffer(reply.body)) {
    res.writeHead(reply.status, { ...headers, "content-length": String(reply.body.length) });
    res.end(reply.body);
    return;
  }
  if (reply.status === 302 || reply.status === 204) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
