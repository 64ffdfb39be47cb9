// Bundles the CLI (dist/privnote.cjs) and the build worker (dist/worker.cjs) at `npm run build`, after tsc and the
// precompile scripts: one file each, so a run resolves and reads no modules to start. bin/privnote.js loads the CLI.
// Dependencies that only some commands need (a browser, Word and PDF libraries, worker threads) stay outside, required
// when used; the source maps let `--debug` traces point at src/.
import { build } from 'esbuild';

// parse5 is inside: an ES module only, which Node before 20.19 cannot require.
const external = ['puppeteer', 'mammoth', 'pdf-lib', 'piscina', 'hyphen'];

/** src/precompiled.ts as the bundle has it: the generated files inside, not looked up on disk. */
const precompiledInside = {
  name: 'precompiled-inside',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]precompiled\.ts$/ }, () => ({
      loader: 'js',
      contents: `const made = {
        'validate-notice': () => require('../dist/generated/validate-notice.cjs'),
        templates: () => require('../dist/generated/templates.cjs'),
        texts: () => require('../dist/generated/texts.cjs'),
      };
      export const precompiled = (name) => made[name]();`,
    }));
  },
};

await build({
  entryPoints: { privnote: 'src/cli/main.ts', worker: 'src/worker/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  plugins: [precompiledInside],
  // A script V8 takes from its code cache has lost its import() (Node 20): packages loaded on demand are required.
  supported: { 'dynamic-import': false },
  // The bundle's own location stands for import.meta.url: paths.ts finds the package root from it.
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller to read and to cache; names stay, so a trace without --debug still says which function.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
