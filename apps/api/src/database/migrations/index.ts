import { Initial1764000000000 } from './1764000000000-initial.js';

/** Every migration in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [Initial1764000000000];
