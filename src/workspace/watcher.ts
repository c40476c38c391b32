import { watch as chokidar } from "chokidar";
import type { Workspace } from "./workspace";
import { exercisesDir } from "./workspace";

export interface WatchOptions {
  /** Wait until saves have been quiet this long, then report once (editors write in bursts). */
  quietMs?: number;
  /** Poll the files instead of asking the OS (network drives, WSL's /mnt, some containers). */
  poll?: boolean;
  /** Called once the watcher has seen every file and is listening. */
  onReady?: () => void;
}

/**
 * Calls `onChange` once per burst of saves of a .ts file under the workspace's exercises/. It uses
 * chokidar rather than Node's recursive fs.watch, which on Linux loses a file after a save that
 * replaces it (vim, VS Code's safe write, sed -i): rename-saves, atomic writes and files deleted
 * and made again are all seen, and --poll covers file systems that send no events at all.
 */
export function watchExercises(ws: Workspace, onChange: (file: string) => void, options: WatchOptions = {}): () => Promise<void> {
  const quietMs = options.quietMs ?? 80;
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  const watcher = chokidar(exercisesDir(ws), {
    ignoreInitial: true,
    usePolling: options.poll ?? false,
    interval: 200,
    binaryInterval: 1000,
    // A temp file renamed over the old one is one "change" of the file, not an unlink and an add.
    atomic: true,
    ignored: (path, stats) => Boolean(stats?.isFile() && !path.endsWith(".ts")),
  });
  const fire = (path: string) => {
    if (!path.endsWith(".ts")) return;
    last = path;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(last), quietMs);
  };
  watcher.on("add", fire).on("change", fire);
  watcher.on("error", () => {}); // a vanished folder or a permission error must not end the watch
  if (options.onReady) watcher.on("ready", options.onReady);
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
}
