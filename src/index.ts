// The action's entry point. Kept tiny on purpose: the pipeline and its dependencies are loaded
// on demand by run(), so a run with nothing to do starts fast.
import { run } from "./main.js";

await run();
