import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.data/**', 'lib/db/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // `const { secret, ...rest } = row` is how a field is left out of a copy.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] },
  },
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/lib/db/generated/**', '@/lib/db/generated/**', '**/lib/db/client', '@/lib/db/client'], message: 'Only lib/<domain> talks to the database.' }],
      }],
    },
  },
];

export default config;
