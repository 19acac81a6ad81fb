import { inEnglish as translate } from '@/domain/store-rules';
import type { EnglishTexts } from '@/domain/store-rules';
import common from '../../locales/en/common.json';

/** The English texts of the domain's message keys; the rule is src/domain/store-rules.ts `inEnglish`. */
export const ENGLISH_ERRORS: EnglishTexts = common.errors;

export const inEnglish = (message: string): string => translate(message, ENGLISH_ERRORS);
