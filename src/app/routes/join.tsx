import { AppLayout } from '@/components/layout/app-layout';
import { JoinPage } from '@/features/people/components/join-page';

export function Component() {
  return (
    <AppLayout>
      <JoinPage />
    </AppLayout>
  );
}
