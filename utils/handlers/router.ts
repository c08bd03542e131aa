/**
 * The background's message router: validates every request against the protocol
 * (`utils/messages.ts`), works out who sent it from `sender` (never from the body), and hands
 * it to its handler. Pages (content scripts) may send only the page requests; extension pages
 * may send any. A handler that throws rejects the sender's promise with its message.
 */
import { normalizeHost } from '../../rules/match-host';
import { requestSchema, type Replies, type RequestOf, type RequestType } from '../messages';

export interface RequestContext {
  /** The sender's tab, for content scripts (and extension pages opened in a tab). */
  tabId: number | null;
  frameId: number;
  /** The web page's host name, for content scripts; null for extension pages. */
  pageHost: string | null;
}

export type Handler<T extends RequestType> = (request: RequestOf<T>, context: RequestContext) => Promise<Replies[T]> | Replies[T];
export type Handlers = { [T in RequestType]: Handler<T> };

/** What a content script may ask; everything else is for the extension's own pages. */
export const PAGE_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'page-guide',
  'classify-page',
  'analyze-letter',
  'page-recognized',
  'load-panel',
  'lending-gate-passed',
  'set-site-ui',
  'mute-site',
  'unmute-site',
  'set-owes-money',
]);

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The page's host as the rules' matching reads hosts (one normalization: rules/match-host.ts). */
export function hostOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normalizeHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/**
 * Returns the listener for `runtime.onMessage`. `extensionId` and `extensionOrigin` identify our
 * own contexts (`runtime.id`, `runtime.getURL('')`).
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return (raw: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    // Only our own contexts can message us; still, nothing unvalidated is acted on.
    if (sender.id !== extensionId) return undefined;
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    if (!fromExtensionPage && !PAGE_REQUESTS.has(request.type)) return Promise.reject(new Error(`${request.type}: not for a page`));
    const context: RequestContext = {
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? 0,
      pageHost: fromExtensionPage ? null : hostOfUrl(sender.url ?? sender.tab?.url),
    };
    const handler = handlers[request.type] as Handler<typeof request.type>;
    try {
      return Promise.resolve(handler(request as never, context));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
