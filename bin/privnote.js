#!/usr/bin/env node
// Thin shell: wires the process to the CLI's main(), from the one bundled file `npm run build` makes.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeCacheDir, loadCached } from '../dist/src/cli/start.js';

const { argv, stdout, stderr } = process;
const debug = argv.includes('--debug');
const bundle = fileURLToPath(new URL('../dist/privnote.cjs', import.meta.url));
// --debug: traces point at src/ (source maps cost start-up time, and V8's cache has no place for them).
if (debug) process.setSourceMapsEnabled(true);
// Each command compiles other code: its own cache. A word that is no command (a typo) shares one.
const command = /^[a-z]{1,10}$/.test(argv[2] ?? '') ? argv[2] : '';
const loaded = debug ? { exports: createRequire(import.meta.url)(bundle), save: () => {} } : loadCached(bundle, codeCacheDir(), command);
const { main } = loaded.exports;

// A reader that stops early (`privnote render x.yaml | head`) is not an error.
for (const stream of [stdout, stderr]) stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 2));
try {
  process.exitCode = await main({ argv: argv.slice(2), stdout, stderr });
} catch (error) {
  stderr.write(debug ? `${error.stack}\n` : `privnote: internal error: ${error.message}\n`);
  process.exitCode = 2;
}
loaded.save();
