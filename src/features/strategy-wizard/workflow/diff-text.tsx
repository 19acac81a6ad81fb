import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WordPart } from '@/lib/word-diff';

// Inserted and deleted words, marked for the eye (colour and underline or strike-through, never
// colour alone) and for screen readers (the words "inserted" and "deleted" around each change).

const INS = { background: '#d3f9d8', color: '#0b3d1a', textDecoration: 'underline' } as const;
const DEL = { background: '#ffe3e3', color: '#6b1a1a', textDecoration: 'line-through' } as const;

export function DiffText({ parts, side }: { parts: readonly WordPart[]; side: 'both' | 'before' | 'after' }) {
  const { t } = useTranslation('workflow');
  return (
    <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((p, i) => {
        if (p.change === 'same') return <span key={i}>{p.text}</span>;
        if (p.change === 'added') {
          if (side === 'before') return null;
          return (
            <ins key={i} style={INS}>
              <VisuallyHidden>{t('compare.insertedStart')}</VisuallyHidden>
              {p.text}
              <VisuallyHidden>{t('compare.markEnd')}</VisuallyHidden>
            </ins>
          );
        }
        if (side === 'after') return null;
        return (
          <del key={i} style={DEL}>
            <VisuallyHidden>{t('compare.deletedStart')}</VisuallyHidden>
            {p.text}
            <VisuallyHidden>{t('compare.markEnd')}</VisuallyHidden>
          </del>
        );
      })}
    </span>
  );
}
