import { Center, Loader, VisuallyHidden } from '@mantine/core';

/**
 * Shown while a screen's code or data loads; announced as busy. The label belongs to the status
 * region (a spinner's bare span may not carry one), and is also its text for screen readers.
 * The spinner itself shows only when the wait lasts (`.late-loader`, global.css).
 */
export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite" aria-label={label}>
      <Loader aria-hidden className="late-loader" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
