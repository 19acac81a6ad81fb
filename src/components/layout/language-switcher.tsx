import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, rememberLanguage } from '@/lib/i18n';
import { languageOptions } from '../form/language-options';

/** The seven languages, each in its own name; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      label={t('language.label')}
      size="xs"
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => {
        const lng = event.currentTarget.value;
        if (!isLanguage(lng)) return;
        rememberLanguage(lng);
        void i18n.changeLanguage(lng);
      }}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { marginBottom: 0 } }}
    >
      {languageOptions()}
    </NativeSelect>
  );
}
