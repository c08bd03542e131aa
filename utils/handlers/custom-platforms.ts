/**
 * The one writer of custom platforms ("my platform is not listed") and of request-letter
 * drafts. A custom entry is a name the user typed, under an id the background picks; its
 * progress lives in `progress` like a rule's. A draft is written only when the user saves one.
 */
import { cleanPlatformName, newCustomPlatformId } from '../../rules/custom-platform';
import { customPlatformsItem, letterDraftsItem, progressItem, readItem, updateItem } from '../storage';
import { newPlatformProgress } from '../user-data';
import type { Handler } from './router';

/** Custom entries kept at most (the stored schema's bound). */
export const MAX_CUSTOM_PLATFORMS = 200;

export async function isCustomPlatform(platformId: string): Promise<boolean> {
  const custom = await readItem(customPlatformsItem);
  return Object.hasOwn(custom, platformId);
}

export const addCustomPlatform: Handler<'add-custom-platform'> = async ({ name }) => {
  const clean = cleanPlatformName(name);
  if (!clean) throw new Error('empty platform name');
  const id = newCustomPlatformId();
  const now = new Date();
  await updateItem(customPlatformsItem, (custom) => {
    if (Object.keys(custom).length >= MAX_CUSTOM_PLATFORMS) throw new Error(`at most ${MAX_CUSTOM_PLATFORMS} custom platforms`);
    return { ...custom, [id]: { name: clean, createdAt: now.toISOString() } };
  });
  await updateItem(progressItem, (progress) => ({ ...progress, [id]: newPlatformProgress(now) }));
  return id;
};

export const removeCustomPlatform: Handler<'remove-custom-platform'> = async ({ platformId }) => {
  const without = <T extends Record<string, unknown>>(record: T): T => {
    const { [platformId]: _removed, ...rest } = record;
    return rest as T;
  };
  await updateItem(customPlatformsItem, without);
  await updateItem(progressItem, without);
  await updateItem(letterDraftsItem, without);
};

export const saveLetterDraft: Handler<'save-letter-draft'> = async ({ platformId, draft }) => {
  await updateItem(letterDraftsItem, (drafts) => ({ ...drafts, [platformId]: { ...draft, savedAt: new Date().toISOString() } }));
};

export const deleteLetterDraft: Handler<'delete-letter-draft'> = async ({ platformId }) => {
  await updateItem(letterDraftsItem, (drafts) => {
    const { [platformId]: _deleted, ...rest } = drafts;
    return rest;
  });
};
