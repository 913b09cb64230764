import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockApp } from "./app.js";
import type { FaultQueue } from "./faults.js";
export interface ExchangeHooks {
    faults: FaultQueue;
    /** Aborted by close(): ends delays that would otherwise outlive the server. */
    closing: AbortSignal;
    log: (line: string) => void;
}
export declare function redactUrl(url: string): string;
export declare function exchange(app: MockApp, hooks: ExchangeHooks, req: IncomingMessage, res: ServerResponse): Promise<void>;
