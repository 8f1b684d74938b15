// The job pool's worker threads start here. The jobs are TypeScript under services/ and lib/, shared with the web
// server and the command line, so the worker compiles them on load with tsx (a dependency of `npm start` already).
import { register } from "tsx/esm/api";

register();
const { runJobTask } = await import("./run-job-task.ts");

export default runJobTask;
