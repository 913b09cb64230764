import type { Fault, MockFaults } from "./types.js";
/**
 * The queue behind `MockServer.faults`. Each request takes at most one fault: the first queued
 * one that matches it; a fault is dropped once it has been taken `times` times.
 */
export declare class FaultQueue implements MockFaults {
    #private;
    add(fault: Fault): void;
    clear(): void;
    pending(): number;
    /** The fault for a request with this method and path (no query), used up by one. */
    take(method: string, path: string): Fault | undefined;
}
