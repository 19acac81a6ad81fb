import { Anchor } from '@mantine/core';
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
      aria-label={t('comments.linkFor', { name, count })}
      data-testid={`comments-link-${anchor}`}
    >
      {label && count === 0 ? label : t('comments.link', { count })}
    </Anchor>
  );
}
