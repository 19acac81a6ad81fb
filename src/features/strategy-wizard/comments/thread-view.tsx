import { Badge, Button, Card, Group, Mark, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mentionParts } from '@/domain/comments';
import type { Comment, Thread } from '@/domain/comments';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { formatDateTime } from '@/lib/format';
import { membersQueryOptions } from '@/lib/members';
import { currentUser } from '@/lib/session';
import { useEditComment, usePostComment, useRemoveComment, useResolveThread } from './comments-api';
import { CommentForm } from './comment-form';

/**
 * One thread: its comments oldest first (a removed one keeps its place), a reply, and resolving
 * or reopening it. Only the author edits or removes a comment; anyone who may comment answers.
 */
export function ThreadView({
  workspaceId,
  thread,
  mayComment,
  heading,
}: {
  workspaceId: string;
  thread: Thread;
  mayComment: boolean;
  heading?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation(['comments', 'common']);
  const [replying, setReplying] = useState(false);
  const post = usePostComment(workspaceId);
  const resolve = useResolveThread(workspaceId);
  const first = thread.comments[0];
  const starter = first?.author.name || '';
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t('thread', { name: starter })}
      bg={thread.resolved ? 'gray.0' : undefined}
    >
      {heading}
      <Stack gap="sm">
        {thread.comments.map((c) => (
          <CommentView key={c.id} workspaceId={workspaceId} comment={c} mayComment={mayComment} />
        ))}
      </Stack>
      {thread.resolved && (
        <Text size="sm" mt="xs" fs="italic">
          {t('resolvedBy', { name: thread.resolved.by, date: formatDateTime(thread.resolved.at, i18n.language) })}
        </Text>
      )}
      {mayComment &&
        (replying ? (
          <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            <CommentForm
              workspaceId={workspaceId}
              label={t('replyLabel')}
              submitLabel={t('postReply')}
              autoFocus
              onSubmit={async (body) => {
                await post.mutateAsync({ anchor: thread.anchor, threadId: thread.id, body });
                setReplying(false);
              }}
              onCancel={() => setReplying(false)}
            />
          </div>
        ) : (
          <Group gap="xs" mt="sm">
            <Button size="compact-sm" variant="light" onClick={() => setReplying(true)}>
              {t('reply')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              loading={resolve.isPending}
              onClick={() => resolve.mutate({ id: thread.id, resolved: !thread.resolved })}
            >
              {thread.resolved ? t('reopen') : t('resolve')}
            </Button>
          </Group>
        ))}
    </Card>
  );
}

function CommentView({
  workspaceId,
  comment,
  mayComment,
}: {
  workspaceId: string;
  comment: Comment;
  mayComment: boolean;
}) {
  const { t, i18n } = useTranslation(['comments', 'common']);
  const members = useQuery(membersQueryOptions(workspaceId));
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const edit = useEditComment(workspaceId);
  const remove = useRemoveComment(workspaceId);
  if (comment.deleted) {
    return (
      <Text size="sm" fs="italic" c="gray.8">
        {t('removed')}
      </Text>
    );
  }
  const mine = mayComment && comment.author.id !== null && comment.author.id === currentUser()?.id;
  const names = (members.data ?? []).map((m) => ({ id: m.userId, name: m.name }));
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text fw={600} size="sm">
          {comment.author.name}
        </Text>
        {comment.author.role && (
          <Badge size="sm" variant="outline" color="gray.8" tt="none" radius="sm">
            {t(`role.${comment.author.role}`)}
          </Badge>
        )}
        <Text size="xs" c="gray.8">
          {formatDateTime(comment.createdAt, i18n.language)}
          {comment.editedAt ? ` · ${t('edited')}` : ''}
        </Text>
      </Group>
      {editing ? (
        <CommentForm
          workspaceId={workspaceId}
          label={t('editLabel')}
          submitLabel={t('save')}
          initial={comment.body}
          autoFocus
          onSubmit={async (body) => {
            await edit.mutateAsync({ id: comment.id, body });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {mentionParts(comment.body, names).map((p, i) =>
            'mention' in p ? (
              <Mark key={i} color="blue.1" fw={600}>
                {p.mention}
              </Mark>
            ) : (
              p.text
            ),
          )}
        </Text>
      )}
      {mine && !editing && (
        <Group gap={4} mt={2}>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
          <Button size="compact-xs" variant="outline" color="red.9" onClick={() => setRemoving(true)}>
            {t('remove')}
          </Button>
        </Group>
      )}
      {removing && (
        <ConfirmDialog
          opened
          title={t('removeTitle')}
          confirmLabel={t('remove')}
          onConfirm={() => {
            remove.mutate(comment.id);
            setRemoving(false);
          }}
          onCancel={() => setRemoving(false)}
          message={t('removeText')}
        />
      )}
    </div>
  );
}
