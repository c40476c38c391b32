import { readFileSync } from "node:fs";
import type { Exercise } from "../course/course";
import { isSmallFile } from "../grader/compile";
import { exampleExpression } from "./try-expression";
import { exerciseFile, type Workspace } from "./workspace";

/** A call from the exercise's stub comments to try (`norm2([3, -4])`), read from the learner's file. */
export function tryExample(ws: Workspace, exercise: Exercise): string | undefined {
  const file = exerciseFile(ws, exercise);
  return isSmallFile(file, 1_000_000) ? exampleExpression(readFileSync(file, "utf8"), exercise.exports) : undefined;
}
