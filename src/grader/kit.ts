/** Everything a hidden spec imports: one module, so specs read alike. */
export { defineSpec, fixed, random, throws, type Tier, type Spec, type Case, type Check, type CheckContext, type Args, type Diagnosis, type JudgedCase, type Plot, type Complexity } from "./spec";
export * as detect from "./diagnoses";
export * as arb from "./arbitraries";
export { fc } from "./arbitraries";
export * as expect from "./numeric";
export { Mismatch, tolerance } from "./numeric";
export type { Matrix, Vector } from "./linalg";
export * as linalg from "./linalg";
