/**
 * The request letter's optional closing details, added to the composed text: where the answer
 * should go and the date by which the user asks for it. Kept apart from `request-letter.ts`
 * (the letter's wording) so the two can change independently; the lines go before the
 * signature block when there is one, else at the end.
 */
import { formatChineseDate } from './request-letter';

export interface LetterExtras {
  /** Phone number, email or address for the answer, as the user typed it. */
  replyContact?: string;
  /** YYYY-MM-DD. */
  answerBy?: string;
}

const clean = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** A valid calendar date in YYYY-MM-DD, or null. */
export function parseIsoDate(value: string | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(clean(value));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

export function addLetterExtras(letter: string, extras: LetterExtras): string {
  const lines: string[] = [];
  const answerBy = parseIsoDate(extras.answerBy);
  if (answerBy) lines.push(`请于${formatChineseDate(answerBy)}前答复本申请。`);
  const contact = clean(extras.replyContact).slice(0, 120);
  if (contact) lines.push(`答复请发送至：${contact}`);
  if (lines.length === 0) return letter;
  const parts = letter.split('\n');
  const signature = parts.findIndex((line) => line.startsWith('申请人'));
  if (signature < 0) return [...parts, '', ...lines].join('\n');
  return [...parts.slice(0, signature), ...lines, '', ...parts.slice(signature)].join('\n');
}
