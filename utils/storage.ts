/**
 * Every stored value, defined once with a version, validated with zod on every read. A value
 * that does not validate (corrupt, or written by a newer version) is kept as a backup, replaced
 * by its default, and a notice tells the user.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { reportSnapshotsSchema, type ReportSnapshot } from './report-snapshots';
import type { z } from 'zod';
import {
  customPlatformsSchema,
  DEFAULT_SETTINGS,
  letterDraftsSchema,
  progressSchema,
  settingsSchema,
  siteUiSchema,
  type CustomPlatforms,
  type LetterDrafts,
  type Progress,
  type Settings,
  type SiteUi,
} from './user-data';

export interface ValidatedItem<T> {
  name: string;
  version: number;
  schema: z.ZodType<T>;
  fallback: () => T;
  item: WxtStorageItem<T, { v: number }>;
}

/** Each item moves on its own: its version, and migrations keyed by the version they produce. */
export interface ItemVersioning {
  version: number;
  migrations: Record<number, (previous: unknown) => unknown>;
}

/**
 * Migrations run forward, one version at a time, when an older value is read (WXT's storage
 * items); what comes out is validated like any other read. Version 1 is the first released shape.
 */
export function defineValidated<T>(
  name: string,
  schema: z.ZodType<T>,
  fallback: () => T,
  { version, migrations }: ItemVersioning = { version: 1, migrations: {} },
): ValidatedItem<T> {
  const item = storage.defineItem<T, { v: number }>(`local:${name}`, {
    fallback: fallback(),
    version,
    migrations: migrations as Record<number, (value: unknown) => T>,
  });
  return { name, version, schema, fallback, item };
}

/**
 * Settings v2: the sidebar's start gained "auto" (expanded on warnings and withdrawal-flow pages,
 * the edge tab elsewhere), the new default. Version 1's default was "expanded", which nearly
 * everyone had without choosing it: it becomes "auto"; "collapsed" was a choice and stays.
 */
export function migrateSettingsV1(previous: unknown): unknown {
  if (typeof previous !== 'object' || previous === null || Array.isArray(previous)) return previous;
  const v1 = previous as Record<string, unknown>;
  return v1.sidebarDefault === 'expanded' ? { ...v1, sidebarDefault: 'auto' } : v1;
}

export const SETTINGS_VERSIONING: ItemVersioning = { version: 2, migrations: { 2: migrateSettingsV1 } };
export const settingsItem = defineValidated<Settings>('settings', settingsSchema, () => ({ ...DEFAULT_SETTINGS }), SETTINGS_VERSIONING);
export const progressItem = defineValidated<Progress>('progress', progressSchema, () => ({}));
export const siteUiItem = defineValidated<SiteUi>('site-ui', siteUiSchema, () => ({}));
/** Platforms the user added that the rules do not list. */
export const customPlatformsItem = defineValidated<CustomPlatforms>('custom-platforms', customPlatformsSchema, () => ({}));

/** Request letters the user saved as drafts; nothing typed is kept otherwise. */
export const letterDraftsItem = defineValidated<LetterDrafts>('letter-drafts', letterDraftsSchema, () => ({}));

/** The credit-report reader's saved results (derived records only: utils/report-snapshots.ts). */
export const reportSnapshotsItem = defineValidated<ReportSnapshot[]>('report-snapshots', reportSnapshotsSchema, () => []);

export interface StorageNotice {
  at: string;
  item: string;
  backupKey: string;
  reason: string;
}

const noticesItem = storage.defineItem<StorageNotice[]>('local:notices', { fallback: [] });

/** Reads an item; a value that fails validation is backed up and replaced by the default. */
export async function readItem<T>(entry: ValidatedItem<T>): Promise<T> {
  const [raw, meta] = await Promise.all([entry.item.getValue(), entry.item.getMeta()]);
  const storedVersion = typeof meta.v === 'number' ? meta.v : 1;
  const parsed = entry.schema.safeParse(raw);
  if (parsed.success && storedVersion <= entry.version) return parsed.data;
  const reason =
    storedVersion > entry.version
      ? `written by a newer version (v${storedVersion})`
      : parsed.error!.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`)
          .join('; ');
  await quarantine(entry, raw, reason);
  return entry.fallback();
}

async function quarantine<T>(entry: ValidatedItem<T>, raw: unknown, reason: string): Promise<void> {
  const at = new Date().toISOString();
  const backupKey = `local:backup:${entry.name}:${at}` as const;
  await storage.setItem(backupKey, raw);
  await entry.item.setValue(entry.fallback());
  await entry.item.setMeta({ v: entry.version });
  const notices = (await noticesItem.getValue()) ?? [];
  await noticesItem.setValue([...notices.slice(-19), { at, item: entry.name, backupKey, reason }]);
}

/** Validates before writing: a bug cannot store a value the next read would throw away. */
export async function writeItem<T>(entry: ValidatedItem<T>, value: T): Promise<void> {
  await entry.item.setValue(entry.schema.parse(value));
  // The value is of this version: a later start must not migrate it again (after a wipe or an
  // import the version mark would otherwise be missing, which reads as version 1).
  await entry.item.setMeta({ v: entry.version });
}

/** The updates of each item, one after another (see updateItem). */
const queues = new Map<string, Promise<unknown>>();

/**
 * Reads, changes and writes back one item. Updates of one item run one after another, so two
 * requests that arrive together (the sidebar's answer and the popup's tick) both land: each
 * reads what the other wrote. The background is the only caller.
 */
export function updateItem<T>(entry: ValidatedItem<T>, change: (current: T) => T): Promise<T> {
  const previous = queues.get(entry.name) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    const next = change(await readItem(entry));
    await writeItem(entry, next);
    return next;
  });
  queues.set(entry.name, run);
  return run;
}

export async function readNotices(): Promise<StorageNotice[]> {
  const value = await noticesItem.getValue();
  return Array.isArray(value) ? value : [];
}

export async function dismissNotices(): Promise<void> {
  await noticesItem.setValue([]);
}
