/** Limits an exercise gets when its manifest entry sets none. */

/** One call of a learner function on a hidden case's input (ms). */
export const DEFAULT_TIME_LIMIT_MS = 1000;
/** All calls of one exercise together (ms). */
export const DEFAULT_BUDGET_MS = 10_000;
/** Heap of the worker that runs the learner's code (MB). */
export const DEFAULT_MEMORY_LIMIT_MB = 256;
