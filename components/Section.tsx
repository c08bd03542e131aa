/** A titled block of the sidebar; the heading labels the region for screen readers. */
import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  children: ComponentChildren;
}

export function Section({ id, title, children }: SectionProps) {
  const headingId = `cah-${id}-title`;
  return (
    <section class="section" data-section={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
