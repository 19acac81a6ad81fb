import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { itemName, STEP_OF_KIND } from '@/domain';
import { IdeaBody, sortIdeas } from '@/domain/ideas';
import type { Idea, IdeaSort, IdeaStatus, IdeaTarget } from '@/domain/ideas';
import { CheckboxGroupField } from '@/components/form/checkbox-group-field';
import { TextField } from '@/components/form/text-field';
import { LazyConfirmDialog as ConfirmDialog } from '@/components/layout/lazy-confirm-dialog';
import { Loading } from '@/components/layout/loading';
import { PageHeading } from '@/components/layout/page-heading';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { currentUser, useAbilities } from '@/lib/session';
import { useStrategySelector, useWorkspaceName } from '../hooks/use-strategy';
import { useOptions } from '../steps/shared/options';
import {
  useConvertIdea,
  useDecideIdea,
  useEditIdea,
  useIdeas,
  useProposeIdea,
  useRemoveIdea,
  useVote,
} from './ideas-api';

type Filter = 'all' | IdeaStatus;
const FILTERS: readonly Filter[] = ['all', 'proposed', 'selected', 'setAside'];
const STATUS_COLOR: Record<IdeaStatus, string> = { proposed: 'gray.8', selected: 'green.9', setAside: 'orange.9' };

/**
 * The ideas board: propose, vote, sort; the lead selects or sets aside and turns ideas into
 * items. Full screen, it is the workshop's projector view, with votes arriving live.
 */
export function IdeasPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['ideas', 'common']);
  const { name } = useWorkspaceName();
  const ideas = useIdeas(workspaceId);
  const may = useAbilities(workspaceId);
  const [params, setParams] = useSearchParams();
  const sort: IdeaSort = params.get('sort') === 'date' ? 'date' : 'votes';
  const filter: Filter = FILTERS.includes(params.get('show') as Filter) ? (params.get('show') as Filter) : 'all';
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const board = useRef<HTMLDivElement>(null);
  const [workshop, setWorkshop] = useState(false);
  useEffect(() => {
    const follow = () => setWorkshop(document.fullscreenElement === board.current && board.current !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);

  const set = (key: string, value: string, fallback: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const shown = ideas.data
    ? sortIdeas(
        ideas.data.filter((i) => filter === 'all' || i.status === filter),
        sort,
      )
    : [];

  return (
    <Container size="lg" px={0}>
      <PageHeading>{t('title')}</PageHeading>
      <Text mb="md">{t('intro')}</Text>
      <Group gap="sm" mb="md">
        {may.comment && !proposing && <Button onClick={() => setProposing(true)}>{t('propose')}</Button>}
        <Button variant="default" onClick={() => void board.current?.requestFullscreen?.().catch(() => undefined)}>
          {t('workshop')}
        </Button>
      </Group>
      {proposing && (
        <Card withBorder padding="md" mb="md">
          <IdeaForm
            workspaceId={workspaceId}
            onDone={(text) => {
              setProposing(false);
              if (text) setNotice({ text });
            }}
          />
        </Card>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color={notice.error ? 'red.9' : 'green.9'} variant="outline" mb="md">
            {notice.text}
          </Alert>
        )}
      </div>
      <Group gap="xl" mb="md" align="flex-start">
        <Radio.Group label={t('sort')} value={sort} onChange={(v) => set('sort', v, 'votes')}>
          <Group gap="md" mt={4}>
            <Radio value="votes" label={t('sortVotes')} />
            <Radio value="date" label={t('sortDate')} />
          </Group>
        </Radio.Group>
        <Radio.Group label={t('show')} value={filter} onChange={(v) => set('show', v, 'all')}>
          <Group gap="md" mt={4}>
            {FILTERS.map((f) => (
              <Radio key={f} value={f} label={t(`filter.${f}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
      <div
        ref={board}
        className={workshop ? 'ideas-workshop' : undefined}
        style={workshop ? { background: 'white', padding: 32, overflow: 'auto' } : undefined}
      >
        {workshop && (
          <Group justify="space-between" mb="lg">
            <div>
              <Title order={2} fz={40}>
                {t('workshopTitle', { name })}
              </Title>
              <Text fz="lg">{t('workshopHint')}</Text>
            </div>
            <Button size="lg" variant="default" onClick={() => void document.exitFullscreen()}>
              {t('leaveWorkshop')}
            </Button>
          </Group>
        )}
        {!ideas.data ? (
          <Loading label={t('common:loading')} />
        ) : shown.length === 0 ? (
          <Text>{ideas.data.length === 0 ? t('none') : t('noneFiltered')}</Text>
        ) : (
          <SimpleGrid
            cols={workshop ? { base: 1, md: 2, xl: 3 } : 1}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {shown.map((idea) => (
              <IdeaCard key={idea.id} workspaceId={workspaceId} idea={idea} large={workshop} onNotice={setNotice} />
            ))}
          </SimpleGrid>
        )}
      </div>
    </Container>
  );
}

function IdeaForm({
  workspaceId,
  idea,
  onDone,
}: {
  workspaceId: string;
  idea?: Idea;
  onDone: (notice: string | null) => void;
}) {
  const { t } = useTranslation(['ideas', 'common']);
  const options = useOptions();
  const propose = useProposeIdea(workspaceId);
  const edit = useEditIdea(workspaceId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<IdeaBody>({
    resolver: zodResolver(IdeaBody),
    defaultValues: idea
      ? {
          title: idea.title,
          description: idea.description,
          themes: idea.themes as IdeaBody['themes'],
          targetGroups: idea.targetGroups as IdeaBody['targetGroups'],
        }
      : { title: '', description: '', themes: [], targetGroups: [] },
  });
  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const body = { ...values, themes: asArray(values.themes), targetGroups: asArray(values.targetGroups) } as IdeaBody;
    try {
      if (idea) await edit.mutateAsync({ id: idea.id, body });
      else await propose.mutateAsync(body);
      onDone(idea ? null : t('proposed'));
    } catch (e) {
      setProblem(t('failed', { message: e instanceof Error ? e.message : '' }));
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={idea ? t('edit') : t('propose')}>
        <Stack gap="sm">
          <TextField<IdeaBody> name="title" label={t('form.title')} required autoFocus />
          <TextField<IdeaBody>
            name="description"
            label={t('form.description')}
            description={t('form.descriptionHint')}
            multiline
          />
          <CheckboxGroupField<IdeaBody>
            name="themes"
            id="ideas-themes"
            legend={t('form.themes')}
            options={[...options.euThemes, ...options.libraryThemes]}
            columns={2}
          />
          <CheckboxGroupField<IdeaBody>
            name="targetGroups"
            legend={t('form.targetGroups')}
            options={options.targetGroups}
          />
          {problem && (
            <Alert color="red.9" variant="outline" role="alert">
              {problem}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {idea ? t('form.save') : t('form.submit')}
            </Button>
            <Button variant="subtle" onClick={() => onDone(null)}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}

/** A checkbox group holds one string when one box is ticked, an array when several are. */
const asArray = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);

function IdeaCard({
  workspaceId,
  idea,
  large,
  onNotice,
}: {
  workspaceId: string;
  idea: Idea;
  large: boolean;
  onNotice: (n: { text: string; error?: boolean }) => void;
}) {
  const { t, i18n } = useTranslation(['ideas', 'taxonomy', 'common']);
  const may = useAbilities(workspaceId);
  const vote = useVote(workspaceId);
  const decide = useDecideIdea(workspaceId);
  const convert = useConvertIdea(workspaceId);
  const remove = useRemoveIdea(workspaceId);
  const [editing, setEditing] = useState(false);
  const [settingAside, setSettingAside] = useState(false);
  const [removing, setRemoving] = useState(false);
  const asideForm = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const reasonError = asideForm.formState.errors.reason?.message;
  const target = useStrategySelector((s) => {
    if (!idea.convertedTo) return null;
    const list = s.items[idea.convertedTo.kind] as { id: string; data: unknown }[];
    const found = list.find((i) => i.id === idea.convertedTo?.id);
    return found ? itemName(found.data) : null;
  });
  const mine = idea.proposedBy.id !== null && idea.proposedBy.id === currentUser()?.id;
  const failed = (e: unknown) =>
    onNotice({
      text: t('failed', { message: e instanceof ApiError || e instanceof Error ? e.message : '' }),
      error: true,
    });
  const headingId = `idea-${idea.id}`;

  if (editing) {
    return (
      <Card component="li" withBorder padding="md">
        <IdeaForm workspaceId={workspaceId} idea={idea} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  return (
    <Card component="li" withBorder padding={large ? 'xl' : 'md'} aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <div style={{ minWidth: 0 }}>
          <Title order={3} size={large ? 'h2' : 'h4'} id={headingId}>
            {idea.title}
          </Title>
          <Text size="sm" c="gray.8">
            {t('by', { name: idea.proposedBy.name, date: formatDate(idea.createdAt, i18n.language) })}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <Text fw={700} fz={large ? 32 : 'lg'} data-testid="votes">
            {t('votes', { count: idea.votes })}
          </Text>
          <Badge color={STATUS_COLOR[idea.status]} variant="outline" radius="sm" tt="none">
            {t(`status.${idea.status}`)}
          </Badge>
        </Stack>
      </Group>
      {idea.description && (
        <Text mt="xs" fz={large ? 'xl' : 'sm'} style={{ whiteSpace: 'pre-wrap' }}>
          {idea.description}
        </Text>
      )}
      {(idea.themes.length > 0 || idea.targetGroups.length > 0) && (
        <Group gap={4} mt="xs">
          {idea.themes.map((th) => (
            <Badge key={th} variant="light" radius="sm" tt="none">
              {t(`taxonomy:theme.${th}` as never) as string}
            </Badge>
          ))}
          {idea.targetGroups.map((g) => (
            <Badge key={g} variant="outline" color="gray.8" radius="sm" tt="none">
              {t(`taxonomy:targetGroup.${g}` as never) as string}
            </Badge>
          ))}
        </Group>
      )}
      {idea.status === 'setAside' && idea.reason && (
        <Text mt="xs" size="sm" fs="italic">
          {t('reason', { reason: idea.reason })}
        </Text>
      )}
      {idea.convertedTo && (
        <Anchor
          component={Link}
          to={`/w/${workspaceId}/${STEP_OF_KIND[idea.convertedTo.kind]}?item=${idea.convertedTo.id}`}
          size="sm"
          mt="xs"
          display="inline-block"
        >
          {t('converted', { kind: t(`kinds.${idea.convertedTo.kind}`), name: target ?? '' })}
        </Anchor>
      )}
      <Group gap="xs" mt="sm">
        {may.comment && (
          <Button
            size={large ? 'lg' : 'compact-sm'}
            variant={idea.myVote ? 'filled' : 'light'}
            aria-pressed={idea.myVote}
            loading={vote.isPending}
            onClick={() => vote.mutate({ id: idea.id, vote: !idea.myVote }, { onError: failed })}
          >
            {idea.myVote ? t('unvote') : t('vote')}
          </Button>
        )}
        {!large && may.decideIdeas && !idea.convertedTo && (
          <>
            {idea.status !== 'selected' && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => decide.mutate({ id: idea.id, body: { status: 'selected' } }, { onError: failed })}
              >
                {t('select')}
              </Button>
            )}
            {idea.status !== 'setAside' && (
              <Button size="compact-sm" variant="default" onClick={() => setSettingAside(true)}>
                {t('setAside')}
              </Button>
            )}
            {idea.status !== 'proposed' && (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => decide.mutate({ id: idea.id, body: { status: 'proposed' } }, { onError: failed })}
              >
                {t('backToProposed')}
              </Button>
            )}
            {idea.status === 'selected' &&
              (['recommendation', 'action'] as IdeaTarget[]).map((kind) => (
                <Button
                  key={kind}
                  size="compact-sm"
                  variant="outline"
                  loading={convert.isPending}
                  onClick={() =>
                    convert.mutate(
                      { id: idea.id, kind },
                      {
                        onSuccess: (made) =>
                          onNotice({
                            text: t('convertedDone', { kind: t(`kinds.${kind}`), name: itemName(made.item.data) }),
                          }),
                        onError: failed,
                      },
                    )
                  }
                >
                  {kind === 'recommendation' ? t('toRecommendation') : t('toAction')}
                </Button>
              ))}
          </>
        )}
        {!large && (mine || may.decideIdeas) && !idea.convertedTo && (
          <>
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
            <Button size="compact-sm" variant="outline" color="red.9" onClick={() => setRemoving(true)}>
              {t('remove')}
            </Button>
          </>
        )}
      </Group>
      <Modal opened={settingAside} onClose={() => setSettingAside(false)} title={t('confirmSetAside')} centered>
        <form
          onSubmit={asideForm.handleSubmit(({ reason }) =>
            decide.mutate(
              { id: idea.id, body: { status: 'setAside', reason } },
              { onSuccess: () => setSettingAside(false), onError: failed },
            ),
          )}
          noValidate
        >
          <Textarea
            label={t('reasonLabel')}
            description={t('reasonHint')}
            {...asideForm.register('reason', {
              validate: (v) => (v.trim() ? true : t('common:errors.reasonRequired')),
            })}
            error={reasonError}
            required
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end" mt="md">
            <Button variant="subtle" onClick={() => setSettingAside(false)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t('confirmSetAside')}
            </Button>
          </Group>
        </form>
      </Modal>
      <ConfirmDialog
        opened={removing}
        title={t('removeTitle')}
        message={t('removeText')}
        confirmLabel={t('remove')}
        onConfirm={() => {
          setRemoving(false);
          remove.mutate(idea.id, { onError: failed });
        }}
        onCancel={() => setRemoving(false)}
      />
    </Card>
  );
}
