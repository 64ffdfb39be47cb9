import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ (the executable, the workers, the precompiled schema and templates) is built once, when stale.
    globalSetup: ['test/global-setup.ts'],
    // The few end-to-end tests spawn processes and a browser; a slow CI machine needs room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
