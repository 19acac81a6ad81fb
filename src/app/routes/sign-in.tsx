import { AppLayout } from '@/components/layout/app-layout';
import { SignInPage } from '@/features/people/components/sign-in-page';

export function Component() {
  return (
    <AppLayout>
      <SignInPage />
    </AppLayout>
  );
}
