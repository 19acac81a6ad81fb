import { useTranslation } from 'react-i18next';
import type { ContentStep, StoredItem, Strategy } from '@/domain';
import { liveRefs } from '@/domain';
import { countryName, formatDate, formatNumber } from '@/lib/format';
import type { Row } from './answer-section';

const titled = (items: readonly StoredItem[], field: 'title' | 'name', untitled: string) =>
  items
    .map(
      (i, n) =>
        `${n + 1}. ${String((i.data as Record<string, unknown>)[field] ?? '').trim() || `${untitled} ${n + 1}`}`,
    )
    .join('\n');

/** The rows of every step's summary, in the reader's language. */
export function useAnswerRows(strategy: Strategy): { step: ContentStep; rows: Row[] }[] {
  const { t, i18n } = useTranslation('wizard');
  const lng = i18n.language;
  const {
    partnership: p,
    diagnosis: d,
    plan,
    vision: v,
  } = Object.fromEntries(Object.entries(strategy.sections).map(([k, s]) => [k, s.data])) as {
    [K in keyof Strategy['sections']]: Strategy['sections'][K]['data'];
  };
  const it = strategy.items;
  const untitled = t('review:untitled');
  const tg = (groups: readonly string[]) => groups.map((g) => t(`taxonomy:targetGroup.${g}`)).join(', ');
  const count = (list: readonly unknown[]) => t('review:count', { count: list.length });
  const linkedActions = (id: string) => it.action.filter((a) => a.data.recommendationId === id).length;
  return [
    {
      step: 'partnership',
      rows: [
        { label: t('partnership.municipality'), value: p.municipality },
        { label: t('partnership.country'), value: countryName(p.country, lng) },
        { label: t('partnership.leadLibrary'), value: p.leadLibrary },
        { label: t('partnership.description'), value: p.description },
        {
          label: t('partnership.agreementSigned'),
          value: p.agreementSigned
            ? `${t('common:yes')}${p.agreementDate ? ` (${formatDate(p.agreementDate, lng)})` : ''}`
            : t('common:no'),
        },
        { label: `${t('partnership.partners')} (${count(it.partner)})`, value: titled(it.partner, 'name', untitled) },
        { label: `${t('partnership.meetings')} (${count(it.meeting)})`, value: titled(it.meeting, 'title', untitled) },
      ],
    },
    {
      step: 'diagnosis',
      rows: [
        { label: t('diagnosis.population'), value: formatNumber(d.population, lng) },
        { label: t('diagnosis.tcnCount'), value: formatNumber(d.tcnCount, lng) },
        { label: t('diagnosis.countriesOfOrigin'), value: d.countriesOfOrigin.join(', ') },
        { label: t('diagnosis.languages'), value: d.languages.join(', ') },
        { label: t('diagnosis.targetGroups'), value: tg(d.targetGroups) },
        { label: t('diagnosis.summary'), value: d.summary },
        { label: t('diagnosis.dataSources'), value: d.dataSources },
        { label: `${t('diagnosis.services')} (${count(it.service)})`, value: titled(it.service, 'name', untitled) },
      ],
    },
    {
      step: 'needs',
      rows: [{ label: `${t('need.listTitle')} (${count(it.need)})`, value: titled(it.need, 'title', untitled) }],
    },
    {
      step: 'strengths',
      rows: [
        { label: `${t('strength.listTitle')} (${count(it.strength)})`, value: titled(it.strength, 'title', untitled) },
      ],
    },
    {
      step: 'challenges',
      rows: [
        {
          label: `${t('challenge.listTitle')} (${count(it.challenge)})`,
          value: titled(it.challenge, 'title', untitled),
        },
      ],
    },
    {
      step: 'recommendations',
      rows: it.recommendation.map((r, n) => ({
        label: `${n + 1}. ${r.data.title.trim() || untitled}`,
        value: t('review:recommendationLinks', {
          needs: liveRefs(r.data.needIds, it.need).length,
          challenges: liveRefs(r.data.challengeIds, it.challenge).length,
          actions: linkedActions(r.id),
        }),
      })),
    },
    {
      step: 'plan',
      rows: [
        ...it.action.map((a, n) => ({
          label: `${n + 1}. ${a.data.title.trim() || untitled}`,
          value: t('action.indicatorCount', { count: a.data.indicators.length }),
        })),
        { label: t('plan.monitoring'), value: plan.monitoring },
        { label: t('plan.review'), value: plan.review },
      ],
    },
    {
      step: 'vision',
      rows: [
        { label: t('vision.vision'), value: v.vision },
        {
          label: t('vision.objectives'),
          value: v.objectives
            .filter(Boolean)
            .map((o, n) => `${n + 1}. ${o}`)
            .join('\n'),
        },
        { label: t('vision.summary'), value: v.summary },
        { label: t('vision.councilDecision'), value: v.councilDecision },
        { label: t('vision.adoptionDate'), value: v.adoptionDate ? formatDate(v.adoptionDate, lng) : '' },
      ],
    },
  ];
}
