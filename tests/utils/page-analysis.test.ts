/** The popup's zod-free check of the injected script's verdict agrees with the protocol's schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageAnalysisResultSchema } from '../../utils/messages';
import { asPageAnalysisResult } from '../../utils/page-analysis';

const valid = fc.record({
  kind: fc.constantFrom('platform', 'lending', 'lookalike', 'predatory', null),
  platformId: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10})?$/), { nil: null }),
  letter: fc.constantFrom('one-time', 'continuous', 'unclear', null),
  lures: fc.array(fc.string({ maxLength: 80 }), { maxLength: 10 }),
});

describe('asPageAnalysisResult', () => {
  it('accepts every valid verdict unchanged', () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(asPageAnalysisResult(value)).toEqual(value);
      }),
    );
  });

  it('agrees with the schema on arbitrary and broken values', () => {
    const broken = fc.oneof(
      fc.anything(),
      valid.map((value) => ({ ...value, kind: 'bank' })),
      valid.map((value) => ({ ...value, lures: [...value.lures, 'x'.repeat(81)] })),
      valid.map((value) => ({ ...value, extra: 1 })),
      valid.map((value) => ({ ...value, platformId: 'Not An Id' })),
    );
    fc.assert(
      fc.property(broken, (value) => {
        expect(asPageAnalysisResult(value) !== null).toBe(pageAnalysisResultSchema.safeParse(value).success);
      }),
    );
  });
});
