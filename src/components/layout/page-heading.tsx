import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

/**
 * The page's h1. It sets the document title and, after an in-app navigation,
 * takes focus so screen-reader and keyboard users start at the new content. A `quiet` heading
 * does neither: it stands in for the page's own while that loads.
 */
export function PageHeading({ children, title, quiet }: { children: string; title?: string; quiet?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!quiet) document.title = `${title ?? children} — ${t('appName')}`;
  }, [children, title, t, quiet]);
  useEffect(() => {
    // A page shown ahead of its content (components/early-step.tsx) leaves both to the page itself.
    if (quiet) return;
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
    // Once, when the page appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" fz={{ base: 26, sm: 32 }}>
      {children}
    </Title>
  );
}
