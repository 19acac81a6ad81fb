import { AppLayout } from '@/components/layout/app-layout';
import { ResetPage } from '@/features/people/components/reset-page';

export function Component() {
  return (
    <AppLayout>
      <ResetPage />
    </AppLayout>
  );
}
