/**
 * The outline around a step's target on the page, drawn inside the sidebar's shadow root (the
 * page's own elements are never restyled). It follows the target on scroll and resize, at most
 * once per frame, and only while it is shown.
 */
import { useEffect, useState } from 'preact/hooks';

interface StepOutlineProps {
  target: Element;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

function boxOf(target: Element): Box | null {
  if (!target.isConnected) return null;
  const rect = target.getBoundingClientRect();
  // A full-width row (H5 pages) would push the outline's sides off screen: keep them in view.
  const viewport = document.documentElement.clientWidth || window.innerWidth;
  const left = Math.max(0, rect.left - 4);
  const right = Math.min(viewport, rect.right + 4);
  return { top: rect.top - 4, left, width: Math.max(0, right - left), height: rect.height + 8 };
}

export function StepOutline({ target }: StepOutlineProps) {
  const [box, setBox] = useState<Box | null>(() => boxOf(target));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBox(boxOf(target));
      });
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('scroll', update, options);
    window.addEventListener('resize', update, options);
    update();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update, options);
      window.removeEventListener('resize', update, options);
    };
  }, [target]);
  if (!box) return null;
  return (
    <div
      class="outline"
      aria-hidden="true"
      data-outline=""
      style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
    />
  );
}
