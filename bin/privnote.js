#!/usr/bin/env node
// Thin shell: wires the process to the CLI's main(). Everything else lives in the library.
import { main } from '../dist/src/cli/main.js';

const { argv, stdout, stderr } = process;
// A reader that stops early (`privnote render x.yaml | head`) is not an error.
for (const stream of [stdout, stderr]) stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 2));
try {
  process.exitCode = await main({ argv: argv.slice(2), stdout, stderr });
} catch (error) {
  stderr.write(argv.includes('--debug') ? `${error.stack}\n` : `privnote: internal error: ${error.message}\n`);
  process.exitCode = 2;
}
