/** Set by wxt.config.ts (`define`): true only in `npm run build:e2e`. */
declare const __ALL_SITES_DEFAULT__: boolean;
