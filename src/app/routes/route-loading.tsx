import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/layout/loading';

export function RouteLoading() {
  const { t } = useTranslation();
  return <Loading label={t('loading')} />;
}
