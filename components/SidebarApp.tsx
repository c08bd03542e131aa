/**
 * The sidebar's root: expanded panel or collapsed edge tab, the step outline on the page, and
 * the state the guide follows (the step the user is on, the owe-money answer). Esc inside the
 * sidebar collapses it and hands focus back to the page; the collapse button moves focus to the
 * edge tab instead. "Don't show on this site" takes effect at once and can be undone on the spot.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PlatformGuide } from '../rules/resolve-guide';
import type { Translate } from '../utils/i18n';
import type { PlatformProgress } from '../utils/user-data';
import { EdgeTab } from './EdgeTab';
import { edgeTabSummary, sidebarTitle } from './edge-tab-summary';
import { MutedNotice } from './MutedNotice';
import { Sidebar, type SidebarMode } from './Sidebar';
import type { PageFindingsData } from './PageFindings';
import { StepOutline } from './StepOutline';
import type { FindState } from './StepGuide';

export interface SidebarAppProps {
  mode?: SidebarMode;
  guide: PlatformGuide | null;
  /** The panel's heading; the platform's brand by default. */
  title?: string;
  findings?: PageFindingsData | null;
  host: string;
  t: Translate;
  today?: Date;
  initiallyCollapsed?: boolean;
  /** Opened from the shell's edge tab, which had the focus: the panel's collapse button takes it. */
  focusOnOpen?: boolean;
  /** The edge the panel and the tab sit at. */
  edge?: 'right' | 'left';
  /** Index of the step the page shows, or -1; the caller recomputes it on navigation. */
  currentStep?: number;
  initialOwesMoney?: PlatformProgress['owesMoney'];
  /** Finds a step's target on the page (never inside the sidebar). */
  findStepTarget?: (index: number) => Element | null;
  onCollapsedChange?: (collapsed: boolean) => void;
  onOwesMoney?: (value: PlatformProgress['owesMoney']) => void;
  onCopy?: (text: string) => Promise<void>;
  onMute?: () => void;
  /** The undo of a mute, from the notice that replaces the panel. */
  onUnmute?: () => void;
  /** The user closed the muted notice: the sidebar can go. */
  onMutedClose?: () => void;
  /** Called when Esc collapses the sidebar, so the caller can return focus to the page. */
  onEscape?: () => void;
}

const noCopy = () => Promise.reject(new Error('clipboard unavailable'));

export function SidebarApp(props: SidebarAppProps) {
  const { guide, host, t } = props;
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed ?? false);
  const [owesMoney, setOwesMoney] = useState<PlatformProgress['owesMoney']>(props.initialOwesMoney ?? 'unknown');
  const [findState, setFindState] = useState<FindState>(null);
  const [outlined, setOutlined] = useState<Element | null>(null);
  const [muted, setMuted] = useState(false);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const edgeTab = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(props.focusOnOpen ?? false);
  const panelRef = useRef<HTMLDivElement>(null);

  const change = (next: boolean, focus: boolean, keepOutline = false) => {
    moveFocus.current = focus;
    setCollapsed(next);
    if (next && !keepOutline) setOutlined(null);
    props.onCollapsedChange?.(next);
  };

  // Before the next task: the keyup of the Enter or Space that collapsed the panel then lands on
  // the edge tab inside the sidebar, not on the page's <body>.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (muted) panelRef.current?.querySelector<HTMLElement>('[data-muted-notice] button')?.focus();
    else if (collapsed) edgeTab.current?.querySelector('button')?.focus();
    else collapseButton.current?.focus();
  }, [collapsed, muted]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed || muted) return;
    event.preventDefault();
    change(true, false);
    props.onEscape?.();
  };

  const findStep = (index: number) => {
    const target = props.findStepTarget?.(index) ?? null;
    setFindState({ step: index, found: target !== null });
    setOutlined(target);
    if (!target) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'instant' });
    // A target under the panel would stay hidden: step aside to the edge tab, outline kept.
    const panel = panelRef.current?.querySelector('.panel')?.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (panel && box.right > panel.left && box.left < panel.right) change(true, true, true);
  };

  const edge = props.edge ?? 'right';
  const title = sidebarTitle(t, props.title, guide?.rule.brand);
  let body;
  if (muted) {
    body = (
      <MutedNotice
        t={t}
        host={host}
        onUndo={() => {
          moveFocus.current = true;
          setMuted(false);
          props.onUnmute?.();
        }}
        onClose={() => props.onMutedClose?.()}
      />
    );
  } else if (collapsed) {
    body = (
      <div ref={edgeTab}>
        <EdgeTab t={t} summary={edgeTabSummary(t, props.mode ?? 'platform', title, props.findings ?? null)} onExpand={() => change(false, true)} />
      </div>
    );
  } else {
    body = (
      <Sidebar
        mode={props.mode ?? 'platform'}
        guide={guide}
        title={title}
        findings={props.findings}
        host={host}
        t={t}
        today={props.today ?? new Date()}
        currentStep={props.currentStep ?? -1}
        findState={findState}
        owesMoney={owesMoney}
        collapseRef={collapseButton}
        onCollapse={() => change(true, true)}
        onFindStep={findStep}
        onClearOutline={() => {
          setOutlined(null);
          setFindState(null);
        }}
        onOwesMoney={(value) => {
          setOwesMoney(value);
          props.onOwesMoney?.(value);
        }}
        onCopy={props.onCopy ?? noCopy}
        onMute={() => {
          moveFocus.current = true;
          setOutlined(null);
          setMuted(true);
          props.onMute?.();
        }}
      />
    );
  }

  return (
    <div class={`root${collapsed ? ' is-collapsed' : ''}${edge === 'left' ? ' is-left' : ''}`} ref={panelRef} onKeyDown={onKeyDown}>
      {outlined && <StepOutline target={outlined} />}
      {body}
    </div>
  );
}
