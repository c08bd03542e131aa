/**
 * The sidebar's root: expanded panel or collapsed edge tab. Esc inside the sidebar collapses it
 * and hands focus back to the page; the collapse button moves focus to the edge tab instead.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PlatformGuide } from '../rules/resolve-guide';
import type { Translate } from '../utils/i18n';
import { EdgeTab } from './EdgeTab';
import { Sidebar } from './Sidebar';

interface SidebarAppProps {
  guide: PlatformGuide;
  host: string;
  t: Translate;
  initiallyCollapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** Called when Esc collapses the sidebar, so the caller can return focus to the page. */
  onEscape?: () => void;
}

export function SidebarApp({ guide, host, t, initiallyCollapsed = false, onCollapsedChange, onEscape }: SidebarAppProps) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const edgeTab = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const change = (next: boolean, focus: boolean) => {
    moveFocus.current = focus;
    setCollapsed(next);
    onCollapsedChange?.(next);
  };

  // Before the next task: the keyup of the Enter or Space that collapsed the panel then lands on
  // the edge tab inside the sidebar, not on the page's <body>.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (collapsed) edgeTab.current?.querySelector('button')?.focus();
    else collapseButton.current?.focus();
  }, [collapsed]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed) return;
    event.preventDefault();
    change(true, false);
    onEscape?.();
  };

  return (
    <div class={`root${collapsed ? ' is-collapsed' : ''}`} onKeyDown={onKeyDown}>
      {collapsed ? (
        <div ref={edgeTab}>
          <EdgeTab t={t} onExpand={() => change(false, true)} />
        </div>
      ) : (
        <Sidebar guide={guide} host={host} t={t} collapseRef={collapseButton} onCollapse={() => change(true, true)} />
      )}
    </div>
  );
}
