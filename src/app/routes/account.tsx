import { AppLayout } from '@/components/layout/app-layout';
import { AccountPage } from '@/features/people/components/account-page';

export function Component() {
  return (
    <AppLayout>
      <AccountPage />
    </AppLayout>
  );
}
