/** The platforms the user is working on, each with its status and checklist progress. */
import { checklistFor } from '../rules/checklist';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';
import { checklistProgress } from '../utils/user-data-values';
import type { Progress } from '../utils/user-data';

interface MyPlatformsProps {
  rules: readonly PlatformRule[];
  progress: Progress;
  t: Translate;
  onOpen: (id: string) => void;
}

export function MyPlatforms({ rules, progress, t, onOpen }: MyPlatformsProps) {
  const mine = rules.filter((rule) => progress[rule.id] !== undefined);
  return (
    <section class="card" aria-labelledby="mine-title">
      <h2 id="mine-title">{t('popup.myPlatforms')}</h2>
      {mine.length === 0 ? (
        <p class="muted">{t('popup.myPlatformsEmpty')}</p>
      ) : (
        <ul class="platform-list" data-testid="my-platforms">
          {mine.map((rule) => {
            const entry = progress[rule.id]!;
            const { done, total } = checklistProgress(entry, checklistFor(rule));
            return (
              <li key={rule.id}>
                <button type="button" class="platform-row" data-platform={rule.id} onClick={() => onOpen(rule.id)}>
                  <span class="row-title" lang="zh-CN">
                    {rule.brand}
                  </span>
                  <span class={`status status-${entry.status}`}>{t(`status.${entry.status}`)}</span>
                  <span class="row-sub">{t('checklist.progress', { done, total })}</span>
                  <progress max={total} value={done} aria-label={t('checklist.progress', { done, total })} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
