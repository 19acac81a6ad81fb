import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18next } from '@/lib/i18n';
import { everyFieldOperations, expectedTexts } from '../../../../../tests/utils/every-field';
import { renderApp } from '../../../../../tests/utils/render';
import { givenWorkspace, stored } from '../../../../../tests/utils/workspace';
import { createWording } from './use-wording';

// The review page is derived from the field descriptions: every field of every section
// and item shows there, in words, with no code written for it.

describe('Review step', () => {
  it('shows the value of every field of every section and item', async () => {
    const { ops } = everyFieldOperations();
    const ws = givenWorkspace({ ops });
    await renderApp(`/w/${ws.id}/review`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: /Partner organisations \(2\)/ });
    const page = (screen.getByRole('main').textContent ?? '').replace(/\s+/g, ' ');
    const wording = createWording(stored(ws.id), i18next.t.bind(i18next) as never, 'en');
    const expected = expectedTexts(ops, wording);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((e) => !page.includes(e.text.replace(/\s+/g, ' ')))).toEqual([]);
  });
});
