import { usePageFocus } from '../ui/usePageFocus';

/** A page's h1: names the browser tab and takes focus when the page opens. */
export function PageTitle({ children }: { children: string }) {
  const heading = usePageFocus<HTMLHeadingElement>(children);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
