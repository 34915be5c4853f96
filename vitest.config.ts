import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hours are computed in zones we control; the process runs in UTC, as bin/ sets it.
    env: { TZ: 'UTC', FORCE_COLOR: '0' },
    testTimeout: 20000,
    pool: 'forks',
  },
  define: { __VERSION__: JSON.stringify('0.0.0-test') },
});
