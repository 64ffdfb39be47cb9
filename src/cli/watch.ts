import { watch as watchFs, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { CONFIG_NAME } from '../config/config.js';
import { build, type BuildOptions, type BuildResult } from '../index.js';
import { templatesDir } from '../paths.js';

export interface WatchOptions {
  build: BuildOptions;
  /** Serve the output folder on this loopback port (0: any free port), reloading pages after each build. */
  serve?: number;
  /** Called after every build with its result (the CLI prints diagnostics and a summary). */
  onBuild: (result: BuildResult) => Promise<void> | void;
  onReady: (message: string) => void;
}

const RELOAD = '<script>new EventSource("/__privnote/events").onmessage = () => location.reload();</script>';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.pdf': 'application/pdf' };

/**
 * Builds, then rebuilds whenever a notice, a config file or a template changes (the build cache keeps that to the
 * documents affected). Resolves with a stop function.
 */
export async function watch(inputs: string[], options: WatchOptions): Promise<() => Promise<void>> {
  const clients = new Set<ServerResponse>();
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const rebuild = () => {
    running = running.then(async () => {
      await options.onBuild(await build(inputs, options.build));
      for (const client of clients) client.write('data: reload\n\n');
    });
    return running;
  };
  await rebuild();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  const dirs = new Set<string>();
  for (const input of inputs) dirs.add((await stat(input)).isDirectory() ? resolve(input) : dirname(resolve(input)));
  const watchers: FSWatcher[] = [...dirs].map((dir) =>
    watchFs(dir, (_, name) => {
      if (name && (/\.ya?ml$/i.test(name) || name === CONFIG_NAME)) schedule();
    }),
  );
  watchers.push(watchFs(templatesDir, { recursive: true }, schedule));

  let close = async () => {};
  if (options.serve !== undefined) {
    const root = resolve(options.build.outDir ?? 'out');
    const server = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/__privnote/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
      }
      const path = resolve(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root + sep)) return void response.writeHead(403).end();
      try {
        let body: Buffer | string = await readFile(path);
        if (extname(path) === '.html') body = body.toString('utf8').replace('</body>', `${RELOAD}</body>`);
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end('niet gevonden');
      }
    });
    await new Promise<void>((ready) => server.listen(options.serve, '127.0.0.1', ready));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.serve;
    options.onReady(`serving ${root} on http://127.0.0.1:${port}/`);
    close = () => new Promise((done) => {
      for (const client of clients) client.end();
      server.close(() => done());
    });
  }
  options.onReady(`watching ${[...dirs].join(', ')} and the templates; Ctrl+C stops`);
  return async () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    await running;
    await close();
  };
}
