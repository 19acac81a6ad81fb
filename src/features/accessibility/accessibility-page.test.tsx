import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/utils/render';

// The accessibility statement (Web Accessibility Directive): linked from every page's footer,
// readable without signing in, with the operator's contact and enforcement body.

describe('the accessibility statement', () => {
  it('is one link away from every page, and says how far the application complies and what is not yet accessible', async () => {
    const { user, waitForScreen } = await renderApp('/sign-in');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Accessibility statement' }));
    await waitForScreen('Accessibility statement');
    for (const heading of [
      'Compliance status',
      'What is not yet fully accessible',
      'How this statement was prepared',
      'Feedback and contact',
      'Enforcement procedure',
    ])
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByText(/partially compliant with the accessibility standard EN 301 549/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'What is not yet fully accessible' })).getAllByRole('listitem'),
    ).toHaveLength(3);
    // The date of the assessment, as the reader's language writes it.
    expect(screen.getByText(/prepared on December 5, 2026 by a self-assessment/)).toBeInTheDocument();
    // No contact configured (as in the demo): whom to write to instead.
    expect(await screen.findByText(/Write to the organisation that gave you access/)).toBeInTheDocument();
  });

  it('gives the contact and the enforcement body the operator configured', async () => {
    server.use(
      http.get('/api/accessibility', () =>
        HttpResponse.json({ contact: 'accessibility@valmiera.example.lv', enforcement: 'Tiesībsarga birojs' }),
      ),
    );
    await renderApp('/accessibility');
    expect(await screen.findByText('Contact: accessibility@valmiera.example.lv')).toBeInTheDocument();
    expect(screen.getByText('In this country: Tiesībsarga birojs')).toBeInTheDocument();
  });

  it('says so at the field when the details cannot be loaded', async () => {
    server.use(
      http.get('/api/accessibility', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }),
      ),
    );
    await renderApp('/accessibility');
    expect(await screen.findByRole('alert')).toHaveTextContent('The contact details could not be loaded.');
  });
});
