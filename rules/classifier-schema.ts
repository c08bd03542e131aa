/**
 * Schemas of the recognition data: page signals (lures, lending cues, page types, brand-claim
 * inputs) and the clause patterns of letter analysis. Like the platform rules they are parsed
 * in tests and lint, never on the content script's hot path; the engine imports the JSON typed.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** A regular-expression source that compiles (matched against normalized, lower-cased text). */
const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'g');
    return true;
  } catch {
    return false;
  }
}, 'expected a valid regular expression');

export const sectionSchema = z.enum(['claims', 'actions', 'checks', 'form', 'body']);

export const reportChannelSchema = z.strictObject({
  id: z.enum(['12363', '12378', 'pboc-branch', 'police']),
  text,
  /** Where a number not in DOMAIN.md was confirmed. */
  source: z.url().optional(),
});

export const lureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: text,
  patterns: z.array(pattern).min(1),
  /** Why it is a trap, in plain words written for this product. */
  explanation: text,
  report: z.array(reportChannelSchema.shape.id).min(1),
});

export const lendingCueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** anchor: needed for `lending`; support: adds to the score; service: opens the `predatory` gate only. */
  role: z.enum(['anchor', 'support', 'service']),
  weight: z.number().int().min(0).max(5),
  sections: z.array(sectionSchema).min(1),
  pattern,
});

export const pageTypeSchema = z.strictObject({
  id: z.enum(['article', 'question-answer', 'forum', 'encyclopedia', 'shop']),
  structure: z.array(z.enum(['article-element', 'og-article'])),
  cues: z.array(pattern).min(1),
});

export const pageSignalsSchema = z.strictObject({
  formatVersion: z.literal(1),
  excludedHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)),
  reportChannels: z.array(reportChannelSchema).min(1),
  lures: z.array(lureSchema).min(1),
  /** Words before a lure (same clause) that turn it into a warning or a denial. */
  lureNegations: z.array(text),
  /** Words after a lure (same clause) that call it a scam. */
  lureDismissals: z.array(text),
  /**
   * Words that make the whole sentence a fraud warning (不法分子、冒充、噱头…): a lender warning
   * against lures it does not offer. A page is judged by what it offers, not what it warns against.
   */
  lureWarningContext: z.array(text),
  lendingCues: z.array(lendingCueSchema).min(1),
  lendingMinScore: z.number().int().positive(),
  predatoryMinScore: z.number().int().nonnegative(),
  pageTypes: z.array(pageTypeSchema).min(1),
  pageTypeMinScore: z.number().int().positive(),
  brandClaim: z.strictObject({
    /** Stripped from a site name, logo text or title segment before comparing it with a brand. */
    identityAffixes: z.array(text),
    titleSeparators: pattern,
  }),
  /** Confusable characters (and digraphs) mapped to the ASCII letters they imitate. */
  homoglyphs: z.record(z.string().min(1).max(2), z.string().regex(/^[a-z]$/)),
  minBrandTokenLength: z.number().int().min(3),
});

export const letterClauseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  aspect: z.enum(['party', 'purpose', 'term', 'scope', 'sharing', 'irrevocability', 'withdrawal']),
  signal: z.enum(['one-time', 'continuous']).nullable(),
  negation: z.enum(['exclusion', 'limitation']),
  /** A one-time scope that is overridden by a continuous clause in the same sentence. */
  yieldsInSentence: z.boolean().optional(),
  /** A weaker one-time scope (供本次申请使用: it names the use, it does not limit it) that any continuous clause of the letter overrides. */
  yieldsInLetter: z.boolean().optional(),
  /** The clause counts only where its sentence (or the lead-in just before) also says this: 贷款管理 or 逾期催收 only where credit data is queried or used. */
  sentenceMust: pattern.optional(),
  pattern,
  meaning: text,
  negatedSignal: z.enum(['one-time', 'continuous']).optional(),
  negatedMeaning: text.optional(),
});

export const letterClausesSchema = z.strictObject({
  formatVersion: z.literal(1),
  shortTermMaxDays: z.number().int().positive(),
  longTermMinDays: z.number().int().positive(),
  negations: z.strictObject({ exclusion: pattern, limitation: pattern }),
  clauses: z.array(letterClauseSchema).min(1),
  /** A post-loan quote that is about credit already granted (贷后, 贷款管理, 已发放的贷款…): it gets the 2005-order note. */
  postLoanNotePattern: pattern,
  /**
   * A contract's own term is not the authorization's (本合同…到权利义务全部履行完毕时终止, 协议履行期间…):
   * a term clause whose sentence names the contract (`subjectPattern`) and says nothing of the
   * authorization or of queries (`aboutAuthorizationPattern`) counts only in a document that calls
   * itself an authorization in its opening (`documentPattern`: 授权书, 授权协议…), or where the letter
   * ties the authorization's term to the contract's (`linkPattern`: 授权期限与本合同有效期一致).
   */
  contractTerm: z.strictObject({
    subjectPattern: pattern,
    aboutAuthorizationPattern: pattern,
    documentPattern: pattern,
    linkPattern: pattern,
    openingChars: z.number().int().positive(),
  }),
  verdictReasons: z.strictObject({ continuous: text, 'one-time': text, contradictory: text, silent: text }),
  termMeanings: z.strictObject({ short: text, long: text, medium: text }),
  /** What the law means for a letter that says 不可撤销 or covers 贷后管理 (DOMAIN.md §2). */
  rightsNotes: z.strictObject({ irrevocable: text, postLoan: text }),
});

/** How a letter is found on a page (rules/find-letter.ts): the only letter data content scripts ship. */
export const letterFinderSchema = z.strictObject({
  formatVersion: z.literal(1),
  /** A title that names credit reports (征信授权书, 个人信用报告查询授权书…). */
  titlePattern: pattern,
  /** A title that does not (查询授权书, 个人信息查询及使用授权书, 客户声明): counts only over a credit body. */
  genericTitlePattern: pattern,
  /** A body that authorizes credit-report queries, with or without a heading. */
  creditAuthorizationPattern: pattern,
  creditWordsPattern: pattern,
  /**
   * A credit decision the queried data is for (授信审批, 贷后管理): under a generic title (授权书), a body
   * that authorizes queries for one is a credit letter though it names no credit report (a risk-data
   * vendor's template queries "the data needed").
   */
  creditPurposePattern: pattern,
  /** The text calls itself an authorization (本授权书…): with credit words, an untitled letter. */
  selfReferencePattern: pattern,
  /** A first-person consent that ends in a colon (本人同意并授权贵司：): the items after it carry what it authorizes. */
  leadInPattern: pattern,
  /** An enumerated item's opening ((2), 3.4, ②, 三、): items after a lead-in belong to it. */
  itemPattern: pattern,
  /**
   * One clause (a sentence, up to maxSentenceChars) that authorizes a credit query in any word
   * order: a party, a consent word, and either a query verb with a credit object (a credit word or a
   * bureau: 本人同意…查询…信用报告; 对乙方的信用状况…查询，乙方对此表示同意) or a report verb with a
   * bureau (报送至…征信系统).
   */
  clause: z.strictObject({
    partyPattern: pattern,
    consentPattern: pattern,
    queryPattern: pattern,
    reportPattern: pattern,
    bureauPattern: pattern,
    maxSentenceChars: z.number().int().min(40).max(2_000),
  }),
});

/** Registrable domain (per the Public Suffix List) of every rule host, generated and checked by a test. */
export const registrableDomainsSchema = z.record(z.string(), z.string());

export type PageSignals = z.infer<typeof pageSignalsSchema>;
export type LetterClauses = z.infer<typeof letterClausesSchema>;
export type LetterFinder = z.infer<typeof letterFinderSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type ReportChannelId = z.infer<typeof reportChannelSchema>['id'];
