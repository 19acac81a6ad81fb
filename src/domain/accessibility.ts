import { z } from 'zod';

// The accessibility statement's two details that belong to whoever runs the application
// (the Web Accessibility Directive): where to send feedback, and the country's enforcement
// body. The server reads them from its configuration; null when the operator has not set one.

export const AccessibilityContacts = z.object({
  contact: z.string().nullable(),
  enforcement: z.string().nullable(),
});
export type AccessibilityContacts = z.infer<typeof AccessibilityContacts>;

/** When the statement was last prepared (shown on the page, in the reader's date format). */
export const ACCESSIBILITY_ASSESSED_ON = '2026-12-05';
