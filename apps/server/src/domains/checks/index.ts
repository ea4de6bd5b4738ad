// The checks domain: the review gates over drafts and collected content (PUB-3, MON-3).
export { ChecksService, MAX_CHECK_CHARS, parseGates, type CheckRequest } from './checks.service.ts';
export { registerCheckRoutes } from './checks.routes.ts';
export { sharedChecker } from './checker.ts';
