/** LATUTOR_TIMING=1 prints how long each phase of a command took (stderr), for start-up work. */
const enabled = Boolean(process.env.LATUTOR_TIMING);
const marks: [string, number][] = [];

export function mark(label: string): void {
  if (enabled) marks.push([label, performance.now()]);
}

export function reportTimings(): void {
  if (!enabled || marks.length === 0) return;
  let last = 0;
  for (const [label, at] of marks) {
    process.stderr.write(`${at.toFixed(1).padStart(8)} ms  (+${(at - last).toFixed(1).padStart(6)})  ${label}\n`);
    last = at;
  }
}
