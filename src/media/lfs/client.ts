import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { safeFilename } from "../filename.js";
import type { LfsObjectId } from "../lfs.js";
import type { RemoteObject } from "../remote-object.js";
import { RemoteFetchError, downloadVerified } from "../remote-object.js";
import type { LfsAccess } from "../types.js";
import type { DownloadAction } from "./batch.js";
import { requestDownload } from "./batch.js";
import type { Endpoint, EndpointSettings } from "./endpoint.js";
import { findEndpoint } from "./endpoint.js";
import type { GitCredential } from "./git.js";
import { fillCredential } from "./git.js";
import { LfsObject, withinBudget } from "./object.js";
import type { LfsObjectOptions } from "./object.js";
import type { UrlPolicy } from "../url-policy.js";
import { PRIVATE_ALLOWED, PUBLIC_ONLY, redactUrl } from "../url-policy.js";
import { URL_CHECK_BUDGET_MS } from "../../constants.js";
import { duration } from "../formats.js";

// The Git LFS client of one run: finds the endpoint once, decides which credential goes where,
// and opens objects (a batch request each) for the checks and the uploads. Loaded only when a
// pointer is met (src/media/lfs-access.ts imports it on first use).

export interface LfsClientSettings extends EndpointSettings {
  /** The `github-token` input: sent (Basic, user `x-access-token`) only to the GitHub server's origin. */
  githubToken?: string;
  /** A local run (the CLI): ask `git credential fill` for the endpoint's host after a 401. */
  gitCredentials: boolean;
  tempDir: string;
  attempts: number;
  timeoutMs?: number;
  /**
   * Which addresses an LFS server named in `.lfsconfig` or git config (and the hrefs it gives)
   * may lead to: the run's `allow-private-urls`. The GitHub server's own endpoint is trusted, as
   * the workflow names it (GitHub Enterprise Server often lives on a private network).
   */
  urlPolicy?: UrlPolicy;
  /**
   * The time the checks of one run may spend on an LFS server elsewhere than the GitHub server
   * (default: what URL checks get).
   */
  elsewhereBudgetMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createLfsClient(settings: LfsClientSettings): LfsAccess {
  let endpoint: Promise<Endpoint | string> | undefined;
  // Asked once per run, however many checks meet the 401 at the same time.
  let filled: Promise<GitCredential | undefined> | undefined;
  let stored: GitCredential | undefined;
  const githubOrigin = originOf(settings.serverUrl);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const credentialFor =
    (found: Endpoint) =>
    (url: URL): Record<string, string> => {
      if (settings.githubToken !== undefined && url.origin === githubOrigin)
        return basic("x-access-token", settings.githubToken);
      if (stored !== undefined && url.origin === found.url.origin)
        return basic(stored.username, stored.password);
      return {};
    };

  const endpointFound = () => (endpoint ??= findEndpoint(settings));
  const endpointPolicy = (found: Endpoint | string): UrlPolicy =>
    typeof found !== "string" && found.url.origin === githubOrigin
      ? PRIVATE_ALLOWED
      : (settings.urlPolicy ?? PUBLIC_ONLY);

  const batch = async (id: LfsObjectId, label: string, signal?: AbortSignal) => {
    const found = await endpointFound();
    if (typeof found === "string") {
      throw new RemoteFetchError(
        `${label} is a Git LFS pointer, and ${found}: run \`git lfs pull\``,
        "lfs-unreachable",
        false,
      );
    }
    return (): Promise<DownloadAction> =>
      requestDownload({
        endpoint: found,
        id,
        label,
        credentialFor: credentialFor(found),
        ...(settings.gitCredentials
          ? {
              onUnauthorized: async () => {
                filled ??= fillCredential(settings.workspace, found.url);
                stored = await filled;
                return stored !== undefined;
              },
            }
          : {}),
        attempts: settings.attempts,
        timeoutMs,
        ...(signal === undefined ? {} : { signal }),
        ...(githubOrigin === undefined ? {} : { githubOrigin }),
        local: settings.gitCredentials,
        policy: endpointPolicy(found),
      });
  };

  const open = async (
    id: LfsObjectId,
    label: string,
    signal?: AbortSignal,
    budget?: LfsObjectOptions["budget"],
  ): Promise<RemoteObject> => {
    const ask = await batch(id, label, signal);
    return new LfsObject(await ask(), {
      id,
      label,
      renew: () => ask(),
      attempts: settings.attempts,
      timeoutMs,
      policy: endpointPolicy(await endpointFound()),
      ...(budget === undefined ? {} : { budget }),
    });
  };

  // An LFS server elsewhere than the GitHub server is named by the repository's own files, which
  // a fork's pull request writes: the checks' requests to it share one time budget per run, as
  // URL checks do, so a server that holds every request open costs minutes, not an hour (tries ×
  // timeout × pointers). A download for an upload is not counted: a real show may take longer.
  let elsewhere: AbortSignal | undefined;
  const checkBudget = (found: Endpoint | string) => {
    if (typeof found === "string" || found.url.origin === githubOrigin) return undefined;
    const ms = settings.elsewhereBudgetMs ?? URL_CHECK_BUDGET_MS;
    elsewhere ??= AbortSignal.timeout(ms);
    const signal = elsewhere;
    const spent = (label: string) => () =>
      new RemoteFetchError(
        `${label}: the LFS server ${redactUrl(found.url.href)} did not answer within the ${duration(ms)} this run has for an LFS server other than the GitHub server's; check that the server .lfsconfig names answers, or fetch the files with \`git lfs pull\` before the action`,
        "lfs-unreachable",
        false,
      );
    return { signal, spent };
  };

  /** For the checks: budgeted when the server is not the GitHub server's. */
  const openForCheck = async (
    id: LfsObjectId,
    label: string,
    signal?: AbortSignal,
  ): Promise<RemoteObject> => {
    const found = checkBudget(await endpointFound());
    const budget = found && { signal: found.signal, spent: found.spent(label) };
    return withinBudget(budget, signal, (limited) => open(id, label, limited, budget));
  };

  return {
    open: openForCheck,
    /**
     * The object goes to a file under RUNNER_TEMP and is verified there before the upload
     * starts, rather than streamed through to Mixcloud with the body's end withheld until the
     * hash matched: a server may keep what it received of a body cut short (whether Mixcloud
     * does is not known), and an upload whose answer is lost is sent again, which a local,
     * verified copy serves without a second download of the object.
     */
    async download(id, label, filename, signal) {
      const dir = await mkdtemp(join(settings.tempDir, "mixcloud-lfs-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        const object = await open(id, label, signal);
        const path = join(dir, safeFilename(filename) || "object");
        await downloadVerified(object, path, {
          attempts: settings.attempts,
          ...(signal === undefined ? {} : { signal }),
        });
        return { path, cleanup };
      } catch (error) {
        await cleanup();
        throw error;
      }
    },
  };
}

function basic(username: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` };
}

function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
