// A vitest reporter for `npm run test:faults`: after the run, one line for the whole catalogue,
// "fault suite: N faults tried, N survived", counted from the tests that try a fault (those that
// faultArea declares: they carry meta.fault). A fault that failed, or never ran, was not survived.
import type { Reporter, TestModule } from "vitest/node";

export default class FaultSummary implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let tried = 0;
    let survived = 0;
    const lost: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (!test.meta().fault) continue;
        const state = test.result().state;
        // Left out by a filter (-t): not tried. Skipped because the file's set-up failed: lost.
        if ((state === "skipped" || state === "pending") && module.state() !== "failed") continue;
        tried++;
        if (test.result().state === "passed") survived++;
        else lost.push(`  not survived: ${test.meta().fault}: ${test.name}`);
      }
    }
    process.stderr.write(`\nfault suite: ${tried} faults tried, ${survived} survived\n${lost.join("\n")}${lost.length ? "\n" : ""}`);
  }
}
