import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AccountBar } from './account-bar';
import { LanguageSwitcher } from './language-switcher';

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
    <AppShell
      // Narrow screens: the name, the menu and the save status stay in view; the language and the
      // account scroll with the page, at its top.
      header={{ height: { base: 104, sm: 60 } }}
      navbar={nav ? { width: 290, breakpoint: 'md', collapsed: { mobile: !opened } } : undefined}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="wrap" gap="xs" py={6}>
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
      </AppShell.Header>
      {nav && (
        <AppShell.Navbar
          p="sm"
          id="workspace-nav"
          aria-label={t('layout.stepsNav')}
          component="nav"
          // Folded away off the screen, its links take no focus and are not read (WCAG 2.4.3, 2.4.11).
          inert={folding && !opened}
        >
          {nav}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {narrow && (
          <Group gap="md" wrap="wrap" mb="md" justify="space-between">
            <LanguageSwitcher />
            <AccountBar />
          </Group>
        )}
        {children}
      </AppShell.Main>
      {/* The footer is the page's contentinfo landmark, outside main (WCAG 1.3.1), beside the navigation. */}
      <Text
        component="footer"
        size="xs"
        c="gray.8"
        pb="md"
        style={{
          paddingInlineStart: 'calc(var(--app-shell-navbar-offset, 0rem) + var(--mantine-spacing-md))',
          paddingInlineEnd: 'var(--mantine-spacing-md)',
        }}
      >
        {t('layout.footer')}
      </Text>
    </AppShell>
  );
}
