import { useParams } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { ProgrammePracticePage } from '@/features/programmes/components/programme-practice-page';
import { useCoordinates } from '@/features/programmes/api/programmes-api';

export function Component() {
  const { programmeId = '' } = useParams();
  return (
    <AppLayout>
      <ProgrammePracticePage programmeId={programmeId} coordinates={useCoordinates(programmeId)} />
    </AppLayout>
  );
}
