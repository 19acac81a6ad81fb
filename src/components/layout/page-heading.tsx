import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

/**
 * The page's h1. It sets the document title and, after an in-app navigation,
 * takes focus so screen-reader and keyboard users start at the new content.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title ?? children} — ${t('appName')}`;
  }, [children, title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" fz={{ base: 26, sm: 32 }}>
      {children}
    </Title>
  );
}
