import { Alert, Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { commentRequired, isWorkflowState } from '@/domain';
import type { WorkflowAction, WorkflowState } from '@/domain';
import { ApiError, NetworkError } from '@/lib/api-client';
import { useShowState, useTakeStep } from './workflow-api';

type Values = { comment: string };

/**
 * Confirms one step of the workflow: says what it will do, takes the comment (required where
 * the others must learn what to change), and tells plainly when the step could not be taken.
 */
export function StepDialog({
  workspaceId,
  action,
  state,
  onClose,
}: {
  workspaceId: string;
  action: WorkflowAction;
  state: WorkflowState;
  onClose: (taken: WorkflowAction | null) => void;
}) {
  const { t } = useTranslation(['workflow', 'common']);
  const take = useTakeStep(workspaceId);
  const showState = useShowState(workspaceId);
  const [problem, setProblem] = useState<string | null>(null);
  const required = commentRequired(action);
  const form = useForm<Values>({ defaultValues: { comment: '' } });
  const error = form.formState.errors.comment?.message;

  const onSubmit = form.handleSubmit(async ({ comment }) => {
    if (required && comment.trim() === '') {
      form.setError('comment', { message: t('commentMissing') }, { shouldFocus: true });
      return;
    }
    setProblem(null);
    try {
      await take.mutateAsync({ action, from: state, comment });
      onClose(action);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const now = (e.current as { state?: unknown } | undefined)?.state;
        if (isWorkflowState(now)) showState(now);
        setProblem(t('stale', { state: isWorkflowState(now) ? t(`common:workflowState.${now}`) : '' }));
      } else if (e instanceof ApiError && e.field === 'comment') {
        form.setError('comment', { message: t('commentMissing') }, { shouldFocus: true });
      } else if (e instanceof NetworkError || (e instanceof ApiError && e.unavailable)) {
        setProblem(t('offline'));
      } else {
        setProblem(t('failed', { message: e instanceof Error ? e.message : '' }));
      }
    }
  });

  return (
    <Modal opened onClose={() => onClose(null)} title={t(`actions.${action}`)} centered size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Text mb="md">{t(`confirm.${action}`)}</Text>
        <Textarea
          label={required ? t('commentRequired') : t('comment')}
          description={t('commentHint')}
          autosize
          minRows={3}
          maxRows={12}
          required={required}
          error={error}
          {...form.register('comment')}
          data-autofocus
        />
        {problem && (
          <Alert color="red.9" variant="outline" role="alert" mt="md">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end" mt="lg">
          <Button variant="subtle" onClick={() => onClose(null)}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={take.isPending}>
            {t(`actions.${action}`)}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
