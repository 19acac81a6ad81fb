import { Anchor, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode, RefObject } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AccountBar } from './account-bar';
import { LanguageSwitcher } from './language-switcher';

/**
 * The header's height as `--app-header-height` on the page: the step menu starts below it,
 * and a focused field scrolled into view stops below it (`scroll-padding-top`, WCAG 2.4.11),
 * however many rows the header takes in a language or at a zoom.
 */
function useHeaderHeight(header: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = header.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The observer reports the size after layout: reading it never forces a layout of its own.
    // global.css starts from the one-row header's height: most pages never change it.
    let last = '57px';
    const observer = new ResizeObserver(([entry]) => {
      const height = `${Math.round(entry?.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight)}px`;
      if (height === last) return;
      last = height;
      document.documentElement.style.setProperty('--app-header-height', height);
    });
    observer.observe(el, { box: 'border-box' });
    return () => observer.disconnect();
  }, [header]);
}

/**
 * The frame of every screen: skip link, banner with the product name, language and
 * (inside a workspace) the save status; an optional navigation column that folds into
 * a menu on narrow screens; and the main landmark.
 */
export function AppLayout({ nav, status, children }: { nav?: ReactNode; status?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's `sm` breakpoint (48em): below it the header keeps only what must stay in view.
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  // Mantine's `md` breakpoint (62em): below it the step menu folds away behind the burger.
  const folding = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false });
  const burger = useRef<HTMLButtonElement>(null);
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  const location = useLocation();
  useEffect(close, [location.pathname, close]);
  // Esc closes the open menu and gives the focus back to the button that opened it.
  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      burger.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened, close]);
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header" ref={header}>
        <Group px="md" py={6} mih={56} justify="space-between" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            {nav && (
              <Burger
                ref={burger}
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={opened ? t('layout.closeMenu') : t('layout.openMenu')}
                aria-expanded={opened}
                aria-controls="workspace-nav"
              />
            )}
            <Anchor component={Link} to="/" fw={700} c="blue.9" underline="never">
              {t('appName')}
            </Anchor>
          </Group>
          <Group gap="md" wrap="wrap">
            {status}
            {!narrow && (
              <>
                <LanguageSwitcher />
                <AccountBar />
              </>
            )}
          </Group>
        </Group>
      </header>
      <div className="app-body">
        {nav && (
          <nav
            className="app-navbar"
            id="workspace-nav"
            aria-label={t('layout.stepsNav')}
            data-open={opened || undefined}
            // Folded away, its links take no focus and are not read (WCAG 2.4.3, 2.4.11).
            inert={folding && !opened}
          >
            {nav}
          </nav>
        )}
        <div className="app-column">
          <main className="app-main" id="main" tabIndex={-1}>
            {narrow && (
              <Group gap="md" wrap="wrap" mb="md" justify="space-between">
                <LanguageSwitcher />
                <AccountBar />
              </Group>
            )}
            {children}
          </main>
          {/* The footer is the page's contentinfo landmark, outside main (WCAG 1.3.1). */}
          <Text component="footer" size="xs" c="gray.8" px="md" pb="md">
            {t('layout.footer')}{' '}
            <Anchor component={Link} to="/accessibility" size="xs" underline="always">
              {t('layout.accessibility')}
            </Anchor>
          </Text>
        </div>
      </div>
    </div>
  );
}
