import { AppLayout } from '@/components/layout/app-layout';
import { AdminPage } from '@/features/people/components/admin-page';

export function Component() {
  return (
    <AppLayout>
      <AdminPage />
    </AppLayout>
  );
}
