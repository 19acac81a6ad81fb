import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { outboxKey } from '@/features/strategy-wizard/sync/device-storage';

// Small helpers shared by the step tests: what the save status says, what a step's
// header says about its status, what this device keeps unsent, and a quick way to fill
// a field with a long text.

/**
 * Saving waits for the ~0.8 s debounce and then a round trip; a retry waits for its backoff
 * (2 s, 4 s, 8 s… after each failure, and a busy machine fits more failures into an outage).
 */
export const SAVE_TIMEOUT = { timeout: 15_000 };

/** The save status in the banner, as the person reads it. */
export const saveStatus = () => screen.getByTestId('save-status');

/** Waits until the banner says every change reached the server. */
export async function waitUntilAllSaved() {
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^All changes saved/), SAVE_TIMEOUT);
}

/** The block under the page's h1: the step's status badge and its "Still missing:" list. */
export function stepHeader() {
  const heading = screen.getByRole('heading', { level: 1 });
  const header = heading.parentElement;
  if (!header) throw new Error('the h1 has no parent');
  return within(header);
}

/** The outbox of unsent edits this device keeps for a workspace. */
export function outbox(workspaceId: string): unknown[] {
  const raw = localStorage.getItem(outboxKey(workspaceId));
  return raw ? (JSON.parse(raw) as unknown[]) : [];
}

/**
 * Puts `text` into a field the way a person pastes it: one input event instead of one
 * per key. Every keystroke re-renders the whole workspace in jsdom (~0.1 s), so long
 * texts are pasted; short ones are typed with `user.type` in the tests themselves.
 */
export async function enter(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}
