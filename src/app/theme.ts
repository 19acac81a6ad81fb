import { createTheme, DEFAULT_THEME } from '@mantine/core';
import type { MantineColorsTuple } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

// Mantine's default primary (blue.6) and error (red.6) fail WCAG AA contrast on white,
// and so does its "dimmed" grey: use darker shades throughout.
// Mantine's green.9 (#2b8a3e, 4.4:1) and orange.9 (#d9480f, 4.3:1) are still below 4.5:1 on
// white; their darkest shades are replaced so status words in those colours stay readable.
const darken = (tuple: MantineColorsTuple, nine: string, eight: string) =>
  tuple.map((c, i) => (i === 9 ? nine : i === 8 ? eight : c)) as unknown as MantineColorsTuple;

export const theme = createTheme({
  colors: {
    green: darken(DEFAULT_THEME.colors.green, '#1f6f2f', '#237a34'),
    orange: darken(DEFAULT_THEME.colors.orange, '#a83d00', '#b84300'),
  },
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 4 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'always',
  components: {
    Anchor: { defaultProps: { c: 'blue.9' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    // "Light" buttons and badges: their text stays AA on the tinted background, hovered too.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light': 'var(--mantine-color-blue-0)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-color-red-light': 'var(--mantine-color-red-0)',
    '--mantine-color-red-light-hover': 'var(--mantine-color-red-1)',
  },
  dark: {},
});
