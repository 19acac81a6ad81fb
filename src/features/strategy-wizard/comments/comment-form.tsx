import { Alert, Button, Group, Menu, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX } from '@/domain/comments';
import { useErrorText } from '@/components/form/field-message';
import { ApiError, NetworkError } from '@/lib/api-client';
import { encodeMessage } from '@/lib/zod-messages';
import { membersQueryOptions } from '@/lib/members';

type Values = { body: string };

/**
 * Writes a comment (a new thread, a reply, or an edit of one's own). The text stays in the
 * field until the server has it; "@" and a member's name mention them, and the menu puts a
 * name in at the cursor for those who do not know how it is spelled.
 */
export function CommentForm({
  workspaceId,
  label,
  submitLabel,
  initial = '',
  autoFocus,
  onSubmit,
  onCancel,
}: {
  workspaceId: string;
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['comments', 'common']);
  const members = useQuery(membersQueryOptions(workspaceId));
  const form = useForm<Values>({ defaultValues: { body: initial } });
  const field = useRef<HTMLTextAreaElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { ref, ...body } = form.register('body', {
    validate: (v) => (v.trim() === '' ? 'errors.required' : true),
    maxLength: {
      value: COMMENT_MAX,
      message: encodeMessage('errors.tooLong', { max: COMMENT_MAX, count: COMMENT_MAX }),
    },
  });
  const toText = useErrorText();
  const errorText = toText(form.formState.errors.body?.message);

  const mention = (name: string) => {
    const el = field.current;
    const value = form.getValues('body');
    const at = el?.selectionStart ?? value.length;
    const before = value.slice(0, at);
    const insert = `${before && !/\s$/.test(before) ? ' ' : ''}@${name} `;
    form.setValue('body', before + insert + value.slice(at), { shouldDirty: true });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + insert.length, at + insert.length);
    });
  };

  const submit = form.handleSubmit(async ({ body: text }) => {
    setProblem(null);
    try {
      await onSubmit(text);
      form.reset({ body: '' });
    } catch (e) {
      if (e instanceof NetworkError || (e instanceof ApiError && e.unavailable)) setProblem(t('offline'));
      else setProblem(t('failed', { message: e instanceof Error ? e.message : '' }));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Textarea
        label={label}
        description={t('newHint')}
        autosize
        minRows={2}
        maxRows={10}
        error={errorText}
        autoFocus={autoFocus}
        {...body}
        ref={(el) => {
          ref(el);
          field.current = el;
        }}
      />
      {problem && (
        <Alert color="red.9" variant="outline" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        <Button type="submit" size="compact-md" loading={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {(members.data?.length ?? 0) > 1 && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="default" size="compact-md">
                @ {t('mention')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {members.data?.map((m) => (
                <Menu.Item key={m.userId} onClick={() => mention(m.name)}>
                  {m.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {onCancel && (
          <Button variant="subtle" size="compact-md" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
      </Group>
    </form>
  );
}
