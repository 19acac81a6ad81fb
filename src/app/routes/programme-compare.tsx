import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { CompareTownsPage } from '@/features/programmes/components/compare-towns-page';

export function Component() {
  const { programmeId = '' } = useParams();
  return (
    <AppLayout>
      <CompareTownsPage programmeId={programmeId} />
    </AppLayout>
  );
}
