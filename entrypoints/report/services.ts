/**
 * What the report page needs from the browser: settings, progress and saved reports read and
 * written through the background (the one writer), changes seen through storage events, the
 * PDF read on the device, the clipboard. Behind one interface so the page can be tested with a fake.
 */
import { browser } from 'wxt/browser';
import type { LoggedRequest, SavedReport } from '../../rules/credit-report/verify';
import { normalizeInstitutionName } from '../../rules/institution-directory';
import type { PlatformRule } from '../../rules/schema';
import type { ReportReply } from '../../utils/handlers/report-snapshots';
import { readPdfText } from '../../utils/read-pdf-text';
import { sendRequest } from '../../utils/send-request';
import { pageQueryRecordsText } from '../../utils/query-records-page';
import type { Locale } from '../../utils/i18n';

export interface ReportServices {
  now(): Date;
  loadLocale(): Promise<Locale>;
  /**
   * The first logged request per platform, the platforms already in "my platforms", and its
   * generic entries by normalized name (normalized name → entry id).
   */
  loadProgress(rules: readonly PlatformRule[]): Promise<{ requests: LoggedRequest[]; myPlatformIds: Set<string>; myInstitutions: Map<string, string> }>;
  loadSavedReports(): Promise<SavedReport[]>;
  /** Calls back whenever stored data changes (in any context); returns the unsubscribe. */
  onDataChanged(onChange: () => void): () => void;
  saveReport(reportDate: string | null, records: { institution: string; reason: string; date: string }[]): Promise<boolean>;
  addPlatform(platformId: string): Promise<boolean>;
  /** A querier no rule covers, as a generic entry under its legal name: resolves to the entry's id, or null. */
  addInstitution(name: string): Promise<string | null>;
  readPdf(file: File): Promise<string>;
  /** The text of the tab the popup sent the user from (`?tab=N`), read on the user's click; null without one. */
  tabReader(): (() => Promise<string>) | null;
  copy(text: string): Promise<void>;
}

export function createBrowserServices(): ReportServices {
  return {
    now: () => new Date(),
    loadLocale: async () => (await sendRequest('get-user-data')).settings.locale,
    async loadProgress(rules) {
      const { progress, customPlatforms } = await sendRequest('get-user-data');
      const brandById = new Map(rules.map((rule) => [rule.id, rule.brand]));
      const myInstitutions = new Map<string, string>();
      for (const [id, entry] of Object.entries(customPlatforms)) {
        brandById.set(id, entry.name);
        if (progress[id]) myInstitutions.set(normalizeInstitutionName(entry.name), id);
      }
      const requests: LoggedRequest[] = [];
      for (const [platformId, entry] of Object.entries(progress)) {
        const first = entry.evidence.map((item) => item.date).sort()[0];
        if (first) requests.push({ platformId, brand: brandById.get(platformId) ?? platformId, date: first });
      }
      return { requests, myPlatformIds: new Set(Object.keys(progress)), myInstitutions };
    },
    async loadSavedReports() {
      const reply = (await browser.runtime.sendMessage({ type: 'get-report-snapshots' })) as ReportReply | undefined;
      return reply?.ok ? (reply.snapshots ?? []) : [];
    },
    onDataChanged(onChange) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local') onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async saveReport(reportDate, records) {
      const reply = (await browser.runtime.sendMessage({ type: 'save-report-snapshot', reportDate, records })) as ReportReply | undefined;
      return reply?.ok === true;
    },
    async addPlatform(platformId) {
      const reply = (await browser.runtime.sendMessage({ type: 'add-report-platform', platformId })) as ReportReply | undefined;
      return reply?.ok === true;
    },
    async addInstitution(name) {
      const reply = await sendRequest('add-report-institution', { name });
      return reply.ok ? (reply.platformId ?? null) : null;
    },
    async readPdf(file) {
      // Loaded on first use only: the reader opens without pdf.js.
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const data = new Uint8Array(await file.arrayBuffer());
      return readPdfText(pdfjs as never, data, {
        cMapUrl: new URL('/pdfjs/cmaps/', location.href).href,
        standardFontDataUrl: new URL('/pdfjs/standard_fonts/', location.href).href,
      });
    },
    tabReader() {
      const tabId = Number(new URLSearchParams(location.search).get('tab'));
      if (!Number.isInteger(tabId) || tabId <= 0) return null;
      return async () => {
        const [read] = await browser.scripting.executeScript({ target: { tabId }, func: pageQueryRecordsText });
        return typeof read?.result === 'string' ? read.result : '';
      };
    },
    copy: (text) => navigator.clipboard.writeText(text),
  };
}
