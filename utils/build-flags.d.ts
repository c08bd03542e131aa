/** Build-time constants (wxt.config.ts `define`). */
/** All-sites recognition on from install: the e2e build only. */
declare const __ALL_SITES_DEFAULT__: boolean;
/** The e2e build: the page layer reports failures and settled evaluations on <html> for tests. */
declare const __E2E_BUILD__: boolean;
