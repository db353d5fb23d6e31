import type { Role } from '@/lib/auth/can';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user?: { id: string; name: string; email: string; role: Role };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
  }
}
