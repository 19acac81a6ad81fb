import { Accordion, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepId } from '@/domain/steps';

type Example = { title: string; text: string };

/** The guidance itself, once its words are here (the server draws it too: src/app/first-frame.tsx). */
export function GuidanceText({ step }: { step: StepId }) {
  const { t } = useTranslation(['guidance', 'wizard']);
  const questions = t(`${step}.questions`, { returnObjects: true }) as unknown;
  const examples = t(`${step}.examples`, { returnObjects: true }) as unknown;
  return (
    <section aria-label={t('wizard:guidance.label')}>
      <Text mb="sm" size="lg">
        {t(`${step}.purpose`)}
      </Text>
      {/* Its two parts are headings of the page (h2), so that the example titles (h3) sit under one. */}
      <Accordion variant="separated" multiple mb="lg" chevronPosition="left" order={2}>
        <Accordion.Item value="questions">
          <Accordion.Control>{t('wizard:guidance.questions')}</Accordion.Control>
          <Accordion.Panel>
            <List spacing={4}>
              {Array.isArray(questions) && questions.map((q) => <List.Item key={String(q)}>{String(q)}</List.Item>)}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="examples">
          <Accordion.Control>{t('wizard:guidance.examples')}</Accordion.Control>
          <Accordion.Panel>
            {Array.isArray(examples) &&
              (examples as Example[]).map((e) => (
                <div key={e.title} style={{ marginBottom: 12 }}>
                  <Text fw={700} component="h3" size="md" m={0}>
                    {e.title}
                  </Text>
                  <Text>{e.text}</Text>
                </div>
              ))}
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </section>
  );
}
