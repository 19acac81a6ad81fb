import { Center, Loader } from '@mantine/core';

/** Shown while a screen's code or data loads; announced as busy. */
export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={label} />
    </Center>
  );
}
