// Every generated picture in a lesson is exactly what its figure module draws from the reference
// code today (npm run figures rewrites them).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBuiltinCourse } from "../src/course/builtin";
import { parseFigures, renderFigures, staleFigures } from "../src/course/figures";

const course = loadBuiltinCourse();

describe("lesson figures", () => {
  for (const topic of course.topics) {
    const lesson = readFileSync(join(course.root, topic.lesson), "utf8");
    const module = join(course.root, topic.lesson.replace(/\.md$/, ".figures.ts"));
    if (!existsSync(module)) {
      it(`${topic.id}: no figure blocks without a figure module`, () => expect(parseFigures(lesson).map((f) => f.name)).toEqual([]));
      continue;
    }
    it(`${topic.id}: every figure is what the reference code draws`, async () => {
      const draw = (await import(pathToFileURL(module).href)).default as Record<string, () => string>;
      expect(staleFigures(lesson, draw)).toEqual([]);
    });
  }
});

describe("figure blocks", () => {
  const md = "# t\n\n```text figure ship\nold\n```\n\ntext\n\n```text figure sq\n```\n";
  it("are parsed with their names", () => expect(parseFigures(md).map((f) => [f.name, f.text])).toEqual([["ship", "old"], ["sq", ""]]));
  it("are rewritten by their generators, and stale ones named", () => {
    const draw = { ship: () => "new  \n", sq: () => "[]" };
    expect(staleFigures(md, draw)).toEqual(['line 3: figure "ship" is not what its generator draws (run npm run figures)', 'line 9: figure "sq" is not what its generator draws (run npm run figures)']);
    const fresh = renderFigures(md, draw);
    expect(fresh).toBe("# t\n\n```text figure ship\nnew\n```\n\ntext\n\n```text figure sq\n[]\n```\n");
    expect(staleFigures(fresh, draw)).toEqual([]);
  });
});
