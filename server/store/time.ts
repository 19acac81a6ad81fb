/** Both drivers return timestamptz as Date; the API speaks ISO strings with an offset. */
export const iso = (value: Date | string): string => new Date(value).toISOString();

export const nowIso = (): string => new Date().toISOString();
