import { defineConfig } from 'drizzle-kit';

// drizzle-kit writes the SQL migrations that the app applies at start; they are committed.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/db/schema/index.ts',
  out: './src/main/db/migrations',
});
