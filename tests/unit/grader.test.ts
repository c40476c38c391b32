import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLearnerFile } from "../../src/grader/compile";
import { course, exercise, gradeSource, reference, scratch } from "../support/grade-file";

const gradeFile = gradeSource;

describe("compiling learner files", () => {
  it("refuses libraries, Node built-ins and files outside the workspace", async () => {
    for (const spec of ["mathjs", "node:fs", "fs", "../../../solutions/01-vectors/norms"]) {
      const root = scratch({ "01-vectors/a.ts": `import * as x from ${JSON.stringify(spec)};\nexport const y = x;\n` });
      const r = await compileLearnerFile({ entry: join(root, "exercises/01-vectors/a.ts"), allowedRoot: join(root, "exercises"), displayRoot: root });
      expect(r.ok, spec).toBe(false);
      if (!r.ok) expect(["import-refused", "not-found"]).toContain(r.problem.kind);
    }
  });

  it("allows the learner's own files and the helper module", async () => {
    const root = scratch({ "helpers.ts": "export const two = 2;\n", "01-vectors/a.ts": 'import { two } from "../helpers";\nimport { b } from "./b";\nexport const y = two + b;\n', "01-vectors/b.ts": "export const b = 1;\n" });
    const r = await compileLearnerFile({ entry: join(root, "exercises/01-vectors/a.ts"), allowedRoot: join(root, "exercises"), displayRoot: root });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.inputs).toHaveLength(3);
  });

  it("shows a syntax error with file:line:column and a code frame", async () => {
    const root = scratch({ "01-vectors/a.ts": "export function f() {\n  return 1 +;\n}\n" });
    const r = await compileLearnerFile({ entry: join(root, "exercises/01-vectors/a.ts"), allowedRoot: join(root, "exercises"), displayRoot: root });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatchObject({ kind: "syntax", file: "exercises/01-vectors/a.ts", line: 2 });
      expect(r.problem.frame).toContain("> 2 |   return 1 +;");
    }
  });

  it("reuses a cached compilation until a file that went into it changes", async () => {
    const root = scratch({ "01-vectors/a.ts": 'import { b } from "./b";\nexport const y = b;\n', "01-vectors/b.ts": "export const b = 1;\n" });
    const options = { entry: join(root, "exercises/01-vectors/a.ts"), allowedRoot: join(root, "exercises"), displayRoot: root, cacheFile: join(root, ".latutor/cache/a.json") };
    expect((await compileLearnerFile(options)).ok).toBe(true);
    const again = await compileLearnerFile(options);
    expect(again.ok && again.cached).toBe(true);
    writeFileSync(join(root, "exercises/01-vectors/b.ts"), "export const b = 2;\n");
    const changed = await compileLearnerFile(options);
    expect(changed.ok && changed.cached).toBe(false);
    expect(changed.ok && changed.code).toContain("2");
  });
});

describe("grading", () => {
  it("passes the reference solution and fails the untouched stub", async () => {
    const good = await gradeFile("norms", reference("norms"));
    expect(good.passed).toBe(true);
    expect(good.score).toBe(1);
    const stub = await gradeFile("norms", readFileSync(join(course.root, exercise("norms").stub), "utf8"));
    expect(stub.passed).toBe(false);
    expect(stub.cases[0].message).toMatch(/not implemented yet/);
  });

  it("shrinks a failing random input to a small one", async () => {
    // Wrong only when a vector has 3 or more entries: the shrunk case should have exactly 3.
    const wrong = reference("vector-arithmetic").replace("return a.map((ai, i) => ai + b[i]);", "return a.map((ai, i) => (i >= 2 ? ai - b[i] : ai + b[i]));");
    const r = await gradeFile("vector-arithmetic", wrong);
    const c = r.cases.find((x) => x.name === "add random vectors")!;
    expect(c.passed).toBe(false);
    expect((c.input![0] as number[]).length).toBe(3);
    expect(c.shrinks).toBeGreaterThan(0);
  });

  it("is reproducible from the seed", async () => {
    const wrong = reference("vector-arithmetic").replace("sum += a[i] * b[i];", "sum += a[i] * b[i] + (a[i] > 5 ? 1 : 0);");
    const [r1, r2] = [await gradeFile("vector-arithmetic", wrong, 99), await gradeFile("vector-arithmetic", wrong, 99)];
    expect(r1.cases.map((c) => c.input)).toEqual(r2.cases.map((c) => c.input));
  });

  it("catches a function that changes its input", async () => {
    const mutating = reference("similarity-search").replace("const scored = items.map(", "items.reverse(); items.reverse(); query[0] = query[0] * 1 + 0; items.sort(() => 0); const scored = items.map(");
    const sneaky = mutating.replace("query[0] = query[0] * 1 + 0;", "if (query.length) query[0] += 1;");
    const r = await gradeFile("similarity-search", sneaky);
    expect(r.passed).toBe(false);
    expect(r.cases.find((c) => !c.passed)!.message).toMatch(/changed its 1st argument \(query\)/);
  });

  it("fails the naive 2-norm on huge entries", async () => {
    const naive = reference("norms").replace(/export function norm2[\s\S]*?\n}\n/, "export function norm2(v: Vector): number { return Math.sqrt(v.reduce((s, x) => s + x * x, 0)); }\n");
    const r = await gradeFile("norms", naive);
    expect(r.cases.find((c) => c.name === "norm2 with huge entries")!.passed).toBe(false);
    expect(r.cases.find((c) => c.name === "norm2 of [3, 4]")!.passed).toBe(true);
  });

  it("fails an unclamped angle on parallel vectors", async () => {
    const src = `export function project(u: number[], v: number[]) { const c = u.reduce((s, x, i) => s + x * v[i], 0) / v.reduce((s, x) => s + x * x, 0); if (!isFinite(c)) throw new Error("zero"); return v.map((x) => c * x); }
export function reject(u: number[], v: number[]) { const p = project(u, v); return u.map((x, i) => x - p[i]); }
export function angleBetween(a: number[], b: number[]) { if (a.length !== b.length) throw new Error("len"); const d = a.reduce((s, x, i) => s + x * b[i], 0); const na = Math.hypot(...a), nb = Math.hypot(...b); if (!na || !nb) throw new Error("zero"); return Math.acos(d / (na * nb)); }`;
    const r = await gradeFile("projection", src);
    const parallel = r.cases.find((c) => c.name === "parallel vectors")!;
    expect(parallel.passed).toBe(false);
    expect(parallel.message).toMatch(/NaN/);
  });

  it("stops a file whose top-level code never finishes", async () => {
    const started = Date.now();
    const r = await gradeFile("cosine-similarity", "while (true) {}\nexport function cosineSimilarity(a: number[], b: number[]): number { return 1; }\n");
    expect(r.problem).toMatchObject({ kind: "load-timeout" });
    expect(r.cases.every((c) => !c.passed)).toBe(true);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it("a submission that exits early does not pass", async () => {
    const r = await gradeFile("cosine-similarity", "export function cosineSimilarity(a: number[], b: number[]): number { process.exit(0); return 0; }\n");
    expect(r.passed).toBe(false);
    expect(r.score).toBe(0);
  });

  it("patching Math or Array in the learner's realm cannot fool the comparison", async () => {
    const r = await gradeFile(
      "cosine-similarity",
      `(Math as any).abs = () => 0; (Number as any).isFinite = () => true; (Array.prototype as any).every = () => true; (Object as any).is = () => true;
export function cosineSimilarity(a: number[], b: number[]): number { return 0.5; }\n`,
    );
    expect(r.passed).toBe(false);
    expect(r.score).toBeLessThan(0.5);
  });
});
