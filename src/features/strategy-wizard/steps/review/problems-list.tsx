import { Alert, Anchor, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '@/domain';

/** Where the thread need → recommendation → action → indicator breaks, each with a link to fix it. */
export function ProblemsList({ problems, base }: { problems: Problem[]; base: string }) {
  const { t } = useTranslation('review');
  return (
    <section aria-labelledby="problems-heading">
      <Title order={2} size="h3" id="problems-heading" mb="xs">
        {t('problems.title')}
      </Title>
      {problems.length === 0 ? (
        <Alert color="green.9" variant="outline">
          <Text>{t('problems.none')}</Text>
        </Alert>
      ) : (
        <>
          <Text mb="xs">{t('problems.intro', { count: problems.length })}</Text>
          <List spacing="xs">
            {problems.map((p) => {
              const name = p.title.trim() || t('problems.untitled', { n: p.position + 1 });
              return (
                <List.Item key={`${p.code}-${p.itemId}`}>
                  <Text span c="red.9" fw={600}>
                    {t(`problems.${p.code}`, { name })}
                  </Text>{' '}
                  <Anchor
                    component={Link}
                    to={`${base}/${p.step}?item=${p.itemId}`}
                    aria-label={t('problems.fixNamed', { name })}
                  >
                    {t('problems.fix')}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </>
      )}
    </section>
  );
}
