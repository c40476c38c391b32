/** A grading pool's worker thread: runs the jobs it is sent, one at a time (see pool.ts). */
import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./jobs";

parentPort!.on("message", async ({ id, job }: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: await runJob(job) });
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split("\n")[0];
    parentPort!.postMessage({ id, ok: false, message });
  }
});
