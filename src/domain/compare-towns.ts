import { z } from 'zod';
import { STEP_OF_KIND } from './fields';
import type { ItemKind, Strategy } from './strategy';
import { THEME_TAGS } from './taxonomy';
import type { ThemeTag } from './taxonomy';

// Towns side by side: one section of two to four towns' strategies, grouped by theme tag so
// that similar items line up in one row, with what each town has that the others lack.
// Actions take the themes of the recommendation they carry out; indicators those of their action.
//
//   GET /api/programmes/:id/compare?towns=<id>,<id>[,…]&section=<section> -> TownComparison

export const COMPARE_SECTIONS = ['need', 'strength', 'challenge', 'recommendation', 'action', 'indicator'] as const;
export type CompareSection = (typeof COMPARE_SECTIONS)[number];
export const isCompareSection = (v: unknown): v is CompareSection =>
  typeof v === 'string' && (COMPARE_SECTIONS as readonly string[]).includes(v);

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** Items without a theme line up in a row of their own, last. */
export const NO_THEME = 'none';
export type CompareTheme = ThemeTag | typeof NO_THEME;

const ComparedItem = z.object({
  id: z.string(),
  /** The item it belongs to (an indicator's action) and where it is edited. */
  kind: z.enum(['need', 'strength', 'challenge', 'recommendation', 'action']),
  itemId: z.string(),
  /** Its code in the town's document (N2, R1, A3, A3.1 for an action's first indicator). */
  code: z.string(),
  title: z.string(),
  detail: z.string(),
});
export type ComparedItem = z.infer<typeof ComparedItem>;

export const TownComparison = z.object({
  section: z.enum(COMPARE_SECTIONS),
  towns: z.array(z.object({ workspaceId: z.uuid(), name: z.string(), municipality: z.string() })),
  /** One row per theme any town has, in the taxonomy's order; each town's items in it, by workspace id. */
  rows: z.array(
    z.object({
      theme: z.union([z.enum(THEME_TAGS), z.literal(NO_THEME)]),
      items: z.record(z.string(), z.array(ComparedItem)),
      /** Towns with items under this theme when another town has none. */
      only: z.array(z.string()),
    }),
  ),
});
export type TownComparison = z.infer<typeof TownComparison>;

/** Where an item is edited in its town's strategy (an app path). */
export const itemPath = (workspaceId: string, kind: ItemKind, itemId: string) =>
  `/w/${workspaceId}/${STEP_OF_KIND[kind]}?item=${itemId}`;

const CODE: Record<ComparedItem['kind'], string> = {
  need: 'N',
  strength: 'S',
  challenge: 'C',
  recommendation: 'R',
  action: 'A',
};

type Entry = ComparedItem & { themes: readonly ThemeTag[] };

/** One town's items of one section, each with the themes it lines up under. */
function entriesOf(strategy: Strategy, section: CompareSection): Entry[] {
  const { items } = strategy;
  const code = (kind: ComparedItem['kind'], index: number) => `${CODE[kind]}${index + 1}`;
  if (section === 'need' || section === 'strength' || section === 'challenge' || section === 'recommendation') {
    return items[section].map((item, i) => ({
      id: item.id,
      kind: section,
      itemId: item.id,
      code: code(section, i),
      title: item.data.title,
      detail: item.data.description,
      themes: item.data.themes,
    }));
  }
  const recThemes = new Map(items.recommendation.map((r) => [r.id, r.data.themes]));
  const actions = items.action.map((a, i) => ({
    a,
    code: code('action', i),
    themes: recThemes.get(a.data.recommendationId) ?? [],
  }));
  if (section === 'action') {
    return actions.map(({ a, code: c, themes }) => ({
      id: a.id,
      kind: 'action' as const,
      itemId: a.id,
      code: c,
      title: a.data.title,
      detail: a.data.description,
      themes,
    }));
  }
  return actions.flatMap(({ a, code: c, themes }) =>
    a.data.indicators.map((ind, j) => ({
      id: ind.id,
      kind: 'action' as const,
      itemId: a.id,
      code: `${c}.${j + 1}`,
      title: ind.name,
      detail: [ind.baseline, ind.target].some((n) => n !== null)
        ? `${ind.baseline ?? '…'} → ${ind.target ?? '…'} ${ind.unit}`.trim()
        : ind.unit,
      themes,
    })),
  );
}

/** The comparison of `section` across `towns`, in the order the towns are given. */
export function compareTowns(
  towns: readonly { workspaceId: string; name: string; municipality: string; strategy: Strategy }[],
  section: CompareSection,
): TownComparison {
  const byTheme = new Map<CompareTheme, Map<string, ComparedItem[]>>();
  for (const town of towns) {
    for (const { themes, ...item } of entriesOf(town.strategy, section)) {
      const lined: readonly CompareTheme[] = themes.length > 0 ? themes : [NO_THEME];
      for (const theme of lined) {
        const row = byTheme.get(theme) ?? new Map<string, ComparedItem[]>();
        byTheme.set(theme, row);
        row.set(town.workspaceId, [...(row.get(town.workspaceId) ?? []), item]);
      }
    }
  }
  const order: CompareTheme[] = [...THEME_TAGS, NO_THEME];
  const rows = order
    .filter((theme) => byTheme.has(theme))
    .map((theme) => {
      const row = byTheme.get(theme) as Map<string, ComparedItem[]>;
      const has = towns.filter((t) => (row.get(t.workspaceId) ?? []).length > 0).map((t) => t.workspaceId);
      return {
        theme,
        items: Object.fromEntries(towns.map((t) => [t.workspaceId, row.get(t.workspaceId) ?? []])),
        only: has.length < towns.length ? has : [],
      };
    });
  return {
    section,
    towns: towns.map(({ workspaceId, name, municipality }) => ({ workspaceId, name, municipality })),
    rows,
  };
}

/** The towns of a comparison, as the query gives them: 2 to 4 distinct ids, or why not. */
export function parseCompareTowns(
  raw: string | undefined,
): { ok: true; ids: string[] } | { ok: false; message: string } {
  const ids = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    ),
  ];
  if (ids.length < COMPARE_MIN || ids.length > COMPARE_MAX)
    return { ok: false, message: `Choose ${COMPARE_MIN} to ${COMPARE_MAX} towns to compare` };
  if (!ids.every((id) => z.uuid().safeParse(id).success)) return { ok: false, message: 'A town’s id is not valid' };
  return { ok: true, ids };
}
