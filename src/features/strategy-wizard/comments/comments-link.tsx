import { Anchor, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useOpenCount } from './comments-api';

/**
 * Opens the comments on an item, a section or the strategy, saying how many are open. A link
 * (`?comments=<anchor>`), not a button: it works inside a read-only form (a reviewer's), and the
 * place can be shared and reached from the comments panel.
 */
export function CommentsLink({
  workspaceId,
  anchor,
  name,
  label,
}: {
  workspaceId: string;
  anchor: string;
  name: string;
  label?: string;
}) {
  const { t } = useTranslation('wizard');
  const count = useOpenCount(workspaceId, anchor);
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.set('comments', anchor);
  return (
    <Anchor
      component={Link}
      to={{ pathname: location.pathname, search: `?${params.toString()}` }}
      size="sm"
      fw={count > 0 ? 700 : undefined}
      data-testid={`comments-link-${anchor}`}
    >
      {/* No count at all when there is none: Latvian reads 0 like 10 or 20, so "0" is not a plural form here. */}
      {count > 0 ? t('comments.link', { count }) : (label ?? t('comments.linkNone'))}
      {/* What it is about, for a screen reader's list of links; the visible words come first. */}
      <VisuallyHidden>{t('comments.about', { name })}</VisuallyHidden>
    </Anchor>
  );
}
