import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetGroup, ThemeTag } from '@/domain';
import { useTagLabel } from './options';

/** Themes and target groups of an item, as words. */
export function TagList({
  themes = [],
  targetGroups = [],
}: {
  themes?: readonly ThemeTag[];
  targetGroups?: readonly TargetGroup[];
}) {
  const { t } = useTranslation('taxonomy');
  const tag = useTagLabel();
  if (themes.length === 0 && targetGroups.length === 0) return null;
  return (
    <Group gap={4} mt={4}>
      {themes.map((th) => (
        <Badge key={th} variant="light" color="blue" c="blue.9" tt="none" radius="sm" className="tag-badge">
          {tag(th)}
        </Badge>
      ))}
      {targetGroups.map((g) => (
        <Badge key={g} variant="outline" color="gray.8" c="gray.9" tt="none" radius="sm" className="tag-badge">
          {t(`targetGroup.${g}`)}
        </Badge>
      ))}
    </Group>
  );
}
