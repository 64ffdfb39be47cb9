import { readdirSync, statSync, watch as watchFs, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../build.js';
import { CONFIG_NAME } from '../config/config.js';
import { packageRoot, templatesDir } from '../paths.js';
import { serve } from './serve.js';
import { msg, type Message } from '../messages/message.js';
import { UsageError } from '../errors.js';

export interface WatchOptions {
  build: BuildOptions;
  /** Serve the output folder on this loopback port (0: any free port), reloading pages after each build. */
  serve?: number;
  /** Called after every build with its result (the CLI prints diagnostics and a summary). */
  onBuild: (result: BuildResult) => Promise<void> | void;
  /** A build that could not run at all (an input removed, a folder emptied): watching goes on. */
  onError: (error: Error) => void;
  onReady: (message: Message) => void;
}

/**
 * Builds, then rebuilds whenever a notice, a config file, a template, a text or the schema changes. Each build reads
 * privnote's templates, texts and schema again (and compiles only what changed), and the build cache keeps the work
 * to the documents affected. Resolves with a stop function.
 */
export async function watch(inputs: string[], options: WatchOptions): Promise<() => Promise<void>> {
  let reload = () => {};
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const rebuild = () => {
    running = running.then(async () => {
      try {
        const result = await build(inputs, options.build);
        watchProject(result);
        await options.onBuild(result);
        reload();
      } catch (error) {
        options.onError(error as Error);
      }
    });
    return running;
  };

  // Directories are watched, not files: an editor's atomic save or a git checkout replaces the file itself.
  const dirs = new Set<string>();
  for (const input of inputs) dirs.add(isDirectory(input) ? resolve(input) : dirname(resolve(input)));
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  const watchers: FSWatcher[] = [];
  const watched = new Set<string>();
  let stopped = false;
  const watchDir = (dir: string, relevant: (name: string) => boolean) => {
    if (stopped || watched.has(dir)) return;
    watched.add(dir);
    try {
      const watcher = watchFs(dir, (_, name) => {
        if (!name || relevant(name)) schedule();
      });
      // A watched folder that disappears ends its watcher, not privnote (one made again is watched after the next build).
      watcher.on('error', (error) => {
        watched.delete(dir);
        options.onError(new UsageError(msg('watch.folder-gone', { dir, reason: error.message })));
      });
      watchers.push(watcher);
    } catch (error) {
      options.onError(new UsageError(msg('watch.cannot-watch', { dir, reason: (error as Error).message })));
    }
  };
  for (const dir of dirs) watchDir(dir, (name) => /\.ya?ml$/i.test(name) || name === CONFIG_NAME);
  // Each template folder by itself: a recursive watcher starts watching the folders inside only some time after it
  // returns (Linux), and a template saved meanwhile would go unnoticed.
  for (const dir of foldersIn(templatesDir)) watchDir(dir, () => true);
  watchDir(resolve(packageRoot, 'schemas'), () => true);
  /**
   * What the last build read of each project: its config file (also one above the inputs' folders) and the template
   * folder it names, with every folder inside (one made since, `md/partials` say, is watched from the next build on).
   */
  function watchProject({ projectFiles }: BuildResult) {
    for (const config of projectFiles?.configs ?? []) watchDir(dirname(resolve(config)), (name) => name === CONFIG_NAME);
    for (const dir of projectFiles?.templates ?? []) for (const folder of foldersIn(resolve(dir))) watchDir(folder, () => true);
  }

  let stopServer = async () => {};
  try {
    await rebuild();
    if (options.serve !== undefined) {
      const server = await serve(resolve(options.build.outDir ?? 'out'), options.serve);
      reload = server.reload;
      stopServer = server.close;
      options.onReady(msg('summary.serving', { root: server.root, url: `http://127.0.0.1:${server.port}/` }));
    }
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    throw error;
  }
  options.onReady(msg('summary.watching', { dirs: [...dirs].join(', ') }));
  return async () => {
    clearTimeout(timer);
    stopped = true;
    for (const watcher of watchers) watcher.close();
    await running;
    await stopServer();
  };
}

/** A folder and every folder inside it. */
function foldersIn(dir: string): string[] {
  try {
    return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((entry) => foldersIn(join(dir, entry.name)))];
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
