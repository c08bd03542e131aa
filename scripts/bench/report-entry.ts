/** The credit-report reader's engine as one script for the benchmark page (built by scripts/bench-report.mjs, never shipped). */
import { platformRules } from '../../rules/bundled-rules';
import { parseQueryRecords } from '../../rules/credit-report/parse-query-records';
import { summarizeReport } from '../../rules/credit-report/summarize';
import { buildInstitutionIndex } from '../../rules/institution-directory';

(globalThis as Record<string, unknown>).creditAuthReport = { platformRules, parseQueryRecords, summarizeReport, buildInstitutionIndex };
