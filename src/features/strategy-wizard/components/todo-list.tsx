import { Anchor, List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addsItem, problemItemLink, todoLink } from '@/domain/checklist';
import type { FixLink, ToDo } from '@/domain/checklist';
import type { Gap, Problem } from '@/domain';
import { dynamicKey } from '@/lib/i18n';
import { ADD_ITEM, UNTITLED } from './item-words';

// What is still to do, each thing with one link to where it is done: the review page lists
// every step's, a step page its own (domain/checklist.ts decides what and where).

const href = (base: string, link: FixLink) => {
  const query = new URLSearchParams(link.params).toString();
  return `${base}/${link.step}${query ? `?${query}` : ''}`;
};

/**
 * The entries, each a sentence and its link. Someone who may not change the strategy gets
 * links that show the item or the field ("Show") instead of links that add one or go to fill it in.
 */
export function ToDoList({ todos, base, canEdit }: { todos: ToDo[]; base: string; canEdit: boolean }) {
  return (
    <List spacing={4}>
      {todos.map((todo) => (
        <List.Item key={keyOf(todo)}>
          {todo.type === 'problem' ? (
            <ProblemEntry problem={todo.problem} base={base} canEdit={canEdit} />
          ) : (
            <GapEntry gap={todo.gap} base={base} canEdit={canEdit} />
          )}
        </List.Item>
      ))}
    </List>
  );
}

const keyOf = (todo: ToDo) =>
  todo.type === 'problem'
    ? `${todo.problem.code}-${todo.problem.itemId}`
    : todo.gap.type === 'field'
      ? `${todo.gap.owner}-${todo.gap.field.key}`
      : todo.gap.type === 'fewItems'
        ? `few-${todo.gap.kind}`
        : `item-${todo.gap.itemId}`;

/** "Action “Café” has no lead partner. Go to the field" */
function ProblemEntry({ problem, base, canEdit }: { problem: Problem; base: string; canEdit: boolean }) {
  const { t } = useTranslation(['review', 'wizard']);
  const name = problem.title.trim() || t('review:problems.untitled', { n: problem.position + 1 });
  const link = todoLink({ type: 'problem', problem });
  const adds = addsItem(link);
  const to = adds && !canEdit ? problemItemLink(problem) : link;
  const text =
    adds && canEdit
      ? t(problem.code === 'needUnaddressed' ? 'review:todo.addRecommendation' : 'review:todo.addAction')
      : t(canEdit ? 'review:todo.goToField' : 'review:todo.show');
  return (
    <>
      <Text span fw={600}>
        {t(`review:problems.${problem.code}`, { name })}
      </Text>{' '}
      <FixAnchor to={href(base, to)} text={text} name={name} />
    </>
  );
}

/**
 * A link whose visible words say what it does ("Go to the field") and whose name, for a list
 * read link by link, also says which ("Go to the field: Country"): the name begins with the
 * visible words, so speech input finds it by what it shows. The name is one hidden text (the
 * visible words are hidden from the accessibility tree): Chromium reads a visible word followed
 * by an absolutely placed hidden span as two blocks, "Go to the field : Country".
 */
function FixAnchor({ to, text, name }: { to: string; text: string; name: string }) {
  const { t } = useTranslation('review');
  return (
    <Anchor component={Link} to={to}>
      <span aria-hidden>{text}</span>
      <VisuallyHidden>{`${text}${t('todo.which', { name })}`}</VisuallyHidden>
    </Anchor>
  );
}

/** "Not filled in: Executive summary. Go to the field", "Need 3 (no title yet) — not filled in: Title and Priority. Go to the field" */
function GapEntry({ gap, base, canEdit }: { gap: Gap; base: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation(['review', 'wizard', 'fields']);
  const link = todoLink({ type: 'gap', gap });
  const label = (owner: string, key: string) => t(dynamicKey<['review', 'wizard', 'fields']>(`fields:${owner}.${key}`));
  if (gap.type === 'fewItems') {
    const what = `${t('wizard:missing.title')} ${t(dynamicKey<['review', 'wizard', 'fields']>(`wizard:missing.${gap.message}`))}`;
    return (
      <>
        <Text span>{what}</Text>{' '}
        {canEdit && (
          <Anchor component={Link} to={href(base, link)}>
            {t(`wizard:${ADD_ITEM[gap.kind]}`)}
          </Anchor>
        )}
      </>
    );
  }
  if (gap.type === 'field') {
    const field = label(gap.owner, gap.field.key);
    return (
      <>
        <Text span>{t('review:todo.emptyField', { field })}</Text>{' '}
        <FixAnchor
          to={href(base, link)}
          text={t(canEdit ? 'review:todo.goToField' : 'review:todo.show')}
          name={field}
        />
      </>
    );
  }
  const name = gap.name || t(`wizard:${UNTITLED[gap.kind]}`, { n: gap.position + 1 });
  const fields = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    gap.fields.map((f) => label(gap.kind, f.key)),
  );
  return (
    <>
      <Text span>{t('review:todo.itemFields', { name, fields })}</Text>{' '}
      <FixAnchor to={href(base, link)} text={t(canEdit ? 'review:todo.goToField' : 'review:todo.show')} name={name} />
    </>
  );
}
