/**
 * The institution directory: the legal entities that appear in the 查询机构 column of a credit
 * report's query records (DOMAIN.md §4, §6). One entity a file in `rules/institutions/`, file
 * name = id. The platform rules' legal entities are checked against it (one source of truth).
 */
import { z } from 'zod';
import { platformIdSchema } from './ids';
import { evidenceSourceSchema } from './source-schema';

export const INSTITUTION_FORMAT_VERSION = 1;

/** What kind of institution a name says it is (DOMAIN.md §4). */
export const institutionKindSchema = z.enum([
  'bank', // …银行
  'consumer-finance-company', // …消费金融… (licensed)
  'microloan-company', // …小额贷款…
  'trust', // …信托…
  'guarantor', // …融资担保… / …担保…: their 担保资格审查 / 保后管理 queries are not 贷后管理
  'insurer', // …保险… (credit guarantee insurance)
  'other',
]);

export const institutionSchema = z.strictObject({
  formatVersion: z.literal(INSTITUTION_FORMAT_VERSION),
  /** kebab-case, ASCII; equals the file name. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  /** The current legal name as a credit report prints it, ending in its legal form. */
  name: z.string().trim().min(2),
  kind: institutionKindSchema,
  /** Earlier legal names (an old report shows the name of the day of the query). */
  formerNames: z.array(z.string().trim().min(2)),
  /** Consumer brands it stands behind, only where a source says so. */
  brands: z.array(
    z.strictObject({
      brand: z.string().trim().min(1),
      /** The platform rule id, when the brand has a rule in `rules/platforms/`. */
      platformId: platformIdSchema.optional(),
      /** Index into `sources` of the source that links this brand to this entity. */
      source: z.number().int().nonnegative(),
    }),
  ),
  sources: z.array(evidenceSourceSchema).min(1, 'every institution names at least one source'),
});

export type InstitutionKind = z.infer<typeof institutionKindSchema>;
export type Institution = z.infer<typeof institutionSchema>;
