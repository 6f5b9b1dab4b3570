import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/renderer/**/*.test.ts',
    ],
    environment: 'node',
    // Native SQLite and real sockets: separate processes keep each file's resources apart.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
