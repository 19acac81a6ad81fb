import { AppLayout } from '@/components/layout/app-layout';
import { AccessibilityPage } from '@/features/accessibility/accessibility-page';

export function Component() {
  return (
    <AppLayout>
      <AccessibilityPage />
    </AppLayout>
  );
}
