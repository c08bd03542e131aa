/** Every request of the protocol and the module that answers it (the background only wires this). */
import { lendingGatePassed, loadPanel } from './script-injection';
import { analyzeLetterRequest, classifyPageRequest, pageGuide } from './page-knowledge';
import { addCustomPlatform, deleteLetterDraft, removeCustomPlatform, saveLetterDraft } from './custom-platforms';
import { addReportInstitution, addReportPlatform, getReportSnapshots, saveReportSnapshot } from './report-snapshots';
import type { Handlers } from './router';
import { getTabState, pageRecognized } from './tab-state';
import {
  dismissNoticesRequest,
  editProgressRequest,
  getUserData,
  importData,
  muteSite,
  setAllSites,
  setOwesMoney,
  setSiteUi,
  unmuteSite,
  updateSettings,
  wipeData,
} from './user-data';

export const handlers: Handlers = {
  'page-guide': pageGuide,
  'classify-page': classifyPageRequest,
  'analyze-letter': analyzeLetterRequest,
  'page-recognized': pageRecognized,
  'load-panel': loadPanel,
  'lending-gate-passed': lendingGatePassed,
  'set-site-ui': setSiteUi,
  'mute-site': muteSite,
  'unmute-site': unmuteSite,
  'set-owes-money': setOwesMoney,
  'get-user-data': getUserData,
  'get-tab-state': getTabState,
  'edit-progress': editProgressRequest,
  'update-settings': updateSettings,
  'set-all-sites': setAllSites,
  'import-data': importData,
  'wipe-data': wipeData,
  'dismiss-notices': dismissNoticesRequest,
  'add-custom-platform': addCustomPlatform,
  'remove-custom-platform': removeCustomPlatform,
  'save-letter-draft': saveLetterDraft,
  'delete-letter-draft': deleteLetterDraft,
  'save-report-snapshot': saveReportSnapshot,
  'get-report-snapshots': getReportSnapshots,
  'add-report-platform': addReportPlatform,
  'add-report-institution': addReportInstitution,
};
