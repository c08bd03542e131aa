/**
 * The expanded sidebar's code (Preact and every component) and styles, apart from the shell: on
 * a rule's host the page loads it only when the panel is to be drawn (entrypoints/
 * sidebar-panel.ts, injected on request), so a collapsed sidebar costs a page only the shell.
 */
import { render } from 'preact';
import { SidebarApp, type SidebarAppProps } from '../components/SidebarApp';
import { findStepTarget } from '../rules/find-step-target';
import panelCss from '../components/sidebar.css?inline';

export interface SidebarPanel {
  /** The panel's stylesheet, adopted after the shell's. */
  css: string;
  /** Draws the sidebar into the shadow root (`key`: a new one draws it afresh), or clears it (null). */
  render(shadow: ShadowRoot, props: SidebarAppProps | null, key: number): void;
  /** A step's target on the page ("find it on the page" is the panel's). */
  findStepTarget: typeof findStepTarget;
}

export const sidebarPanel: SidebarPanel = {
  css: panelCss,
  render(shadow, props, key) {
    render(props ? <SidebarApp key={key} {...props} /> : null, shadow);
  },
  findStepTarget,
};
