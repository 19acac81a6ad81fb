import '@mantine/core/styles.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { MantineProvider, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { initReactI18next, useTranslation } from 'react-i18next';
import { z } from 'zod';

// The "stack floor" of the typing benchmark: the product's libraries at the product's
// versions (React 19, Mantine, TanStack Query, i18next, react-hook-form + zod) and none of
// its code. One form of ten uncontrolled inputs, validated on every change: what typing
// costs when the app itself adds nothing. Built by scripts/bench-typing.mjs.

const FIELDS = [
  'title',
  'description',
  'evidence',
  'resources',
  'risks',
  'fundingSource',
  'contactPerson',
  'contactEmail',
  'notes',
  'unit',
] as const;
type Field = (typeof FIELDS)[number];
const MULTILINE = new Set<Field>(['description', 'evidence', 'resources', 'risks', 'notes']);

const Schema = z.object({
  title: z.string().max(200),
  description: z.string().max(5000),
  evidence: z.string().max(2000),
  resources: z.string().max(2000),
  risks: z.string().max(2000),
  fundingSource: z.string().max(200),
  contactPerson: z.string().max(200),
  contactEmail: z.union([z.literal(''), z.email()]),
  notes: z.string().max(2000),
  unit: z.string().max(40),
});
type Values = z.infer<typeof Schema>;

const LOREM =
  'Newcomers and long-time residents meet in the library, where staff and volunteers offer information, language practice and a quiet place to study; ';

const resources = {
  en: {
    floor: {
      heading: 'Stack floor',
      formLabel: 'Need',
      title: 'Title',
      description: 'Description',
      evidence: 'Evidence or source',
      resources: 'Resources',
      risks: 'Risks',
      fundingSource: 'Funding source',
      contactPerson: 'Contact person',
      contactEmail: 'Contact email',
      notes: 'Notes',
      unit: 'Unit',
    },
  },
};

async function loadItem(): Promise<Values> {
  return {
    title: 'need number 1',
    description: `${LOREM}${LOREM}Item 0.`,
    evidence: 'Survey 2025, question 1',
    resources: 'Two librarians, the reading room, volunteers',
    risks: 'Low attendance; mitigated by outreach through partners.',
    fundingSource: 'Municipal budget',
    contactPerson: 'Coordinator 1',
    contactEmail: '',
    notes: LOREM,
    unit: 'people',
  };
}

function ItemForm({ values }: { values: Values }) {
  // The product's t() is typed by its own namespaces (src/lib/i18n-types.d.ts), not this one.
  const t = useTranslation('floor' as never).t as unknown as (key: string) => string;
  const { register, formState } = useForm<Values>({
    resolver: zodResolver(Schema),
    defaultValues: values,
    mode: 'onChange',
  });
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => e.preventDefault()} aria-label={t('formLabel')}>
      {FIELDS.map((name) =>
        MULTILINE.has(name) ? (
          <Textarea
            key={name}
            label={t(name)}
            error={formState.errors[name]?.message}
            autosize
            minRows={3}
            maxRows={16}
            {...register(name)}
          />
        ) : (
          <TextInput key={name} label={t(name)} error={formState.errors[name]?.message} {...register(name)} />
        ),
      )}
    </Stack>
  );
}

function Page() {
  const t = useTranslation('floor' as never).t as unknown as (key: string) => string;
  const item = useQuery({ queryKey: ['item'], queryFn: loadItem });
  return (
    <Stack maw={720} mx="auto" p="md">
      <Title order={1}>{t('heading')}</Title>
      {item.data && <ItemForm values={item.data} />}
    </Stack>
  );
}

async function start() {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['floor'],
    defaultNS: 'floor',
    resources,
    interpolation: { escapeValue: false },
  });
  const queryClient = new QueryClient();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <MantineProvider defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <Page />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
