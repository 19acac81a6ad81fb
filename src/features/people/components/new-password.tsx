import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkPasswordLength } from '@/domain';
import { TextField } from '@/components/form/text-field';
import { ApiError } from '@/lib/api-client';

// A password someone chooses (joining by invitation, or by an administrator's link): the length
// rule of the domain at the field in the person's language; the server adds the common-password rule.

/** The form's schema, with the password's length checked where the person types it. */
export const withNewPassword = <S extends z.ZodType<{ password: string }>>(schema: S) =>
  schema.superRefine((v, ctx) => {
    const problem = checkPasswordLength(v.password);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `auth:${problem}` });
  });

/** The message key of the server's refusal of a new password, or null when the refusal was about something else. */
export function passwordRefusal(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.field !== 'password') return null;
  const reason = (error.current as { reason?: string } | undefined)?.reason ?? 'errors.passwordCommon';
  return `auth:${reason}`;
}

export function NewPasswordField<T extends FieldValues>({ name, label }: { name: Path<T>; label: string }) {
  const { t } = useTranslation('auth');
  return (
    <TextField<T>
      name={name}
      type="password"
      autoComplete="new-password"
      label={label}
      description={t('join.passwordHint')}
    />
  );
}
