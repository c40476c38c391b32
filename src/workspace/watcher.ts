import { watch, type FSWatcher } from "node:fs";
import type { Workspace } from "./workspace";
import { exercisesDir } from "./workspace";

/**
 * Calls `onChange` once per burst of saves under the workspace's exercises/ (editors often write
 * a file several times in a row: wait until it has been quiet for `quietMs`).
 */
export function watchExercises(ws: Workspace, onChange: (file: string) => void, quietMs = 120): () => void {
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  const watcher: FSWatcher = watch(exercisesDir(ws), { recursive: true }, (_event, file) => {
    if (!file || !String(file).endsWith(".ts")) return;
    last = String(file);
    clearTimeout(timer);
    timer = setTimeout(() => onChange(last), quietMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
