// Bounds on every field and list: the server refuses anything larger (400/413),
// the forms say so at the field. Kept in one place so both sides agree.
export const LIMITS = {
  name: 120,
  shortText: 200,
  text: 4000,
  longText: 20000,
  tags: 40,
  links: 500,
  indicators: 20,
  objectives: 30,
  itemsPerKind: 1000,
  workspaces: 500,
  bodyBytes: 1_000_000,
  number: 1_000_000_000,
} as const;
