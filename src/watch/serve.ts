import { createServer, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { readRegularFile } from '../load/read.js';
import { msg } from '../messages/message.js';

const RELOAD = '<script>new EventSource("/__privnote/events").onmessage = () => location.reload();</script>';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.pdf': 'application/pdf' };
/** Outputs are notices: far smaller than this. */
const MAX_SERVED_BYTES = 256 * 1024 * 1024;

/** The file a request asks for inside `root`, or undefined for a request that is malformed or reaches outside it. */
function fileFor(root: string, url: string | undefined): string | undefined {
  try {
    const path = resolve(join(root, decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)));
    return path.startsWith(root + sep) && !path.includes('\0') ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the output folder on loopback only, with live reload: each HTML page listens for a reload event, sent after
 * every build. A bad request gets a 400, never an exception; only regular files are served (a FIFO would hang the
 * request, a link could lead outside the folder); a port that cannot be used is a usage error.
 */
export async function serve(folder: string, port: number) {
  const root = resolve(folder);
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    try {
      if (request.url === '/__privnote/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
      }
      const path = fileFor(root, request.url);
      if (!path) return void response.writeHead(400).end('ongeldige vraag');
      let body: Buffer | string;
      try {
        body = readRegularFile(path, { maxBytes: MAX_SERVED_BYTES, followLinks: false });
      } catch {
        return void response.writeHead(404).end('niet gevonden');
      }
      if (extname(path) === '.html') body = body.toString('utf8').replace('</body>', `${RELOAD}</body>`);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  server.on('clientError', (_, socket) => socket.destroy());
  await new Promise<void>((ready, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new UsageError(error.code === 'EADDRINUSE' ? msg('cli.port-in-use', { port: String(port) }) : msg('cli.cannot-serve', { port: String(port), reason: error.message }))),
    );
    server.listen(port, '127.0.0.1', ready);
  });
  // After it started, a server error (too many open files, say) must not end watching.
  server.on('error', () => {});
  const address = server.address();
  return {
    root,
    port: typeof address === 'object' && address ? address.port : port,
    reload: () => {
      for (const client of clients) client.write('data: reload\n\n');
    },
    close: () =>
      new Promise<void>((done) => {
        for (const client of clients) client.end();
        server.close(() => done());
      }),
  };
}
