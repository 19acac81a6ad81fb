import { AppLayout } from '@/components/layout/app-layout';
import { ProgrammesPage } from '@/features/programmes/components/programmes-page';
import { currentUser } from '@/lib/session';

export function Component() {
  return (
    <AppLayout>
      <ProgrammesPage manage={currentUser()?.systemRole === 'admin'} />
    </AppLayout>
  );
}
