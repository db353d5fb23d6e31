// Stands in for `server-only`, which throws outside React Server Components (e.g. under Vitest).
export {};
