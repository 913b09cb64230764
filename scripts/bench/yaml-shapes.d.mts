/** One adversarial cloudcast file shape: see yaml-shapes.mjs. */
export interface YamlShape {
  reader: "cloudcast" | "fast";
  name: string;
  unit: string;
  /** The n the complexity check starts from; it times n and 2n. */
  size: number;
  /** Reads per timed run. */
  repeat?: number;
  make(n: number): string;
}

export declare const YAML_SHAPES: readonly YamlShape[];
