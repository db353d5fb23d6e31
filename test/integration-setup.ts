import { inject } from 'vitest';

// Every integration test file talks to the throwaway database started by the global setup.
process.env.DATABASE_URL = inject('databaseUrl');
