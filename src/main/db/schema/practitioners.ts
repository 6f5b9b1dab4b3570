import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The clinic's practitioners, who unlock the app and sign records. Never deleted (signatures and
 * audit entries point at them): a practitioner who leaves is deactivated. The PIN or password is
 * kept only as an scrypt hash with its salt and cost (see services/unlock-secret.ts).
 */
export const practitioners = sqliteTable('practitioners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  profession: text('profession').notNull(),
  registrationNumber: text('registration_number'),
  secretKind: text('secret_kind', { enum: ['pin', 'password'] }).notNull(),
  secretHash: text('secret_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
