/**
 * The rule format: one source of truth for what a platform rule and the generic guidance may
 * say. Types come from these schemas; rule files are parsed with them at build time and in
 * `npm run lint`, never on the content script's hot path.
 */
import { z } from 'zod';
import { platformIdSchema } from './ids';
import { evidenceSourceSchema } from './source-schema';

/**
 * Bumped when a rule file's shape changes in a way an older engine cannot read.
 * 2: sources carry a kind and a date; confidence is computed, not typed; hosts state their purpose.
 */
export const RULE_FORMAT_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');

/** Lower-case ASCII (punycode) host name: no scheme, path, port, wildcard or trailing dot. */
export const hostSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/,
    'expected a bare lower-case host name such as "m.example.com" (no scheme, path, port or trailing dot; IDNs in punycode)',
  );

/**
 * A public page a fact was read from, with its kind (`source-schema.ts`). A fact elsewhere in the
 * rule (an entity, a path, a number) names its source by URL, and that URL must be listed here:
 * the fact's state and the rule's confidence are computed from these kinds (`rule-confidence.ts`).
 */
export const sourceSchema = evidenceSourceSchema;

export const provenanceSchema = z.strictObject({
  checked: isoDate,
  sources: z.array(sourceSchema).min(1, 'every rule names at least one source'),
});

export const lenderKindSchema = z.enum([
  'consumer-finance-company', // 消费金融公司 (licensed, lends its own money)
  'bank', // 商业银行 / 互联网银行
  'facilitator', // 助贷: the loan is funded by banks or consumer finance companies
  'microloan-company', // 网络小额贷款公司
]);

export const authorizationTypeSchema = z.enum(['one-time', 'continuous', 'unknown']);

export const legalEntitySchema = z.strictObject({
  name: text,
  role: z.enum(['operator', 'lender', 'funder']),
  /** URL of the source naming this entity; omitted only when the rule's provenance covers it. */
  source: z.url().optional(),
});

export const stepSchema = z.strictObject({
  /** What the user looks for, e.g. "我的". */
  label: text,
  /** Other wordings of the same entry, used to find it on a page. */
  synonyms: z.array(text),
  /** Words of a URL path that mean the user is on this step (e.g. "settings"). */
  urlKeywords: z.array(z.string().regex(/^[a-z0-9]+$/)).optional(),
});

export const selfServiceSchema = z.discriminatedUnion('status', [
  /** No source shows where the authorization can be withdrawn: the generic route applies. */
  z.strictObject({ status: z.literal('unknown') }),
  z.strictObject({
    status: z.literal('known'),
    surface: z.enum(['app', 'web', 'app-and-web']),
    steps: z.array(stepSchema).min(1),
    confirmed: z.boolean(),
    source: z.url().optional(),
  }),
]);

export const channelSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('phone'),
    number: z.string().regex(/^\d{3,5}(-\d{3,8})*$|^\d{5,12}$/, 'expected digits and dashes'),
    /** A phone number is only ever stated with the page it was read from. */
    source: z.url(),
    note: text.optional(),
  }),
  z.strictObject({
    kind: z.literal('in-app'),
    /** Where in the app, e.g. "我的 → 客服中心"; unconfirmed unless a source is given. */
    entry: text,
    confirmed: z.boolean(),
    source: z.url().optional(),
  }),
  z.strictObject({
    kind: z.literal('web'),
    url: z.url({ protocol: /^https$/ }),
    note: text.optional(),
  }),
]);

export const platformRuleSchema = z.strictObject({
  formatVersion: z.literal(RULE_FORMAT_VERSION),
  id: platformIdSchema,
  brand: text,
  aliases: z.array(text),
  formerNames: z.array(text),
  /** Empty when no source names the companies behind the brand: shown as unknown, never guessed. */
  legalEntities: z.array(legalEntitySchema),
  /** Empty for an app-only brand: it gets the directory, the report reader and the request text, no content script. */
  hosts: z.array(hostSchema),
  /** For every host, what borrowers do there (e.g. "借款人登录与借款的官网"): a host must be a page borrowers use. */
  hostPurposes: z.record(hostSchema, text),
  lenderKind: lenderKindSchema,
  /** Facilitators: whether the querying institution on a report can be a funder, not the brand. */
  fundersQuery: z.boolean(),
  typicalAuthorization: authorizationTypeSchema,
  selfService: selfServiceSchema,
  customerService: z.array(channelSchema),
  blockers: z.array(text),
  caveats: z.array(text),
  provenance: provenanceSchema,
});

const guidanceItemSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text });

export const genericGuidanceSchema = z.strictObject({
  formatVersion: z.literal(RULE_FORMAT_VERSION),
  authorizationKinds: z.strictObject({
    'one-time': text,
    continuous: text,
    unknown: text,
  }),
  selfService: z.strictObject({
    intro: text,
    steps: z.array(stepSchema).min(1),
    fallback: text,
  }),
  customerService: z.strictObject({ intro: text, ask: z.array(text).min(1) }),
  caveats: z.array(guidanceItemSchema).min(1),
  blockers: z.array(guidanceItemSchema).min(1),
  whenRefused: z.array(guidanceItemSchema).min(1),
  verify: text,
  provenance: provenanceSchema,
});

export type PlatformRule = z.infer<typeof platformRuleSchema>;

export type GenericGuidance = z.infer<typeof genericGuidanceSchema>;
export type AuthorizationType = z.infer<typeof authorizationTypeSchema>;
export type LenderKind = z.infer<typeof lenderKindSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type SelfService = z.infer<typeof selfServiceSchema>;
