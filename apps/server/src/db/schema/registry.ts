// Drizzle tables of the registry: units, accounts, filings, announcements and findings (REG-1…REG-4).
import { sql } from 'drizzle-orm';
import { date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  shortName: text('short_name'),
  level: text('level').notNull(),
  kind: text('kind').notNull(),
  parentId: uuid('parent_id'),
  path: text('path').notNull(),
  duties: text('duties'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id').notNull(),
  platform: text('platform').notNull(),
  name: text('name').notNull(),
  handle: text('handle'),
  url: text('url'),
  urlKey: text('url_key'),
  certification: text('certification'),
  operatorKind: text('operator_kind').notNull().default('in_house'),
  operatorName: text('operator_name'),
  operatorContractEnd: date('operator_contract_end', { mode: 'string' }),
  licence: text('licence'),
  services: text('services')
    .array()
    .notNull()
    .default(sql`'{}'`),
  openedOn: date('opened_on', { mode: 'string' }),
  duplicateReason: text('duplicate_reason'),
  status: text('status').notNull().default('pending'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const filings = pgTable('filings', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
  reason: text('reason'),
  effectiveDate: date('effective_date', { mode: 'string' }),
  source: text('source').notNull().default('console'),
  submittedBy: uuid('submitted_by'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionNote: text('decision_note'),
});

export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull(),
  filingId: uuid('filing_id'),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

export const registryFindings = pgTable('registry_findings', {
  key: text('key').primaryKey(),
  rule: text('rule').notNull(),
  severity: text('severity').notNull(),
  message: text('message').notNull(),
  unitIds: uuid('unit_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  accountIds: uuid('account_ids')
    .array()
    .notNull()
    .default(sql`'{}'`),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
});
