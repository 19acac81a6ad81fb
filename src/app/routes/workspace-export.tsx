import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/layout/page-heading';
import { ExportPanel } from '@/features/export/components/export-panel';
import { useWorkspace } from '@/features/strategy-wizard/hooks/use-strategy';

export function Component() {
  const { strategy } = useWorkspace();
  const { t } = useTranslation('export');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <ExportPanel strategy={strategy} />
    </>
  );
}
