import { useState, type ReactNode } from 'react';

/**
 * A native `<details>` that renders its content only while open: long tables
 * (cost lines, assumptions) then cost nothing on each keystroke while folded away.
 * Opening it by any means (click, keyboard, script) fires `toggle` and renders it.
 */
export function Disclosure({
  className,
  id,
  summary,
  summaryClassName,
  initiallyOpen = false,
  children,
}: {
  readonly className: string;
  readonly id?: string;
  readonly summary: ReactNode;
  readonly summaryClassName?: string;
  readonly initiallyOpen?: boolean;
  readonly children: () => ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} id={id} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
