import { Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@/domain';
import type { Action } from '@/domain';
import { TextField } from '@/components/form/text-field';

/** How the action's success is measured: one row per indicator. */
export function IndicatorsField() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<Action>();
  const { fields, append, remove } = useFieldArray({ control, name: 'indicators', keyName: 'key' });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>{t('action.indicators')}</legend>
      <Text size="sm" c="gray.8" mb="xs">
        {t('action.indicatorsHint')}
      </Text>
      {fields.map((f, i) => (
        <Card key={f.key} withBorder padding="xs" mb="xs" component="fieldset" style={{ margin: '0 0 8px' }}>
          <legend style={{ fontWeight: 600 }}>{t('action.indicatorN', { n: i + 1 })}</legend>
          <TextField<Action> name={`indicators.${i}.name`} label={t('action.indicatorName')} />
          <SimpleGrid cols={{ base: 1, xs: 3 }} mt="xs">
            <TextField<Action>
              name={`indicators.${i}.baseline`}
              label={t('action.baseline')}
              type="number"
              inputMode="decimal"
            />
            <TextField<Action>
              name={`indicators.${i}.target`}
              label={t('action.target')}
              type="number"
              inputMode="decimal"
            />
            <TextField<Action> name={`indicators.${i}.unit`} label={t('action.unit')} />
          </SimpleGrid>
          <Group align="flex-end" mt="xs" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <TextField<Action> name={`indicators.${i}.verification`} label={t('action.verification')} />
            </div>
            <Button
              variant="outline"
              color="red.9"
              onClick={() => remove(i)}
              aria-label={t('action.removeIndicator', { n: i + 1 })}
            >
              {t('list.delete')}
            </Button>
          </Group>
        </Card>
      ))}
      <Button
        variant="light"
        data-field="indicators"
        disabled={fields.length >= LIMITS.indicators}
        onClick={() =>
          append(
            { id: crypto.randomUUID(), name: '', baseline: null, target: null, unit: '', verification: '' },
            { shouldFocus: true },
          )
        }
      >
        {t('action.addIndicator')}
      </Button>
    </fieldset>
  );
}
