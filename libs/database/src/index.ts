export * from './database.module.js';
export * from './embedded-postgres.js';
export * from './transformers.js';
export * from './errors.js';
export { MIGRATIONS } from './migrations/index.js';
export * from './runtime.js';
export * from './backup.js';
