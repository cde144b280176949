// Worker entry for ingest jobs: plain JS so it loads in any host process, then TypeScript through tsx
// (registering again is harmless when the parent already runs under tsx).
import { register } from 'tsx/esm/api';

register();
await import('./ingest-task.ts');
