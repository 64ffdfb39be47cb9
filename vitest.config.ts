import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ (the executable, the workers, the precompiled schema and templates) is built once, when stale.
    globalSetup: ['test/global-setup.ts'],
    // Build caches of outputs in temporary folders go here, not into the home folder.
    env: { XDG_CACHE_HOME: join(tmpdir(), 'privnote-test-cache') },
    // The few end-to-end tests spawn processes and a browser; a slow CI machine needs room.
    testTimeout: 60_000,
    // Many tests wait on a child process or a browser: two files at a time use a two-core machine better.
    maxWorkers: 2,
    // The files share their workers' loaded modules (as a long-running watch does): no per-file re-import.
    isolate: false,
    hookTimeout: 60_000,
  },
});
